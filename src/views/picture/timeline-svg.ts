/**
 * A timeline as an SVG picture: time runs down the page (a list of years
 * reads on a phone as it does on a screen), one column ("lane") per actor,
 * each event a dot and its label in its actor's lane on its year's row;
 * planned and undated events apart at the bottom, on a tinted band, with
 * hollow dots. Labels are wrapped and cut to fit (the full label is kept in
 * each event's `<title>`); what the plan leaves out is said in the subtitle.
 * A pure function of the timeline and a text measure.
 */
import { MONTHS } from '../../facts/dates.ts';
import type { Timeline, TimelineEvent } from '../../facts/timeline.ts';
import { circle, COLOURS, laneColour, line, rect, svgDocument, text, titled } from './svg.ts';
import { ellipsize, fitLines, type Measure } from './text.ts';
import { type Cell, planTimeline, type TimelinePlan } from './timeline-plan.ts';

const PAD = 24;
const AXIS_W = 58;
const LANE_GAP = 12;
const LABEL = { size: 15, lineHeight: 19, lines: 3 } as const;
const META = { size: 12.5, lineHeight: 16 } as const;
const ITEM_GAP = 9;
const ROW_PAD = 9;
const GAP_ROW = 20;

/** Lane width: wide enough for about 24 characters a line, and the whole no wider than a phone can show legibly. */
function laneWidth(lanes: number): number {
  return Math.max(170, Math.min(360, Math.floor(540 / Math.max(1, lanes))));
}

/** "2016", "May 2016", "2016 → 2020": the event's date as a short line under its label (none when the year row says it all). */
function metaOf(e: TimelineEvent, planned: boolean): string | undefined {
  if (e.year === undefined) return undefined;
  const month = e.month === undefined ? '' : `${(MONTHS[e.month - 1] ?? '').slice(0, 3)} `;
  const until = e.untilYear === undefined ? '' : ` → ${e.untilYear}`;
  if (!planned && month === '' && until === '') return undefined;
  return `${planned ? 'for ' : ''}${month}${e.year}${until}`;
}

/** One lane's events in one cell, stacked from `top`: the SVG and the height it takes. */
function drawCell(cell: Cell, x: number, top: number, width: number, colour: string, planned: boolean, measure: Measure): { svg: string[]; height: number } {
  const svg: string[] = [];
  let y = top;
  for (const e of cell.shown) {
    const lines = fitLines(e.label, { size: LABEL.size, width: width - 18, lines: LABEL.lines }, measure);
    const meta = metaOf(e, planned);
    const parts = [circle(x + 6, y + 10, 5, colour, planned), text(x + 18, y + 15, lines, { size: LABEL.size, lineHeight: LABEL.lineHeight })];
    let height = Math.max(1, lines.length) * LABEL.lineHeight;
    if (meta !== undefined) {
      parts.push(text(x + 18, y + height + 13, [ellipsize(meta, { size: META.size, width: width - 18 }, measure)], { size: META.size, fill: COLOURS.muted }));
      height += META.lineHeight;
    }
    const when = e.date ?? 'planned, no date';
    svg.push(titled(`${when} · ${e.actorName}: ${e.label}`, parts.join('')));
    y += height + ITEM_GAP;
  }
  if (cell.more > 0) {
    svg.push(text(x + 18, y + 12, [`+${cell.more} more`], { size: META.size, weight: 'bold', fill: COLOURS.muted }));
    y += META.lineHeight + ITEM_GAP;
  }
  return { svg, height: y - top - ITEM_GAP };
}

function yearSpan(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  return first === undefined || last === undefined ? '' : first === last ? `${first}` : `${first}–${last}`;
}

/** The title and the subtitle, which says what is counted and what the picture leaves out. */
function headings(timeline: Timeline, plan: TimelinePlan): { title: string; subtitle: string } {
  const range = timeline.from === undefined && timeline.to === undefined ? '' : `, ${timeline.from ?? '…'}–${timeline.to ?? '…'}`;
  const title = `Timeline${timeline.topic === undefined ? '' : ` on ${timeline.topic.name}`}${range}`;
  const dated = timeline.dated.length;
  const span = yearSpan(timeline.dated.map((e) => e.year ?? 0));
  const parts = [
    `${dated} dated event${dated === 1 ? '' : 's'}${span === '' ? '' : `, ${span}`}`,
    ...(timeline.planned.length === 0 ? [] : [`${timeline.planned.length} planned or undated`]),
  ];
  if (plan.shown < plan.total) parts.push(`${plan.shown} of ${plan.total} drawn; the text answer lists all`);
  return { title, subtitle: parts.join(' · ') };
}

/** The SVG picture of `timeline`, text measured with `measure`. */
export function timelineSvg(timeline: Timeline, measure: Measure): string {
  const plan = planTimeline(timeline);
  const laneW = laneWidth(plan.lanes.length);
  const width = PAD * 2 + AXIS_W + plan.lanes.length * laneW + (plan.lanes.length - 1) * LANE_GAP;
  const inner = width - 2 * PAD;
  const laneX = (i: number): number => PAD + AXIS_W + i * (laneW + LANE_GAP);
  const axisX = PAD + AXIS_W - 14;
  const body: string[] = [];
  const { title, subtitle } = headings(timeline, plan);

  let y = PAD;
  const titleLines = fitLines(title, { size: 22, weight: 'bold', width: inner, lines: 2 }, measure);
  body.push(text(PAD, y + 20, titleLines, { size: 22, weight: 'bold', lineHeight: 27 }));
  y += titleLines.length * 27 + 2;
  const notes = [subtitle, ...(plan.hiddenActors.length === 0 ? [] : [`Not drawn: ${plan.hiddenActors.join(', ')} (ask for them by name)`])];
  for (const note of notes) {
    const lines = fitLines(note, { size: 13.5, width: inner, lines: 2 }, measure);
    body.push(text(PAD, y + 14, lines, { size: 13.5, fill: COLOURS.muted, lineHeight: 17 }));
    y += lines.length * 17;
  }
  y += 14;

  // Lane headings: the actor's name in its colour over a bar of that colour.
  const heads = plan.lanes.map((lane) => fitLines(lane.name, { size: 15, weight: 'bold', width: laneW - 4, lines: 2 }, measure));
  const headH = Math.max(1, ...heads.map((h) => h.length)) * 19 + 10;
  plan.lanes.forEach((_lane, i) => {
    body.push(rect(laneX(i), y, laneW, 4, laneColour(i)));
    body.push(text(laneX(i), y + 22, heads[i] ?? [], { size: 15, weight: 'bold', fill: laneColour(i), lineHeight: 19 }));
  });
  body.push(text(PAD, y + 22, ['Year'], { size: 12.5, weight: 'bold', fill: COLOURS.muted }));
  y += headH + 8;

  if (plan.earlier !== undefined) {
    const e = plan.earlier;
    body.push(
      text(PAD, y + 13, [`${e.events} earlier event${e.events === 1 ? '' : 's'} (${yearSpan([e.from, e.to])}) not drawn`], {
        size: META.size,
        fill: COLOURS.muted,
        italic: true,
      }),
    );
    y += GAP_ROW;
  }

  let previous: number | undefined;
  plan.years.forEach((row, r) => {
    if (previous !== undefined && row.year - previous > 1) {
      // A break in the axis: years without events take no room, but are not hidden either.
      const gap = row.year - previous === 2 ? `${previous + 1}` : `${previous + 1}–${row.year - 1}`;
      body.push(line(axisX, y, axisX, y + GAP_ROW, COLOURS.muted, 1.5, true));
      body.push(text(laneX(0), y + 14, [`nothing dated in ${gap}`], { size: 12, fill: COLOURS.muted, italic: true }));
      y += GAP_ROW;
    }
    previous = row.year;
    const cells = plan.lanes.map((lane, i) => {
      const cell = row.cells.get(lane.id);
      return cell === undefined ? { svg: [], height: 0 } : drawCell(cell, laneX(i), y + ROW_PAD, laneW, laneColour(i), false, measure);
    });
    const height = Math.max(22, ...cells.map((c) => c.height)) + 2 * ROW_PAD;
    if (r % 2 === 0) body.push(rect(PAD - 6, y, inner + 12, height, COLOURS.band, 'rx="4"'));
    body.push(line(axisX, y, axisX, y + height, COLOURS.rule, 2));
    body.push(circle(axisX, y + ROW_PAD + 10, 4, COLOURS.text));
    body.push(text(axisX - 10, y + ROW_PAD + 15, [String(row.year)], { size: 15, weight: 'bold', anchor: 'end' }));
    for (const c of cells) body.push(...c.svg);
    y += height;
  });
  if (plan.years.length === 0) {
    body.push(text(laneX(0), y + 16, ['No dated events'], { size: 13.5, fill: COLOURS.muted, italic: true }));
    y += 28;
  }

  if (plan.planned.size > 0) {
    y += 14;
    const cells = plan.lanes.map((lane, i) => {
      const cell = plan.planned.get(lane.id);
      return cell === undefined ? { svg: [], height: 0 } : drawCell(cell, laneX(i), y + 40, laneW, laneColour(i), true, measure);
    });
    const height = Math.max(...cells.map((c) => c.height)) + 40 + ROW_PAD + 4;
    body.push(rect(PAD - 6, y, inner + 12, height, COLOURS.planned, 'rx="4"'));
    body.push(line(PAD - 6, y, PAD + inner + 6, y, COLOURS.plannedRule, 2, true));
    body.push(text(PAD, y + 24, ['Planned and undated'], { size: 16, weight: 'bold' }));
    const note = ellipsize('not yet in place, or no date given', { size: 12.5, width: inner - measure('Planned and undated', 16, 'bold') - 12 }, measure);
    body.push(text(PAD + measure('Planned and undated', 16, 'bold') + 10, y + 24, [note], { size: 12.5, fill: COLOURS.muted }));
    for (const c of cells) body.push(...c.svg);
    y += height;
  }

  y += 12;
  body.push(text(PAD, y + 12, ['Each event is quoted from its source in the text answer.'], { size: 12, fill: COLOURS.muted }));
  y += 12 + PAD;
  const description = `${title}: ${subtitle}.`;
  return svgDocument(width, y, title, description, body);
}
