/**
 * Answering a planned query: search, the evidence test that decides whether
 * the sources answer at all (abstain otherwise), and excerpts with links.
 */
import type { Passage } from '../text/chunk.ts';
import { textFragmentUrl } from '../text/fragment.ts';
import { correctTranspositions } from './correct.ts';
import { splitSearch } from './defer.ts';
import { bestExcerpt, type Excerpt } from './excerpt.ts';
import type { SearchHit, SearchIndex } from './index.ts';
import { distance } from 'fastest-levenshtein';
import { MAX_FUZZY_DISTANCE } from './limits.ts';
import type { QueryPlan, QueryTerm } from './plan.ts';

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
  /** The source page, opened at the excerpt (text fragment). */
  readonly link: string;
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

/** How well `hit` matched one planned term: 1 exactly, less through typo tolerance or as a prefix, 0 not at all. */
function credit(term: QueryTerm, hit: SearchHit, viaExpansion: ReadonlySet<string>): number {
  if (hit.matchedTerms.includes(term.term) || viaExpansion.has(term.term)) return 1;
  if (!hit.queryTerms.includes(term.term)) return 0;
  const limit = term.fuzzy === false ? 0 : Math.min(MAX_FUZZY_DISTANCE, Math.round(term.term.length * term.fuzzy));
  // A longer word that merely starts with the term is a prefix match even when it is also within typo distance.
  const typo = hit.matchedTerms.some((d) => !d.startsWith(term.term) && distance(term.term, d) <= limit);
  return typo ? FUZZY_MATCH_CREDIT : PREFIX_MATCH_CREDIT;
}

/** The evidence that a hit answers the question. */
interface Evidence {
  /** Share of the question's weight matched (0–1). */
  readonly share: number;
  /** Whether a term that is not an everyday word matched. */
  readonly specific: boolean;
}

/**
 * The evidence of `hit` for `plan`; `judge` holds what is the same for
 * every hit of the query. Question and year terms are the
 * evidence, each weighted by its rarity in the corpus (idf) and less for
 * everyday words; actor names only rank. A question term that a glossary
 * entry expanded counts as matched when half of what it expanded to matched
 * ("SOC" answered by "Security Operations Centres").
 */
function evidence(plan: QueryPlan, hit: SearchHit, judge: Judge): Evidence {
  let viaExpansion: Set<string> | undefined;
  for (const e of plan.expansions) {
    const hits = e.addedTerms.filter((t) => hit.matchedTerms.includes(t) || hit.queryTerms.includes(t)).length;
    if (hits * 2 >= e.addedTerms.length) for (const t of e.foundTerms) (viaExpansion ??= new Set()).add(t);
  }
  if (judge.terms.length === 0) {
    // A question that only names an actor ("Japan?") is answered by that actor's passages.
    const any = plan.terms.some((t) => hit.queryTerms.includes(t.term));
    return { share: any ? 1 : 0, specific: any };
  }
  let got = 0;
  let specific = false;
  judge.terms.forEach((t, i) => {
    const c = credit(t, hit, viaExpansion ?? NONE);
    got += (judge.weights[i] ?? 0) * c;
    if (c > 0 && !t.everyday) specific = true;
  });
  return { share: got / judge.total, specific };
}

const NONE: ReadonlySet<string> = new Set();

/** What judging needs of a query, computed once for all its hits: the evidence terms, their weights and the sum. */
interface Judge {
  readonly terms: readonly QueryTerm[];
  readonly weights: readonly number[];
  readonly byTerm: ReadonlyMap<string, number>;
  readonly total: number;
}

function judgeOf(plan: QueryPlan, index: SearchIndex): Judge {
  const terms = plan.terms.filter((t) => t.source === 'question' || t.source === 'year');
  const weights = terms.map((t) => index.idf(t.term) * t.weight * (t.everyday ? EVERYDAY_WORD_WEIGHT : 1));
  return { terms, weights, byTerm: new Map(terms.map((t, i) => [t.term, weights[i] ?? 0])), total: weights.reduce((s, w) => s + w, 0) };
}

/** Whether a hit counts as an answer: enough of the question matched, and not only through everyday words unless the question names the hit's actor. */
function answers(ev: Evidence, passage: Passage | undefined, plan: QueryPlan): boolean {
  if (ev.share < MIN_EVIDENCE) return false;
  return ev.specific || (passage !== undefined && plan.mentionedActors.includes(passage.actor));
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
  const judge = judgeOf(plan, index);
  // Frequent terms that could not make a passage answer on their own are scored only on what the others find (defer.ts).
  const { searched, deferred } = splitSearch(plan, { weights: judge.byTerm, total: judge.total, minShare: MIN_EVIDENCE }, index);
  // Only the best hits are judged and shown: the evidence test costs per hit, and nobody pages past the window.
  const { hits: window, found } = index.search(searched, searchOptions, { deferred, limit: EVIDENCE_WINDOW + options.offset + options.limit });
  if (found === 0) {
    // Deferred terms are frequent: passages hold them, but none of those could answer.
    return { ...base, abstained: true, reason: deferred.length === 0 ? 'no-match' : 'weak-match', total: 0, results: [] };
  }
  const answering = window
    .map((hit) => ({ hit, ev: evidence(plan, hit, judge) }))
    .filter(({ hit, ev }) => answers(ev, passages.get(hit.id), plan));
  if (answering.length === 0) return { ...base, abstained: true, reason: 'weak-match', total: 0, results: [] };

  const results = answering.slice(options.offset, options.offset + options.limit).flatMap(({ hit, ev }) => {
    const passage = passages.get(hit.id);
    if (passage === undefined) return [];
    const excerpt = bestExcerpt(passage, new Set(hit.matchedTerms), (t) => index.idf(t));
    return [{ passage, score: hit.score, evidence: ev.share, excerpt, link: textFragmentUrl(passage.source.url, excerpt.text) }];
  });
  const more = found > window.length;
  return { ...base, abstained: false, total: answering.length, ...(more ? { totalAtLeast: true } : {}), results };
}
