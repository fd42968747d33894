/**
 * A comparison as an SVG grid: a column per actor, a row per aspect of their
 * profiles (a mark with how many entries each has) and then per feature
 * (themes, kinds of instrument, partners and fora), a mark where an actor has
 * it and the rows two or more share on a green band. Long groups are cut with
 * "+N more" (the text answer lists everything). A pure function of the
 * comparison and a text measure.
 */
import type { Comparison } from '../../facts/compare.ts';
import { circle, COLOURS, laneColour, line, rect, svgDocument, text, titled } from './svg.ts';
import { ellipsize, fitLines, type Measure } from './text.ts';

const PAD = 24;
const LABEL_W = 250;
const ROW_H = 30;
/** At most this many feature rows a group (shared ones first). */
export const GROUP_CAP = 6;
/** The feature groups, in order, as the facts layer names their aspects. */
const GROUPS = ['themes', 'kinds of instrument', 'partners and fora'] as const;

interface FeatureRow {
  readonly text: string;
  readonly having: ReadonlySet<string>;
  readonly shared: boolean;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The rows of one feature group: what two or more share, then what only one has, in actor order. */
function featureRows(c: Comparison, aspect: string): FeatureRow[] {
  const shared = c.shared.filter((s) => s.aspect === aspect).map((s) => ({ text: s.text, having: new Set(s.actors), shared: true }));
  const distinct = c.actors.flatMap((a) =>
    (c.distinct[a.id] ?? []).filter((d) => d.aspect === aspect).map((d) => ({ text: d.text, having: new Set([a.id]), shared: false })),
  );
  return [...shared, ...distinct];
}

/** The SVG picture of comparison `c`, text measured with `measure`. */
export function comparisonSvg(c: Comparison, measure: Measure): string {
  const colW = c.actors.length <= 2 ? 150 : 130;
  const width = PAD * 2 + LABEL_W + c.actors.length * colW;
  const inner = width - 2 * PAD;
  const colX = (i: number): number => PAD + LABEL_W + i * colW + colW / 2;
  const names = new Map(c.actors.map((a) => [a.id, a.name]));
  const body: string[] = [];
  const groups = GROUPS.map((aspect) => ({ aspect, rows: featureRows(c, aspect) })).filter((g) => g.rows.length > 0);
  const sharedCount = c.shared.length;
  const onlyOne = Object.values(c.distinct).reduce((n, d) => n + d.length, 0);

  let y = PAD;
  const title = `Compare${c.topic === undefined ? '' : ` on ${c.topic.name}`}`;
  body.push(text(PAD, y + 20, [title], { size: 22, weight: 'bold' }));
  y += 30;
  const subtitle = `${sharedCount} shared · ${onlyOne} that only one has`;
  body.push(text(PAD, y + 14, [subtitle], { size: 13.5, fill: COLOURS.muted }));
  y += 26;

  // Column headings: each actor's name in its colour.
  const heads = c.actors.map((a) => fitLines(a.name, { size: 14.5, weight: 'bold', width: colW - 10, lines: 2 }, measure));
  const headH = Math.max(1, ...heads.map((h) => h.length)) * 18 + 12;
  c.actors.forEach((_a, i) => {
    body.push(rect(colX(i) - colW / 2 + 5, y, colW - 10, 4, laneColour(i)));
    body.push(text(colX(i), y + 22, heads[i] ?? [], { size: 14.5, weight: 'bold', fill: laneColour(i), anchor: 'middle', lineHeight: 18 }));
  });
  y += headH + 6;

  const groupHeading = (label: string): void => {
    body.push(text(PAD, y + 20, [label], { size: 13, weight: 'bold', fill: COLOURS.muted }));
    body.push(line(PAD, y + 27, PAD + inner, y + 27, COLOURS.rule, 1));
    y += 32;
  };
  const rowLabel = (label: string, bold: boolean, fill: string): string =>
    text(PAD + 8, y + 20, [ellipsize(label, { size: 14.5, weight: bold ? 'bold' : 'regular', width: LABEL_W - 16 }, measure)], {
      size: 14.5,
      weight: bold ? 'bold' : 'regular',
      fill,
    });

  groupHeading('In each profile (entries found)');
  for (const row of c.rows) {
    const parts = [rowLabel(capitalised(row.aspect), false, COLOURS.text)];
    c.actors.forEach((a, i) => {
      const n = row.cells[a.id]?.length ?? 0;
      if (n === 0) parts.push(text(colX(i), y + 20, ['–'], { size: 15, fill: COLOURS.muted, anchor: 'middle' }));
      else {
        // A round mark for one or two digits, a pill as wide as the number for more.
        const w = Math.max(22, measure(String(n), 12, 'bold') + 12);
        parts.push(
          rect(colX(i) - w / 2, y + 4, w, 22, laneColour(i), 'rx="11"'),
          text(colX(i), y + 19.5, [String(n)], { size: 12, weight: 'bold', fill: COLOURS.background, anchor: 'middle' }),
        );
      }
    });
    const counts = c.actors.map((a) => `${a.name} ${row.cells[a.id]?.length ?? 0}`).join(', ');
    body.push(titled(`${capitalised(row.aspect)}: ${counts}`, parts.join('')));
    y += ROW_H;
  }

  for (const group of groups) {
    y += 6;
    groupHeading(capitalised(group.aspect));
    const keep = group.rows.length <= GROUP_CAP + 1 ? group.rows.length : GROUP_CAP;
    for (const row of group.rows.slice(0, keep)) {
      const parts: string[] = [];
      if (row.shared) parts.push(rect(PAD, y + 1, inner, ROW_H - 2, COLOURS.shared, 'rx="4"'));
      parts.push(rowLabel(capitalised(row.text), row.shared, row.shared ? COLOURS.sharedText : COLOURS.text));
      c.actors.forEach((a, i) => {
        parts.push(
          row.having.has(a.id) ? circle(colX(i), y + 15, 7, laneColour(i)) : text(colX(i), y + 20, ['–'], { size: 15, fill: COLOURS.muted, anchor: 'middle' }),
        );
      });
      const who = [...row.having].map((id) => names.get(id) ?? id).join(', ');
      body.push(titled(`${capitalised(group.aspect)}: ${row.text} (${row.shared ? 'shared by' : 'only'} ${who})`, parts.join('')));
      y += ROW_H;
    }
    if (keep < group.rows.length) {
      body.push(text(PAD + 8, y + 18, [`+${group.rows.length - keep} more`], { size: 12.5, weight: 'bold', fill: COLOURS.muted }));
      y += 24;
    }
  }

  // The legend: what the marks and the band mean.
  y += 14;
  const legend = [
    rect(PAD, y, 26, 18, COLOURS.shared, 'rx="4"'),
    text(PAD + 34, y + 14, ['shared by two or more'], { size: 12.5, fill: COLOURS.muted }),
    circle(PAD + 210, y + 9, 6, COLOURS.muted),
    text(PAD + 222, y + 14, ['has it'], { size: 12.5, fill: COLOURS.muted }),
    text(PAD + 290, y + 14, ['–  none found'], { size: 12.5, fill: COLOURS.muted }),
  ];
  body.push(...legend);
  y += 30;
  body.push(text(PAD, y + 12, ['Each entry is quoted from its source in the text answer.'], { size: 12, fill: COLOURS.muted }));
  y += 12 + PAD;
  const description = `${title}: ${c.actors.map((a) => a.name).join(', ')}; ${subtitle}.`;
  return svgDocument(width, y, `${title}: ${c.actors.map((a) => a.name).join(' · ')}`, description, body);
}
