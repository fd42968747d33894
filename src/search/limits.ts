/**
 * The bounds that keep every query fast whatever is typed. MiniSearch's cost
 * is the number of passages each query term touches, summed over the terms;
 * prefix search on very short terms and fuzzy search on common mid-length
 * ones multiply it (see the project notes on MiniSearch at scale).
 */

/** The longest question accepted: Discord's own maximum for a string option. */
export const MAX_QUESTION_CHARS = 6000;

/** Distinct terms from the question that are searched; the rest are dropped and the answer says the question was shortened. */
export const MAX_QUERY_TERMS = 16;

/** Extra terms that glossary expansion may add on top of the question's own. */
export const MAX_EXPANSION_TERMS = 12;

/** A term gets typo tolerance only from this many characters: shorter ones have too many neighbours. */
export const FUZZY_MIN_LENGTH = 5;

/** Edit distance allowed, as a fraction of the term's length (MiniSearch's `fuzzy`), and its cap. */
export const FUZZY_FRACTION = 0.2;
export const MAX_FUZZY_DISTANCE = 2;

/** A term matches as a prefix of longer words only from this many characters: "co" would expand to half the vocabulary. */
export const PREFIX_MIN_LENGTH = 4;

/**
 * A term in more passages than this is a common term: MiniSearch indexes it
 * only for the passages it weighs most in (capping.ts), so that no query
 * term costs more than this many scored passages. No term of a small corpus
 * is that common, so there search is exact.
 */
export const MAX_POSTINGS_PER_TERM = 1000;

/**
 * A word that heads more passages than this (it is in the heading path of
 * each) is not indexed in the headings field (capping.ts): under that many
 * passages it tells none of them apart, and scoring it would read more
 * postings than a capped text term. A fixed bound, not the cap a test or
 * benchmark builds with, so that capped and uncapped indexes have the same
 * headings field.
 */
export const MAX_HEADING_POSTINGS = MAX_POSTINGS_PER_TERM;

/**
 * A term in at least this many passages, and at least FREQUENT_TERM_SHARE of
 * them, is a frequent term: its full postings are kept beside MiniSearch
 * (postings.ts), so that a query may leave it out of the search and score it
 * only on the passages its rarer terms found (defer.ts). Below that a term
 * costs the search little, and keeping its postings twice would cost memory.
 */
export const FREQUENT_TERM_MIN_DF = 32;
export const FREQUENT_TERM_SHARE = 0.002;

/** The document frequency from which a term of a corpus of `passages` is frequent (always so when it is capped). */
export function frequentTermMinDf(passages: number, cap: number): number {
  return Math.min(cap + 1, Math.max(FREQUENT_TERM_MIN_DF, Math.ceil(passages * FREQUENT_TERM_SHARE)));
}

/** Typo tolerance stops at this length: longer "words" are pasted junk, and the fuzzy matrix grows with the square of the length. */
export const FUZZY_MAX_LENGTH = 24;

/**
 * A term matches as a prefix only while the longer index terms it expands to
 * hold at most this many postings between them (each counted up to
 * MAX_POSTINGS_PER_TERM): "inte" would otherwise bring in every "inter…".
 */
export const PREFIX_POSTINGS_BUDGET = 3000;
