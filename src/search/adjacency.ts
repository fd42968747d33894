/**
 * Adjacency: a question's words that stand next to each other
 * ("Critical Information Infrastructure Protection", "national security
 * authority") are often one name or one idea, and a passage that holds them
 * next to each other in the same order names it, where one with the same
 * words apart ("to protect infrastructure critical to managing
 * information") only shares its vocabulary. This reads the few best hits
 * again and scores each up by the share of the question's adjacent pairs
 * (each weighing as its rarer word, by evidence weight) that it holds in
 * order, stop words between them allowed: the ordered-bigram feature of the
 * sequential dependence model (Metzler and Croft, SIGIR 2005). The text is
 * only read: excerpts stay verbatim.
 */
import { processWord, tokenize } from '../text/terms.ts';
import type { ReadWord } from './focus.ts';
import type { RankedHit, Ranking } from './index.ts';
import type { QueryPlan } from './plan.ts';
import { ownerOf } from './proximity.ts';

/**
 * What holding every adjacent pair of the question in order is worth: the
 * score this share higher. Measured on the 242 English corpus questions
 * (issue 14; hit@3 / hit@1 / MRR, with focus and the document words): none
 * 0.818 / 0.669 / 0.743; 0.25 → 0.823 / 0.669 / 0.744; 0.5 → 0.829 / 0.669 /
 * 0.745; 1 → 0.823 / 0.674 / 0.748 (across hit@3 0.80 → 0.73).
 */
export const ADJACENCY_WEIGHT = 0.5;

/** The pairs of evidence terms that stand next to each other in `question` (stop words between allowed), each with its weight. */
export function adjacentPairs(question: string, weights: ReadonlyMap<string, number>): { first: string; second: string; weight: number }[] {
  const terms = tokenize(question).flatMap((t) => processWord(t.word) ?? []);
  const pairs: { first: string; second: string; weight: number }[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const [first, second] = [terms[i] ?? '', terms[i + 1] ?? ''];
    const a = weights.get(first);
    const b = weights.get(second);
    if (a === undefined || b === undefined || first === second) continue;
    if (!pairs.some((p) => p.first === first && p.second === second)) pairs.push({ first, second, weight: Math.max(a, b) });
  }
  return pairs;
}

/** The pairs (as `first second`) that `words` hold in order, next to each other but for stop words, read through `termOf` (index term → query term). */
function pairsIn(words: readonly ReadWord[], termOf: (term: string) => string | undefined): Set<string> {
  const found = new Set<string>();
  let previous: string | undefined;
  for (const { term } of words) {
    if (term === undefined) continue;
    const q = termOf(term);
    if (q !== undefined && previous !== undefined) found.add(`${previous} ${q}`);
    previous = q;
  }
  return found;
}

/**
 * The adjacency factor of each of `hits` (of `ranking`; `read`: the index
 * terms each matched and its passage's words): 1 + ADJACENCY_WEIGHT ×
 * the weighted share of the question's adjacent pairs it holds in order.
 */
export function adjacencyFactors(
  plan: QueryPlan,
  ranking: Ranking,
  hits: readonly RankedHit[],
  weights: ReadonlyMap<string, number>,
  read: { readonly matched: readonly (readonly string[])[]; readonly words: readonly (readonly ReadWord[])[] },
): number[] {
  const pairs = adjacentPairs(plan.question, weights);
  const total = pairs.reduce((sum, p) => sum + p.weight, 0);
  if (total === 0) return hits.map(() => 1);
  const names = ranking.terms.map((t) => t.term);
  return hits.map((hit, i) => {
    const live = names.filter((_, bit) => (hit.matched & (1 << bit)) !== 0);
    const owners = new Map<string, string>();
    for (const m of read.matched[i] ?? []) {
      const q = live[ownerOf(m, live)];
      if (q !== undefined && weights.has(q)) owners.set(m, q);
    }
    const found = pairsIn(read.words[i] ?? [], (t) => owners.get(t));
    const held = pairs.reduce((sum, p) => sum + (found.has(`${p.first} ${p.second}`) ? p.weight : 0), 0);
    return 1 + (ADJACENCY_WEIGHT * held) / total;
  });
}
