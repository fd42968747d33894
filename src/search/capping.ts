/**
 * Capped postings, computed once at build time. MiniSearch's cost is the
 * number of passages each query term touches; a common term ("cyber" at 100k
 * passages) touches a third of the corpus, and every one is scored, made
 * into an object and sorted. So a term in more than MAX_POSTINGS_PER_TERM
 * passages is given to MiniSearch only for the passages where it weighs most
 * (highest BM25 term-frequency part: most occurrences in the shortest
 * passages). Its full postings, and those of every other frequent term
 * (limits.ts), go to {@link CommonPostings}. A corpus where no term is that
 * common (the seed) is indexed exactly as before.
 */
import type { Passage } from '../passages/chunk.ts';
import { analyseText } from '../text/analysis/analyse.ts';
import { analysisOf } from '../text/analysis/languages.ts';
import { bm25Norm, bm25Tf } from './bm25.ts';
import { frequentTermMinDf, MAX_HEADING_POSTINGS, MAX_POSTINGS_PER_TERM } from './limits.ts';
import { CommonPostings, type TermPostings } from './postings.ts';
import { headingText, leadIns } from './lead-in.ts';

/**
 * Separators of the pre-processed token strings handed to MiniSearch: a
 * token is `term SEP raw word`, or `SKIP raw word` for a word that is not
 * indexed in this passage (a stop word, or a common term capped away). The
 * raw word stays in the token so that MiniSearch counts the passage's length
 * (its distinct words) exactly as it would from the text.
 */
export const TOKEN_SEPARATOR = '\u0003';
export const TERM_SEPARATOR = '\u0002';
export const SKIP = '\u0001';

/** MiniSearch's processTerm for pre-processed tokens. */
export function termOfToken(token: string): string | null {
  if (token.startsWith(SKIP)) return null;
  const at = token.indexOf(TERM_SEPARATOR);
  return at < 0 ? token : token.slice(0, at);
}

/** What the build hands MiniSearch and keeps beside it. */
export interface CappedCorpus {
  /** Per passage (same order), its pre-processed tokens joined by TOKEN_SEPARATOR. */
  readonly tokenStrings: string[];
  /**
   * Per passage, its heading path's tokens in the same format ('' for none),
   * a word heading more than MAX_HEADING_POSTINGS passages skipped (see
   * {@link headingTokenStrings}).
   */
  readonly headingStrings: string[];
  readonly documentFrequency: Map<string, number>;
  readonly common: CommonPostings;
}

/** Tokenises and processes every passage once, and caps the postings of common terms. */
export function capPostings(passages: readonly Passage[], cap: number = MAX_POSTINGS_PER_TERM): CappedCorpus {
  const words: string[][] = [];
  const terms: (string | undefined)[][] = [];
  const lengths = new Uint16Array(passages.length);
  const df = new Map<string, number>();
  passages.forEach((p, i) => {
    // Each passage in its language (text/analysis): an English passage gives the words and terms it always did.
    const analysed = analyseText(p.text, analysisOf(p.language));
    const w = analysed.map((a) => a.word);
    words.push(w);
    const t = analysed.map((a) => a.term);
    terms.push(t);
    lengths[i] = Math.min(0xffff, new Set(w).size);
    for (const term of new Set(t)) if (term !== undefined) df.set(term, (df.get(term) ?? 0) + 1);
  });
  const avgLength = lengths.reduce((s, l) => s + l, 0) / Math.max(1, passages.length);

  // Full postings of the frequent terms, gathered in passage order (so ordinals come out sorted).
  const frequent = frequentTermMinDf(passages.length, cap);
  const full = new Map<string, { ordinals: number[]; frequencies: number[] }>();
  for (const [term, n] of df) if (n >= frequent) full.set(term, { ordinals: [], frequencies: [] });
  terms.forEach((t, i) => {
    const counts = new Map<string, number>();
    for (const term of t) if (term !== undefined && full.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const f = full.get(term);
      f?.ordinals.push(i);
      f?.frequencies.push(Math.min(255, tf));
    }
  });

  // For each common term, the passages it stays indexed in: its `cap` heaviest.
  const kept = new Map<string, Set<number>>();
  const postings = new Map<string, TermPostings>();
  for (const [term, f] of full) {
    postings.set(term, { ordinals: Uint32Array.from(f.ordinals), frequencies: Uint8Array.from(f.frequencies) });
    if (f.ordinals.length <= cap) continue;
    const order = f.ordinals.map((o, j) => ({ o, w: bm25Tf(f.frequencies[j] ?? 1, bm25Norm(lengths[o] ?? 1, avgLength)) }));
    order.sort((a, b) => b.w - a.w || a.o - b.o);
    kept.set(term, new Set(order.slice(0, cap).map((x) => x.o)));
  }

  const tokenStrings = words.map((w, i) => {
    const t = terms[i] ?? [];
    return w
      .map((word, j) => {
        const term = t[j];
        if (term === undefined || kept.get(term)?.has(i) === false) return `${SKIP}${word}`;
        return `${term}${TERM_SEPARATOR}${word}`;
      })
      .join(TOKEN_SEPARATOR);
  });
  const headingStrings = headingTokenStrings(passages);
  return { tokenStrings, headingStrings, documentFrequency: df, common: new CommonPostings(postings, lengths, cap) };
}

/**
 * Each passage's heading path as tokens for MiniSearch's second field. A
 * heading's words are indexed in every passage under it, so a word that
 * heads more than MAX_HEADING_POSTINGS passages ("cyber" or "strategy" in a
 * large corpus of strategies) says little about any one of them, and
 * scoring it would read more postings than a capped text term: it is
 * skipped in the headings (its passages' lengths still count it). The other
 * heading terms are indexed whole, never capped, so the ranking reads their
 * postings as MiniSearch would.
 */
function headingTokenStrings(passages: readonly Passage[]): string[] {
  // Headings are in their passage's language too.
  // With a passage's lead-in (lead-in.ts): the words it is read after, as its headings are.
  const leads = leadIns(passages);
  const tokens = passages.map((p, i) => analyseText(headingText(p, leads[i]), analysisOf(p.language)));
  const df = new Map<string, number>();
  for (const t of tokens) for (const term of new Set(t.map((x) => x.term))) if (term !== undefined) df.set(term, (df.get(term) ?? 0) + 1);
  return tokens.map((t) =>
    t
      .map(({ word, term }) => (term === undefined || (df.get(term) ?? 0) > MAX_HEADING_POSTINGS ? `${SKIP}${word}` : `${term}${TERM_SEPARATOR}${word}`))
      .join(TOKEN_SEPARATOR),
  );
}
