/**
 * Answering a planned query: search, the evidence test that decides whether
 * the sources answer at all (abstain otherwise), and excerpts with links.
 */
import type { Passage } from '../text/chunk.ts';
import { citationUrl } from '../text/fragment.ts';
import { correctTranspositions } from './correct.ts';
import { splitSearch } from './defer.ts';
import { bestExcerpt, type Excerpt } from './excerpt.ts';
import type { RankedHit, Ranking, SearchIndex } from './index.ts';
import type { QueryPlan, QueryTerm } from './plan.ts';
import { bitCount } from './score-board.ts';

/**
 * The share of the question's weight (each term weighted by its rarity) that
 * a passage must match to count as an answer. Below it, a passage matched
 * only the question's commoner words, which is what off-topic questions
 * ("a cake recipe from the EU") look like. Half: a passage must match the
 * better part of what was asked.
 */
export const MIN_EVIDENCE = 0.5;

/**
 * How many of the best-scored hits (past the requested offset) are judged
 * for evidence and refined to exact scores: the rest could only matter to
 * the count of answering passages, which is then reported as a lower bound.
 */
export const EVIDENCE_WINDOW = 200;

/** How much higher a passage of an actor the question names is ranked. */
export const MENTIONED_ACTOR_BOOST = 1.5;

/** Why an answer has no passages. */
export type AbstainReason = 'no-search-terms' | 'no-match' | 'weak-match';

/** One passage that answers, with its best excerpt and a link to the quote. */
export interface AnswerHit {
  readonly passage: Passage;
  readonly score: number;
  /** Share of the question's weight this passage matched (0–1). */
  readonly evidence: number;
  readonly excerpt: Excerpt;
  /** The source opened at the quote (its page, or a text fragment); undefined for a source with no URL. */
  readonly link: string | undefined;
}

/** What `ask` returns. */
export interface AskResult {
  readonly query: string;
  readonly plan: QueryPlan;
  readonly abstained: boolean;
  readonly reason?: AbstainReason;
  /** The actor results were limited to, if any. */
  readonly actor?: string;
  /**
   * How many passages answer (for paging): exact when `totalAtLeast` is
   * absent; otherwise how many answer among the EVIDENCE_WINDOW best hits
   * past the offset, a lower bound that still pages correctly (each page
   * judges the window after its offset).
   */
  readonly total: number;
  readonly totalAtLeast?: true;
  readonly offset: number;
  readonly results: readonly AnswerHit[];
}

/** Options of one answer. */
export interface AnswerOptions {
  readonly actor?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** How much an everyday English word counts as evidence, against 1 for any other term. */
export const EVERYDAY_WORD_WEIGHT = 0.3;

/** Credit for a query term that matched only as the prefix of a longer word ("recip" in "recipient"). */
export const PREFIX_MATCH_CREDIT = 0.5;

/** Credit for a query term that matched a word within its typo distance ("strtaegy" for "strategy"). */
export const FUZZY_MATCH_CREDIT = 0.9;

/** The evidence that a hit answers the question. */
interface Evidence {
  /** Share of the question's weight matched (0–1). */
  readonly share: number;
  /** Whether a term that is not an everyday word matched. */
  readonly specific: boolean;
}

/**
 * What judging needs of a query, computed once for all its hits, as bit
 * masks over the ranking's terms (see {@link Ranking}): the evidence terms
 * (question and year terms, each weighted by its rarity in the corpus, idf,
 * and less for everyday words; actor names only rank), and the glossary
 * expansions.
 */
interface Judge {
  /** Each evidence term's bit (-1 when it was not searched), weight, and whether it is specific (not an everyday word). */
  readonly terms: readonly { readonly bit: number; readonly weight: number; readonly specific: boolean }[];
  readonly total: number;
  /** Per expansion: the bits of the terms it added, how many, and the bits of the question terms it stands for. */
  readonly expansions: readonly { readonly added: number; readonly count: number; readonly found: number }[];
  /** The bits of every planned term: a question of actor names alone is answered by any of them. */
  readonly any: number;
}

const bitOf = (ranking: Ranking, term: string): number => ranking.terms.findIndex((t) => t.term === term);
const maskOf = (ranking: Ranking, terms: readonly string[]): number =>
  terms.reduce((m, t) => {
    const b = bitOf(ranking, t);
    return b < 0 ? m : m | (1 << b);
  }, 0);

/** The evidence terms of `plan` (question and year terms) with their weights: rarity, the term's weight, and less for an everyday word. */
function evidenceWeights(plan: QueryPlan, index: SearchIndex): { terms: QueryTerm[]; weights: Map<string, number>; total: number } {
  const terms = plan.terms.filter((t) => t.source === 'question' || t.source === 'year');
  const weights = new Map(terms.map((t) => [t.term, index.idf(t.term) * t.weight * (t.everyday ? EVERYDAY_WORD_WEIGHT : 1)]));
  return { terms, weights, total: [...weights.values()].reduce((sum, w) => sum + w, 0) };
}

function judgeOf(plan: QueryPlan, weighed: ReturnType<typeof evidenceWeights>, ranking: Ranking): Judge {
  return {
    terms: weighed.terms.map((t) => ({ bit: bitOf(ranking, t.term), weight: weighed.weights.get(t.term) ?? 0, specific: !t.everyday })),
    total: weighed.total,
    expansions: plan.expansions.map((e) => ({ added: maskOf(ranking, e.addedTerms), count: e.addedTerms.length, found: maskOf(ranking, e.foundTerms) })),
    any: maskOf(ranking, plan.terms.map((t) => t.term)),
  };
}

/**
 * The evidence of `hit`: each evidence term counts fully when the passage
 * matched it as itself, less through a typo or only as the prefix of a longer
 * word, and not at all otherwise. A question term that a glossary entry
 * expanded counts as matched when half of what it expanded to matched ("SOC"
 * answered by "Security Operations Centres").
 */
function evidence(hit: RankedHit, judge: Judge): Evidence {
  let full = hit.exact;
  for (const e of judge.expansions) if (2 * bitCount(hit.matched & e.added) >= e.count) full |= e.found;
  if (judge.terms.length === 0) {
    // A question that only names an actor ("Japan?") is answered by that actor's passages.
    const any = (hit.matched & judge.any) !== 0;
    return { share: any ? 1 : 0, specific: any };
  }
  let got = 0;
  let specific = false;
  for (const t of judge.terms) {
    if (t.bit < 0) continue;
    const bit = 1 << t.bit;
    const credit = (full & bit) !== 0 ? 1 : (hit.matched & bit) === 0 ? 0 : (hit.typo & bit) !== 0 ? FUZZY_MATCH_CREDIT : PREFIX_MATCH_CREDIT;
    got += t.weight * credit;
    if (credit > 0 && t.specific) specific = true;
  }
  return { share: got / judge.total, specific };
}

/** Whether a hit counts as an answer: enough of the question matched, and not only through everyday words unless the question names the hit's actor. */
function answers(ev: Evidence, passage: () => Passage | undefined, plan: QueryPlan): boolean {
  if (ev.share < MIN_EVIDENCE) return false;
  if (ev.specific) return true;
  const actor = passage()?.actor;
  return actor !== undefined && plan.mentionedActors.includes(actor);
}

/** Answers `plan` from `index`, whose passages are `passages` by id. */
export function answer(
  planned: QueryPlan,
  index: SearchIndex,
  passages: ReadonlyMap<string, Passage>,
  options: AnswerOptions,
): AskResult {
  const plan = correctTranspositions(planned, index);
  const base = { query: plan.question, plan, offset: options.offset, ...(options.actor === undefined ? {} : { actor: options.actor }) };
  if (plan.terms.length === 0) return { ...base, abstained: true, reason: 'no-search-terms', total: 0, results: [] };
  const searchOptions = {
    actor: options.actor,
    boostActors: options.actor === undefined ? plan.mentionedActors : [],
    actorBoost: MENTIONED_ACTOR_BOOST,
  };
  const weighed = evidenceWeights(plan, index);
  // Frequent terms that could not make a passage answer on their own are scored only on what the others find (defer.ts).
  const { searched, deferred } = splitSearch(plan, { weights: weighed.weights, total: weighed.total, minShare: MIN_EVIDENCE }, index);
  // Only the best hits are judged and shown: the evidence test costs per hit, and nobody pages past the window.
  const ranking = index.rank(searched, searchOptions, { deferred, limit: EVIDENCE_WINDOW + options.offset + options.limit });
  if (ranking.found === 0) {
    // Deferred terms are frequent: passages hold them, but none of those could answer.
    return { ...base, abstained: true, reason: deferred.length === 0 ? 'no-match' : 'weak-match', total: 0, results: [] };
  }
  const judge = judgeOf(plan, weighed, ranking);
  const answering = ranking.hits
    .map((hit) => ({ hit, ev: evidence(hit, judge) }))
    .filter(({ hit, ev }) => answers(ev, () => passages.get(hit.id), plan));
  if (answering.length === 0) return { ...base, abstained: true, reason: 'weak-match', total: 0, results: [] };

  const shown = answering.slice(options.offset, options.offset + options.limit);
  const matched = ranking.matchedTerms(shown.map(({ hit }) => hit));
  const results = shown.flatMap(({ hit, ev }, i) => {
    const passage = passages.get(hit.id);
    if (passage === undefined) return [];
    const excerpt = bestExcerpt(passage, new Set(matched[i]), (t) => index.idf(t));
    return [{ passage, score: hit.score, evidence: ev.share, excerpt, link: citationUrl(passage.source.url, passage.page, excerpt.text) }];
  });
  const more = ranking.found > ranking.hits.length;
  return { ...base, abstained: false, total: answering.length, ...(more ? { totalAtLeast: true } : {}), results };
}
