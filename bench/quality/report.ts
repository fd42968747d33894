/** The printed parts of the corpus quality report: the figure table and the miss lines. */
import { FIGURE_NAMES, type FigureName, type Figures, type Outcome } from '../../fixtures/retrieval/corpus-metrics.ts';

const LABELS: Record<FigureName, string> = {
  hitAt1: 'hit@1',
  hitAt3: 'hit@3',
  mrr: 'MRR',
  answered: 'answered',
  actorFirst: 'actor 1st',
  silentHonest: 'silent honest',
  silentPointsElsewhere: 'silent→others',
  absentHonest: 'absent honest',
  noneAbstained: 'none abstained',
};

const cell = (v: number | undefined): string => (v === undefined ? '  - ' : v.toFixed(2));

/** One row per kind and a total: `n` and each figure as `ours / plain`. */
export function figureTable(ours: readonly { kind: string; figures: Figures }[], plain: readonly { kind: string; figures: Figures }[]): string[] {
  const shown = FIGURE_NAMES.filter((name) => ours.some((k) => k.figures[name] !== undefined) || plain.some((k) => k.figures[name] !== undefined));
  const width = 16;
  const header = `${'kind'.padEnd(11)}${'n'.padStart(4)}  ${shown.map((n) => LABELS[n].padStart(width)).join('')}`;
  const rows = ours.map((k) => {
    const p = plain.find((x) => x.kind === k.kind)?.figures;
    return `${k.kind.padEnd(11)}${String(k.figures.questions).padStart(4)}  ${shown.map((n) => `${cell(k.figures[n])} / ${cell(p?.[n])}`.padStart(width)).join('')}`;
  });
  return [header, ...rows];
}

const snippet = (text: string, n = 90): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n)}…`;
};

/** The questions the engine got wrong: answerable ones not in the top 3, silent and absent ones answered, `none` ones answered. */
export function missLines(outcomes: readonly Outcome[]): string[] {
  return outcomes.flatMap((o) => {
    const q = o.question;
    const first = o.answer.results[0];
    const came = first === undefined ? `nothing (${o.answer.reason ?? 'abstained'})` : `${first.actor} ${first.id}: "${snippet(first.text)}"`;
    const want = q.expect.map((e) => e.actor).join('|');
    if (q.kind === 'silent') return o.honest ? [] : [`[silent ${q.actor ?? ''}; ${want} answers] "${q.question}" → ${came}`];
    if (q.kind === 'absent') return o.honest ? [] : [`[absent ${q.actor ?? ''}; ${want} answers] "${q.question}" → ${came}`];
    if (q.kind === 'none') return o.honest ? [] : [`[none] "${q.question}" → ${came}`];
    if (o.rank !== undefined && o.rank <= 3) return [];
    return [`[${q.kind} ${want}, rank ${o.rank ?? '-'}] "${q.question}" → ${came}`];
  });
}
