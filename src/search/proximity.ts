/**
 * Proximity: a passage that holds the question's terms close together
 * ("incident response capability") answers it better than one that has
 * them scattered over its length ("incident" in the first sentence,
 * "response" in the fourth). BM25 sees only counts; this reads the few
 * best hits' text again and scores them up by the smallest window of words
 * that holds one of each term they matched (a minimum-span measure, as in
 * Tao and Zhai, SIGIR 2007). The text is only read: excerpts stay verbatim.
 */
import { normaliseText, processWord, tokenize } from '../text/terms.ts';
import type { RankedHit, Ranking } from './index.ts';
import type { Expansion } from './plan.ts';

/**
 * How much the tightest window is worth: the score of a passage whose
 * matched terms stand side by side is this share higher, one whose terms
 * are spread over ten times as many words about a tenth of it. Enough to
 * order near-equal matches, never enough to lift a passage that matched
 * fewer terms over one that matched more (BM25 multiplies by that count).
 * Measured on the corpus questions (issue 14).
 */
export const PROXIMITY_WEIGHT = 0.25;

/** How many of the best hits are read again: the ones that can be shown. */
export const PROXIMITY_HEAD = 20;

/**
 * The smallest number of consecutive words of `text` that holds at least
 * one word of each group, or undefined when a group has none. A group is
 * the index terms one query term matched (itself, its prefix and typo
 * matches): any of them stands for it.
 */
export function smallestWindow(text: string, groups: readonly ReadonlySet<string>[]): number | undefined {
  if (groups.length === 0) return undefined;
  const hits: { at: number; group: number }[] = [];
  tokenize(text).forEach((t, at) => {
    const term = processWord(t.word);
    if (term === undefined) return;
    groups.forEach((g, group) => {
      if (g.has(term)) hits.push({ at, group });
    });
  });
  // A sliding window over the hits in text order: the shortest that covers every group.
  const inWindow = new Array<number>(groups.length).fill(0);
  let covered = 0;
  let best: number | undefined;
  let from = 0;
  for (const hit of hits) {
    if ((inWindow[hit.group] ?? 0) === 0) covered++;
    inWindow[hit.group] = (inWindow[hit.group] ?? 0) + 1;
    while (covered === groups.length) {
      const first = hits[from];
      if (first === undefined) break;
      const span = hit.at - first.at + 1;
      if (best === undefined || span < best) best = span;
      inWindow[first.group] = (inWindow[first.group] ?? 1) - 1;
      if (inWindow[first.group] === 0) covered--;
      from++;
    }
  }
  return best;
}

/**
 * The factor a passage's score is multiplied by for the closeness of its
 * matched terms: 1 + PROXIMITY_WEIGHT × (k − 1) / (span − 1) for k groups
 * found within `span` words (1 side by side); 1 for fewer than two groups.
 */
export function proximityFactor(text: string, groups: readonly ReadonlySet<string>[]): number {
  if (groups.length < 2) return 1;
  const span = smallestWindow(text, groups);
  if (span === undefined) return 1;
  return 1 + (PROXIMITY_WEIGHT * (groups.length - 1)) / Math.max(groups.length - 1, span - 1);
}

/** One word with two capitals or more: an acronym as written, or as a scan misread it ("CNIl"). */
const ACRONYM_LIKE = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}]+$/u;

/** A typo match shares at least this many first letters with its query term. */
const TYPO_SHARED_START = 2;

/**
 * Which of `terms` an index term `m` a hit matched stands for (its index, -1
 * for none): the term itself, a term it is a longer word of (a prefix
 * match), or else (a typo match) the term sharing the longest start with
 * it, of TYPO_SHARED_START letters or more. Focus and adjacency (focus.ts,
 * adjacency.ts) read matches the same way.
 */
export function ownerOf(m: string, terms: readonly string[]): number {
  let at = terms.indexOf(m);
  if (at >= 0) return at;
  at = terms.findIndex((q) => m.startsWith(q));
  if (at >= 0) return at;
  let longest = TYPO_SHARED_START - 1;
  terms.forEach((q, i) => {
    let n = 0;
    while (n < q.length && n < m.length && q[n] === m[n]) n++;
    if (n > longest) {
      longest = n;
      at = i;
    }
  });
  return at;
}

/**
 * The index terms a hit matched (`matched`), grouped by the query term each
 * stands for (`queryTerms`, {@link ownerOf}). Index terms of other query
 * terms are left out; so are query terms with no index term.
 */
export function groupsOf(queryTerms: readonly string[], matched: readonly string[]): Set<string>[] {
  const groups = queryTerms.map(() => new Set<string>());
  for (const m of matched) groups[ownerOf(m, queryTerms)]?.add(m);
  return groups.filter((g) => g.size > 0);
}

/**
 * The proximity factor of each of `hits` (of `ranking`, read before the
 * index searches again), over `texts` (each hit's passage text), counting
 * the question's own specific terms only: everyday words ("what", "plan",
 * "security") stand near anything in a short passage, and closeness of them
 * ranked headings and fragments up (measured: hit@1 fell); actor names are
 * left out, a passage of the actor asked about needs no name near the rest.
 * A question term is also found where the passage holds the acronym an
 * expansion of it added (`expansions`: "CNII", or "CNIl" as a scan misread
 * it, for "critical national information infrastructure"): "the CNIl
 * sectors" holds the question's "sector" beside its "critical national
 * information infrastructure", as the words it is asked in would. Measured
 * on the corpus questions (issue 14): hit@3 163 → 164 of 193; every
 * one-word expansion (thesaurus words too) 163 → 163, one lost for one won.
 */
export function proximityFactors(
  ranking: Ranking,
  hits: readonly RankedHit[],
  texts: readonly string[],
  expansions: readonly Pick<Expansion, 'foundTerms' | 'addedTerms' | 'added'>[] = [],
): number[] {
  const matched = ranking.matchedTerms(hits);
  const specific = new Set(ranking.terms.filter((t) => (t.source === 'question' || t.source === 'year') && !t.everyday).map((t) => t.term));
  // Each added term → the specific question terms it stands for.
  const standsFor = new Map<string, string[]>();
  for (const e of expansions) {
    const found = e.foundTerms.filter((f) => specific.has(f));
    // An acronym only: one word of a long form does not stand for it ("development" for the MGDS), and a thesaurus word
    // standing for the question's words ("standards" for "cyber rules") put passages about the words, not what was asked, up.
    if (found.length === 0 || e.addedTerms.length !== 1 || !ACRONYM_LIKE.test(normaliseText(e.added[0] ?? ''))) continue;
    for (const a of e.addedTerms) if (!specific.has(a)) standsFor.set(a, [...new Set([...(standsFor.get(a) ?? []), ...found])]);
  }
  const actorTerms = new Set(ranking.terms.filter((t) => t.source === 'actor').map((t) => t.term));
  return hits.map((hit, i) => {
    const live = ranking.terms.filter((_, bit) => (hit.matched & (1 << bit)) !== 0).map((t) => t.term);
    const own = (matched[i] ?? []).filter((m) => !actorTerms.has(m));
    if (standsFor.size === 0)
      return proximityFactor(
        texts[i] ?? '',
        groupsOf(
          live.filter((t) => specific.has(t)),
          own,
        ),
      );
    // Groups by the question term each matched index term stands for, itself or through an expansion.
    const groups = new Map<string, Set<string>>();
    for (const m of own) {
      const owner = live[ownerOf(m, live)];
      if (owner === undefined) continue;
      for (const q of specific.has(owner) ? [owner] : (standsFor.get(owner) ?? [])) {
        const group = groups.get(q) ?? new Set<string>();
        group.add(m);
        groups.set(q, group);
      }
    }
    return proximityFactor(texts[i] ?? '', [...groups.values()]);
  });
}
