/**
 * The evidence test: whether a hit matched enough of the question to count
 * as an answer (answer.ts abstains when none does).
 */
import type { Passage } from '../passages/chunk.ts';
import type { RankedHit, Ranking, SearchIndex } from './index.ts';
import type { QueryPlan, QueryTerm } from './plan.ts';
import { languageOfTerm } from '../text/analysis/languages.ts';
import { bm25Idf } from './bm25.ts';
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
 * The share a passage of the one actor a question names must match. Lower
 * than MIN_EVIDENCE: the question has said whose documents answer, and the
 * way people ask about an actor uses other words than its documents; a
 * passage that matches well elsewhere still makes the answer `actor-silent`
 * (answer.ts, SILENT_MARGIN). Measured on the corpus questions (issue 14).
 */
export const ACTOR_MIN_EVIDENCE = 0.35;

/** How much an everyday English word counts as evidence, against 1 for any other term. */
export const EVERYDAY_WORD_WEIGHT = 0.3;

/** Credit for a query term that matched only as the prefix of a longer word ("recip" in "recipient"). */
export const PREFIX_MATCH_CREDIT = 0.5;

/** Credit for a query term that matched a word within its typo distance ("strtaegy" for "strategy"). */
export const FUZZY_MATCH_CREDIT = 0.9;

/**
 * How many of the terms an acronym's long form adds a passage must match for
 * it to count as matching the acronym: all but this many (and at least
 * half). "National Institute of Standards and Technology" is not matched by
 * a passage on national standards and technology. (Where an acronym has
 * two long forms that differ by a word, their terms are counted together, so
 * either still matches.) Measured on
 * the corpus questions (issue 14): half of them let such passages answer for
 * the acronym (paraphrase hit@3 0.61 against 0.63).
 */
export const LONG_FORM_MISSING = 1;

/** The evidence that a hit answers the question. */
export interface Evidence {
  /** Share of the question's weight matched (0–1). */
  readonly share: number;
  /** Whether a term that is not an everyday word (nor a year) matched. */
  readonly specific: boolean;
}

/**
 * What judging needs of a query, computed once for all its hits, as bit
 * masks over the ranking's terms (see {@link Ranking}): the evidence terms
 * (question and year terms, each weighted by its rarity in the corpus, idf,
 * and less for everyday words; actor names only rank), and the glossary
 * expansions.
 */
export interface Judge {
  /** Each evidence term's bit (-1 when it was not searched), weight, whether it is specific (not an everyday word), and whether it is a year. */
  readonly terms: readonly { readonly bit: number; readonly weight: number; readonly specific: boolean; readonly year: boolean }[];
  readonly total: number;
  /** Per expansion: the bits of the terms it added, how many of them a passage must match, and the bits of the question terms it stands for. */
  readonly expansions: readonly { readonly added: number; readonly need: number; readonly found: number; readonly names: boolean }[];
  /** The bits of every planned term: a question of actor names alone is answered by any of them. */
  readonly any: number;
}

/** The evidence terms of a plan with their weights: see {@link evidenceWeights}. */
export interface Weighed {
  readonly terms: readonly QueryTerm[];
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
}

const bitOf = (ranking: Ranking, term: string): number => ranking.terms.findIndex((t) => t.term === term);
const maskOf = (ranking: Ranking, terms: readonly string[]): number =>
  terms.reduce((m, t) => {
    const b = bitOf(ranking, t);
    return b < 0 ? m : m | (1 << b);
  }, 0);

/**
 * How rare a question term is, as BM25's idf, among the passages of the
 * question's language (`plan.languagePassages`): a French word can only
 * occur in French passages, and an English one, but for names and acronyms,
 * only in English ones, so counting the others would make every word look
 * rarer than it is, the commoner ones most. A corpus in one language gives
 * exactly the index's idf. A name or acronym in a question of another
 * language is counted over the whole corpus, where it occurs.
 */
function rarity(t: QueryTerm, plan: QueryPlan, index: SearchIndex): number {
  const within = plan.languagePassages;
  if (within === undefined || (plan.language !== 'en' && languageOfTerm(t.term) === undefined)) return index.idf(t.term);
  const df = Math.max(1, index.documentFrequency(t.term));
  return bm25Idf(df, Math.max(within, df));
}

/** The evidence terms of `plan` (question and year terms) with their weights: rarity, the term's weight, and less for an everyday word. */
export function evidenceWeights(plan: QueryPlan, index: SearchIndex): Weighed {
  const terms = plan.terms.filter((t) => t.source === 'question' || t.source === 'year');
  const weights = new Map(terms.map((t) => [t.term, rarity(t, plan, index) * t.weight * (t.everyday ? EVERYDAY_WORD_WEIGHT : 1)]));
  return { terms, weights, total: [...weights.values()].reduce((sum, w) => sum + w, 0) };
}

/** The judge of `plan`'s hits in `ranking`. */
export function judgeOf(plan: QueryPlan, weighed: Weighed, ranking: Ranking): Judge {
  return {
    terms: weighed.terms.map((t) => ({
      bit: bitOf(ranking, t.term),
      weight: weighed.weights.get(t.term) ?? 0,
      specific: !t.everyday,
      year: t.source === 'year',
    })),
    total: weighed.total,
    expansions: plan.expansions.map((e) => ({
      added: maskOf(ranking, e.addedTerms),
      need: e.whole === true ? e.addedTerms.length : Math.max(Math.ceil(e.addedTerms.length / 2), e.addedTerms.length - LONG_FORM_MISSING),
      found: maskOf(ranking, e.foundTerms),
      // An acronym and its long form name something ("Office of Management and Budget" ↔ OMB), however everyday their words.
      names: e.whole !== true && e.crossLanguage !== true,
    })),
    any: maskOf(
      ranking,
      plan.terms.map((t) => t.term),
    ),
  };
}

/**
 * The evidence of `hit`: each evidence term counts fully when the passage
 * matched it as itself, less through a typo or only as the prefix of a longer
 * word, and not at all otherwise. A question term that a glossary entry
 * expanded counts as matched when all but LONG_FORM_MISSING of what it
 * expanded to matched ("SOC" answered by "Security Operations Centres"), or all of a thesaurus phrase
 * ("financial resources" is not matched by "human resources"). A year alone is no evidence
 * ("the 2026 World Cup" is not answered by a strategy for 2022-2026): it
 * counts only when another term matched too. A body named by an acronym and
 * its long form is specific evidence, however everyday the long form's words
 * ("Office of Management and Budget" answered by a passage naming the OMB).
 */
export function evidence(hit: RankedHit, judge: Judge): Evidence {
  let full = hit.exact;
  let named = false;
  for (const e of judge.expansions) {
    if (bitCount(hit.matched & e.added) < e.need) continue;
    full |= e.found;
    if (e.names) named = true;
  }
  if (judge.terms.length === 0) {
    // A question that only names an actor ("Japan?") is answered by that actor's passages.
    const any = (hit.matched & judge.any) !== 0;
    return { share: any ? 1 : 0, specific: any };
  }
  let got = 0;
  let years = 0;
  let specific = false;
  let other = false;
  for (const t of judge.terms) {
    if (t.bit < 0) continue;
    const bit = 1 << t.bit;
    const credit = (full & bit) !== 0 ? 1 : (hit.matched & bit) === 0 ? 0 : (hit.typo & bit) !== 0 ? FUZZY_MATCH_CREDIT : PREFIX_MATCH_CREDIT;
    if (t.year) {
      years += t.weight * credit;
      continue;
    }
    got += t.weight * credit;
    if (credit > 0) other = true;
    if (credit > 0 && t.specific) specific = true;
  }
  const yearsOnly = judge.terms.every((t) => t.year);
  return { share: (got + (other || yearsOnly ? years : 0)) / judge.total, specific: specific || named || (yearsOnly && years > 0) };
}

/** Whether a hit counts as an answer: enough of the question matched, and not only through everyday words unless the question names the hit's actor. */
export function answers(ev: Evidence, passage: () => Passage | undefined, plan: QueryPlan, minShare: number = MIN_EVIDENCE): boolean {
  if (ev.share < minShare) return false;
  if (ev.specific) return true;
  const actor = passage()?.actor;
  return actor !== undefined && plan.mentionedActors.includes(actor);
}
