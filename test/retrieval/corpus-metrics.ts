/**
 * The figures of the corpus questions, for any answerer (the engine, plain
 * MiniSearch): pure functions over what an answerer returned, so that they
 * can be tested on small hand-made answers.
 *
 * - hit@1, hit@3, MRR: over answerable questions; a result is a hit when it is
 *   a passage of an expected actor that contains that actor's expected slice
 *   (compared by {@link matchKey}). MRR counts ranks 1–10.
 * - answered: over answerable questions; the share that got any passage
 *   (the rest abstained).
 * - right actor first: over answerable questions that got a passage; the
 *   first is the named actor's (across: one of the expected actors'). An
 *   abstention is not counted here (hit@k and `answered` count it): this is
 *   the "wrong country" figure.
 * - silent answered honestly: over `silent` questions; the answer presents no
 *   passage as the answer (it abstains, as it must with the reason
 *   `actor-silent` once the bot has one). Another actor's passage shown as
 *   the answer, or the named actor's own passage that does not answer, is
 *   dishonest. Passages listed apart as other actors' (`others`) are honest.
 * - silent points elsewhere: over `silent` questions whose answer lists
 *   `others`: one of them is an actor whose documents do answer. Shown only
 *   once an answerer reports `others`.
 * - nothing answers, abstained: over `none` questions; no passage shown.
 */
import type { CorpusQuestion, QuestionKind } from './corpus-questions/schema.ts';

/** One shown passage. */
export interface RankedPassage {
  readonly id: string;
  readonly actor: string;
  readonly text: string;
}

/** What an answerer returned for one question. */
export interface Answer {
  readonly abstained: boolean;
  /** Why it abstained, when it says (e.g. `actor-silent`). */
  readonly reason?: string | undefined;
  /** The passages presented as the answer, best first. */
  readonly results: readonly RankedPassage[];
  /** Other actors' passages shown apart, when the named actor is silent. */
  readonly others?: readonly { readonly actor: string }[] | undefined;
}

/** Lowercase letters and digits only: what expected slices and passages are compared on. */
export function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The 1-based rank of the first result that holds an expected slice, or undefined. */
export function hitRank(question: CorpusQuestion, results: readonly RankedPassage[]): number | undefined {
  const keys = question.expect.map((e) => ({ actor: e.actor, key: matchKey(e.text) }));
  const i = results.findIndex((r) => {
    const text = matchKey(r.text);
    return keys.some((k) => k.actor === r.actor && text.includes(k.key));
  });
  return i < 0 ? undefined : i + 1;
}

/** How one question went. */
export interface Outcome {
  readonly question: CorpusQuestion;
  readonly answer: Answer;
  /** For answerable questions. */
  readonly rank: number | undefined;
  /** For answerable questions: the first result is the right actor's. */
  readonly actorFirst: boolean;
  /** For `silent` questions: honest, as defined above. For `none`: abstained. */
  readonly honest: boolean;
}

/** Whether a question has a passage that answers it. */
export function isAnswerable(kind: QuestionKind): boolean {
  return kind !== 'silent' && kind !== 'none';
}

/** Judges one answer. */
export function judge(question: CorpusQuestion, answer: Answer): Outcome {
  const first = answer.results[0];
  const rightActors = question.kind === 'across' ? new Set(question.expect.map((e) => e.actor)) : new Set([question.actor]);
  return {
    question,
    answer,
    rank: isAnswerable(question.kind) ? hitRank(question, answer.results) : undefined,
    actorFirst: first !== undefined && rightActors.has(first.actor),
    honest: answer.results.length === 0,
  };
}

/** The figures of a set of outcomes; a figure with no question to count is undefined. */
export interface Figures {
  readonly questions: number;
  readonly hitAt1?: number;
  readonly hitAt3?: number;
  readonly mrr?: number;
  readonly answered?: number;
  readonly actorFirst?: number;
  readonly silentHonest?: number;
  readonly silentPointsElsewhere?: number;
  readonly noneAbstained?: number;
}

/** The names of the figures, in print order. */
export const FIGURE_NAMES = ['hitAt1', 'hitAt3', 'mrr', 'answered', 'actorFirst', 'silentHonest', 'silentPointsElsewhere', 'noneAbstained'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

function share<T>(items: readonly T[], ok: (item: T) => boolean): number | undefined {
  return items.length === 0 ? undefined : items.filter(ok).length / items.length;
}

/** Summarises outcomes (any mix of kinds). */
export function figures(outcomes: readonly Outcome[]): Figures {
  const answerable = outcomes.filter((o) => isAnswerable(o.question.kind));
  const silent = outcomes.filter((o) => o.question.kind === 'silent');
  const withOthers = silent.filter((o) => o.answer.others !== undefined);
  const none = outcomes.filter((o) => o.question.kind === 'none');
  const mrr = answerable.length === 0 ? undefined : answerable.reduce((s, o) => s + (o.rank === undefined ? 0 : 1 / o.rank), 0) / answerable.length;
  const result: { -readonly [K in keyof Figures]: Figures[K] } = { questions: outcomes.length };
  const set = (name: FigureName, value: number | undefined): void => {
    if (value !== undefined) result[name] = value;
  };
  set('hitAt1', share(answerable, (o) => o.rank === 1));
  set('hitAt3', share(answerable, (o) => o.rank !== undefined && o.rank <= 3));
  set('mrr', mrr);
  set('answered', share(answerable, (o) => o.answer.results.length > 0));
  set(
    'actorFirst',
    share(
      answerable.filter((o) => o.answer.results.length > 0),
      (o) => o.actorFirst,
    ),
  );
  set('silentHonest', share(silent, (o) => o.honest));
  set(
    'silentPointsElsewhere',
    share(withOthers, (o) => (o.answer.others ?? []).some((x) => o.question.expect.some((e) => e.actor === x.actor))),
  );
  set('noneAbstained', share(none, (o) => o.honest));
  return result;
}

/** Figures per kind (kinds in the order given) and in total. */
export function figuresByKind(outcomes: readonly Outcome[], kinds: readonly QuestionKind[]): { kind: QuestionKind | 'total'; figures: Figures }[] {
  return [
    ...kinds.map((kind) => ({ kind, figures: figures(outcomes.filter((o) => o.question.kind === kind)) })).filter((k) => k.figures.questions > 0),
    { kind: 'total' as const, figures: figures(outcomes) },
  ];
}
