/**
 * How a planned query term is matched against the index: as itself, as a
 * prefix of longer index terms (within a budget), and through typos (the
 * closest spellings the index knows), each match weighted as MiniSearch
 * weighs an exact, a prefix and a fuzzy match.
 */
import { bm25Idf } from './bm25.ts';
import { FUZZY_MAX_LENGTH, MAX_FUZZY_DISTANCE, PREFIX_POSTINGS_BUDGET } from './limits.ts';
import type { QueryTerm } from './plan.ts';
import type { CommonPostings } from './postings.ts';
import type { MatchKind } from './score-board.ts';
import { type NearTerm, TermGrams } from './term-grams.ts';
import { lowerBound } from './sorted-strings.ts';

/** MiniSearch's weights of a fuzzy and a prefix match (its defaults), passed explicitly: typo candidates are weighted with the same. */
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;

/** One index term a query term is matched as, with its match's weight (times the term's boost) and kind. */
export interface TermMatch {
  readonly term: string;
  readonly weight: number;
  readonly kind: MatchKind;
  /**
   * What a match in passage text is further weighted by: a common term's
   * correction for the idf its capped text postings give it (1 otherwise).
   * Headings are not capped, so a heading match is not corrected.
   */
  readonly textCorrection: number;
}

/** How one query term is searched (see TermMatcher.searchSpec). */
interface SearchSpec {
  fuzzy: number | false;
  /** The longer index terms the term is searched as a prefix of, when it is. */
  prefixOf: readonly string[] | undefined;
  /** The common-term correction of a text match (see TermMatch.textCorrection). */
  textCorrection: number;
}

/** What a matcher reads of its index. */
export interface MatcherIndex {
  /** Every index term, sorted: prefix expansions are found (and counted) by binary search. */
  readonly vocabulary: readonly string[];
  readonly common: CommonPostings;
  /** How many passages are indexed. */
  readonly size: number;
  /** Whether `term` is an index term, of any field. */
  isIndexed(term: string): boolean;
  /** How many postings matching `term` would score (counted against PREFIX_POSTINGS_BUDGET). */
  postingCost(term: string): number;
  idf(term: string): number;
  /** The index terms within `distance` edits of `term` by the engine's own fuzzy walk. */
  fuzzyTerms(term: string, distance: number): { term: string; distance: number }[];
}

/** Matches planned query terms against one index. */
export class TermMatcher {
  private grams: TermGrams | undefined;

  constructor(private readonly index: MatcherIndex) {}

  /**
   * The index terms a planned term is matched as, each with the weight of
   * its match as MiniSearch weighs an exact, a prefix and a fuzzy match
   * (times the term's boost): the term itself, the longer terms it is a
   * prefix of, and its typo terms.
   */
  matchesOf(t: QueryTerm): TermMatch[] {
    const spec = this.searchSpec(t);
    const { textCorrection } = spec;
    const out: TermMatch[] = [{ term: t.term, weight: t.weight, kind: 'exact', textCorrection }];
    for (const v of spec.prefixOf ?? []) {
      const distance = v.length - t.term.length;
      out.push({ term: v, weight: ((PREFIX_WEIGHT * v.length) / (v.length + 0.3 * distance)) * t.weight, kind: 'prefix', textCorrection });
    }
    for (const n of this.typoTerms(t, spec)) {
      // A longer word that merely starts with the term counts as a prefix match, even within typo distance.
      const kind = n.term.startsWith(t.term) ? 'prefix' : 'typo';
      out.push({ term: n.term, weight: ((FUZZY_WEIGHT * n.term.length) / (n.term.length + n.distance)) * t.weight, kind, textCorrection });
    }
    return out;
  }

  /**
   * How each planned term is searched: typo tolerance only for a term the
   * index does not know (a known word needs none, and fuzzy matching a
   * common one costs most), prefix matching only within budget, and a common
   * term's text matches corrected for the idf its capped postings give it.
   */
  private searchSpec(t: QueryTerm): SearchSpec {
    const { index } = this;
    const known = index.isIndexed(t.term);
    const common = index.common.isCapped(t.term);
    return {
      fuzzy: t.fuzzy !== false && !known && t.term.length <= FUZZY_MAX_LENGTH ? t.fuzzy : false,
      prefixOf: t.prefix && !known ? this.prefixTerms(t.term) : undefined,
      textCorrection: common ? index.idf(t.term) / bm25Idf(index.common.cap, index.size) : 1,
    };
  }

  /** The index terms that `term` is a proper prefix of, or undefined when they hold more than PREFIX_POSTINGS_BUDGET (capped) postings. */
  private prefixTerms(term: string): string[] | undefined {
    const { vocabulary } = this.index;
    const lo = lowerBound(vocabulary, term);
    const longer: string[] = [];
    let postings = 0;
    for (let i = lo; i < vocabulary.length; i++) {
      const v = vocabulary[i] ?? '';
      if (!v.startsWith(term)) break;
      if (v === term) continue;
      postings += this.index.postingCost(v);
      if (postings > PREFIX_POSTINGS_BUDGET) return undefined;
      longer.push(v);
    }
    return longer;
  }

  /**
   * The index terms that `t` matches with typos, and their distance. The
   * closest spellings the index knows are taken (term-grams.ts): a term
   * allowed two edits is matched at two only when nothing is one edit away;
   * where the letter pairs cannot tell, MiniSearch's fuzzy walk finds every
   * term within the distance allowed. A term that `t` is a prefix of is left
   * to the prefix search, which scores it as such (as MiniSearch does).
   */
  private typoTerms(t: QueryTerm, spec: SearchSpec): { term: string; distance: number }[] {
    if (spec.fuzzy === false) return [];
    const allowed = spec.fuzzy < 1 ? Math.min(MAX_FUZZY_DISTANCE, Math.round(t.term.length * spec.fuzzy)) : spec.fuzzy;
    if (allowed < 1) return [];
    const open = (near: readonly { term: string; distance: number }[]) =>
      near.filter((n) => n.distance > 0 && !(spec.prefixOf !== undefined && n.term.startsWith(t.term)));
    const one = this.typoCandidates(t.term, 1);
    if (one === undefined) return open(this.index.fuzzyTerms(t.term, allowed));
    const close = open(one);
    if (close.length > 0 || allowed === 1) return close;
    return open(this.typoCandidates(t.term, 2) ?? this.index.fuzzyTerms(t.term, allowed));
  }

  /** The index terms within `distance` edits of `term` by letter pairs (term-grams.ts); undefined where the pairs cannot tell. */
  private typoCandidates(term: string, distance: number): NearTerm[] | undefined {
    // Built on the first typo: most queries have none.
    this.grams ??= new TermGrams(this.index.vocabulary);
    return this.grams.within(term, distance);
  }
}
