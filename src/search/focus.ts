/**
 * Focus: how much of what a passage matched of the question stands in one
 * place. A long passage collects the question's words from sentences about
 * different things ("guidance" in one, "agencies" in a third, "NIST" in a
 * reference to its framework); a passage whose one sentence says "NIST will
 * provide updated guidance to agencies" answers. Evidence (evidence.ts)
 * counts the whole passage; this reads the few best hits again and scores
 * each by the share of its matched evidence weight that its best window of
 * FOCUS_SENTENCES consecutive sentences holds (passage retrieval's
 * best-window scoring, as in Callan, SIGIR 1994; Kaszkiel and Zobel, SIGIR
 * 1997). Each term weighs what it weighs as evidence (its rarity), so a
 * window with the rare words counts more than one with the common ones.
 * The text is only read: excerpts stay verbatim.
 */
import { sentenceCount, sentenceEnd } from '../passages/sentences.ts';
import type { Passage } from '../passages/chunk.ts';
import { processWord, tokenize } from '../text/terms.ts';
import type { RankedHit, Ranking } from './index.ts';
import type { Judge } from './evidence.ts';
import type { QueryPlan } from './plan.ts';
import { ownerOf } from './proximity.ts';

/**
 * The power of the focus share a passage's score is multiplied by. Measured
 * on the 242 English corpus questions (issue 14; hit@3 / hit@1 / MRR, after
 * the document words and irregular verbs): no focus 0.812 / 0.646 / 0.729;
 * one sentence, power 1: 0.818 / 0.669 / 0.743; power 2: the same totals,
 * across hit@1 0.67 → 0.60; two sentences, power 1: 0.812 / 0.652 / 0.731.
 */
export const FOCUS_EXPONENT = 1;

/** How many consecutive sentences a window holds: one (two let a long passage's scattered terms meet again). */
export const FOCUS_SENTENCES = 1;

/** A word of a passage as the reranking reads it: its index term (undefined for a stop word) and where it starts. */
export interface ReadWord {
  readonly term: string | undefined;
  readonly start: number;
}

/** The words of `text`, read once for all the reranking factors of a hit. */
export function readWords(text: string): ReadWord[] {
  return tokenize(text).map((t) => ({ term: processWord(t.word), start: t.start }));
}

/**
 * The share (0–1] of `passage`'s matched evidence weight that its best
 * window of `span` sentences holds. `termOf` gives the query term an index
 * term of the passage stands for, if any; `weigh` the evidence weight a set
 * of query terms found together holds.
 */
export function focusShare(
  passage: Passage,
  termOf: (term: string) => string | undefined,
  weigh: (terms: ReadonlySet<string>) => number,
  span = FOCUS_SENTENCES,
  words: readonly ReadWord[] = readWords(passage.text),
): number {
  const count = sentenceCount(passage);
  const bySentence: Set<string>[] = Array.from({ length: Math.max(1, count) }, () => new Set<string>());
  let s = 0;
  for (const { term, start } of words) {
    while (s < count - 1 && start >= sentenceEnd(passage, s)) s++;
    const q = term === undefined ? undefined : termOf(term);
    if (q !== undefined) bySentence[s]?.add(q);
  }
  const all = weigh(new Set(bySentence.flatMap((x) => [...x])));
  if (all === 0) return 1;
  let best = 0;
  for (let i = 0; i < bySentence.length; i++) best = Math.max(best, weigh(new Set(bySentence.slice(i, i + span).flatMap((x) => [...x]))));
  return best / all;
}

/**
 * The focus factor of each of `hits` (of `ranking`; `read`: the index terms
 * each matched and its passage's words, read once for all factors): its focus share to the power FOCUS_EXPONENT. Evidence
 * terms weigh what `weights` gives them (evidence.ts: question and year
 * terms by rarity); a glossary or thesaurus expansion counts for the
 * question terms it stands for where the window holds as many of its terms
 * as evidence asks (`judge`), so that "standards" alone does not stand for NIST.
 */
export function focusFactors(
  plan: QueryPlan,
  ranking: Ranking,
  hits: readonly RankedHit[],
  passages: readonly Passage[],
  weights: ReadonlyMap<string, number>,
  judge: Judge,
  read: { readonly matched: readonly (readonly string[])[]; readonly words: readonly (readonly ReadWord[])[] },
): number[] {
  const names = ranking.terms.map((t) => t.term);
  const expansions = plan.expansions.map((e, i) => ({ found: e.foundTerms, added: e.addedTerms, need: judge.expansions[i]?.need ?? e.addedTerms.length }));
  const weigh = (terms: ReadonlySet<string>): number => {
    const credited = new Set([...terms].filter((t) => weights.has(t)));
    for (const e of expansions) if (e.added.filter((t) => terms.has(t)).length >= Math.max(1, e.need)) for (const f of e.found) credited.add(f);
    let sum = 0;
    for (const t of credited) sum += weights.get(t) ?? 0;
    return sum;
  };
  return hits.map((hit, i) => {
    const live = names.filter((_, bit) => (hit.matched & (1 << bit)) !== 0);
    const owners = new Map<string, string>();
    for (const m of read.matched[i] ?? []) {
      const q = live[ownerOf(m, live)];
      if (q !== undefined) owners.set(m, q);
    }
    const passage = passages[i];
    return passage === undefined ? 1 : focusShare(passage, (t) => owners.get(t), weigh, FOCUS_SENTENCES, read.words[i]) ** FOCUS_EXPONENT;
  });
}
