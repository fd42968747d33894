/**
 * The order answers are shown in, once the search has found the passages
 * that answer: junk ranked down (junk.ts), the newest of an actor's
 * documents first among near-equal matches, near-duplicate passages (the
 * same paragraph in two versions of a strategy) shown once, and for a
 * question across actors, the best passage of each actor.
 */
import type { Passage } from '../passages/chunk.ts';
import { junkFactor } from './junk.ts';

/** A passage that answers, with its search score. */
export interface Scored {
  readonly passage: Passage;
  readonly score: number;
}

/**
 * How much a year of recency is worth: a passage of a document ten years
 * newer ranks 10% higher, enough to order near-equal matches, never enough
 * to put a weak match of a new document over a good one of an old.
 */
export const RECENCY_PER_YEAR = 0.01;
export const MAX_RECENCY = 0.1;

/** Word-trigram overlap (Jaccard) above which two passages are the same paragraph. */
export const NEAR_DUPLICATE = 0.6;

/** Share of a passage's word trigrams another holds above which it is shown once, inside the other; for passages of MIN_CONTAINED trigrams or more. */
export const CONTAINED = 0.9;
export const MIN_CONTAINED = 8;

/** The year of a passage's document: the last year in its title or its source's title, if any. */
export function documentYear(passage: Passage): number | undefined {
  for (const text of [passage.title, passage.source.title]) {
    const years = text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu);
    const last = years?.[years.length - 1];
    if (last !== undefined) return Number(last);
  }
  return undefined;
}

/**
 * The score a passage is ordered by: its search score, ranked down if junk,
 * up a little if its document is newer than the oldest of its actor's
 * (`oldest`): recency orders one actor's versions, never one actor over another.
 */
export function orderScore(s: Scored, oldest: number | undefined): number {
  const year = documentYear(s.passage);
  const recency = oldest === undefined || year === undefined ? 0 : Math.min(MAX_RECENCY, (year - oldest) * RECENCY_PER_YEAR);
  return s.score * junkFactor(s.passage) * (1 + recency);
}

/** `items` in the order to show them (see the module comment), best first. */
export function ordered<T extends Scored>(items: readonly T[]): T[] {
  const oldest = new Map<string, number>();
  for (const s of items) {
    const year = documentYear(s.passage);
    if (year !== undefined && year < (oldest.get(s.passage.actor) ?? Infinity)) oldest.set(s.passage.actor, year);
  }
  return items
    .map((s) => ({ s, key: orderScore(s, oldest.get(s.passage.actor)) }))
    .sort((a, b) => b.key - a.key)
    .map(({ s }) => s);
}

const trigramCache = new WeakMap<Passage, Set<string>>();

function trigrams(passage: Passage): Set<string> {
  let set = trigramCache.get(passage);
  if (set === undefined) {
    const words = passage.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    set = new Set<string>();
    for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    if (words.length < 3) set.add(words.join(' '));
    trigramCache.set(passage, set);
  }
  return set;
}

/** True when two passages of one actor are the same text (in two versions of a document, or repeated in one). */
export function nearDuplicates(a: Passage, b: Passage): boolean {
  if (a.actor !== b.actor) return false;
  const x = trigrams(a);
  const y = trigrams(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  // Or one held in the other: a bullet repeated inside a longer passage, a paragraph a later version extends.
  return shared / (x.size + y.size - shared) >= NEAR_DUPLICATE || (small.size >= MIN_CONTAINED && shared / small.size >= CONTAINED);
}

/**
 * The first `count` of `items` (already ordered) that are not near-duplicates
 * of one shown before them; with `perActor`, at most that many of each actor.
 */
export function distinct<T extends Scored>(items: readonly T[], count: number, perActor = Infinity): T[] {
  const kept: T[] = [];
  const actors = new Map<string, number>();
  for (const s of items) {
    if (kept.length >= count) break;
    const n = actors.get(s.passage.actor) ?? 0;
    if (n >= perActor) continue;
    if (kept.some((k) => nearDuplicates(k.passage, s.passage))) continue;
    kept.push(s);
    actors.set(s.passage.actor, n + 1);
  }
  return kept;
}

/**
 * `items` (already ordered) grouped for a question across actors: each
 * actor's best first, actors in the order of their best, then each one's
 * second best, and so on, so that one actor never fills the page.
 */
export function byActorRounds<T extends Scored>(items: readonly T[]): T[] {
  const rank = new Map<string, number>();
  return items
    .map((s) => {
      const n = rank.get(s.passage.actor) ?? 0;
      rank.set(s.passage.actor, n + 1);
      return { s, round: n };
    })
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => a.round - b.round || a.i - b.i)
    .map(({ s }) => s);
}
