/**
 * What a question reaches in the other languages of the corpus without any
 * translation: the built-in equivalents (src/text/analysis/equivalents.ts),
 * each analysed in its own language, and the crossing terms of the
 * question's own words (names, acronyms: analyse.ts). Each is an
 * expansion of the plan (plan.ts): it ranks passages, and a passage that
 * matches half of what one expansion added counts as matching the question
 * word it stands for (evidence.ts), so a French passage can answer an
 * English question only through what the two share.
 */
import { analysedTerms, analyseWord } from '../text/analysis/analyse.ts';
import { wordsOf } from '../text/analysis/segment.ts';
import { EQUIVALENTS } from '../text/analysis/equivalents.ts';
import type { Analysis } from '../text/analysis/languages.ts';
import { isEverydayWord } from '../text/common-words.ts';
import { containsRun } from '../text/runs.ts';
import type { Expansion, QueryTerm } from './plan.ts';
import { makeTerm } from './query-term.ts';
import { MAX_BOARD_TERMS } from './score-board.ts';

/**
 * Terms that the equivalents may add to one question: a concept brings a
 * term or two per language, and a corpus may hold several languages, so
 * this bounds the search (the question's own terms and its glossary come
 * first, and the score board holds 32 terms in all).
 */
export const MAX_CROSS_TERMS = 10;

/** One form of a concept: as written, and its terms. */
interface Side {
  readonly label: string;
  readonly terms: readonly string[];
}

/** One concept analysed: its sides (each form) per language. */
interface CompiledConcept {
  readonly sides: ReadonlyMap<Analysis, readonly Side[]>;
}

/** An equivalent found in a question: the form found, and each form it adds (each its own expansion: matching one form is enough). */
export interface CrossMatch {
  readonly found: string;
  readonly foundTerms: readonly string[];
  readonly additions: readonly { readonly language: Analysis; readonly label: string; readonly terms: readonly string[] }[];
}

/** A form's terms, one a word. */
function termsOfForm(form: string, language: Analysis): string[] {
  return wordsOf(form, language).flatMap((w) => {
    const t = analyseWord(w.word, language);
    return t.own ?? t.cross ?? [];
  });
}

let compiled: { concepts: CompiledConcept[]; byFirstTerm: Map<string, number[]> } | undefined;

/** The equivalents analysed once, on first use, with the concepts by the first term of each side. */
function concepts(): { concepts: CompiledConcept[]; byFirstTerm: Map<string, number[]> } {
  if (compiled !== undefined) return compiled;
  const list: CompiledConcept[] = [];
  const byFirstTerm = new Map<string, number[]>();
  EQUIVALENTS.forEach((entry, i) => {
    const sides = new Map<Analysis, Side[]>();
    for (const [language, forms] of Object.entries(entry) as [Analysis, readonly string[]][]) {
      const analysed = forms.map((label) => ({ label, terms: termsOfForm(label, language) })).filter((side) => side.terms.length > 0);
      sides.set(language, analysed);
      for (const side of analysed) {
        const first = side.terms[0] ?? '';
        const at = byFirstTerm.get(first) ?? [];
        if (!at.includes(i)) byFirstTerm.set(first, [...at, i]);
      }
    }
    list.push({ sides });
  });
  compiled = { concepts: list, byFirstTerm };
  return compiled;
}

const everydayTerms = new Map<Analysis, ReadonlySet<string>>();

/**
 * Whether `term` (a one-word form of `language` in the equivalents) stands
 * for everyday English words only ("stratégie" for "strategy", "loi" for
 * "law"): the everyday-word weights English has (common-words.ts), carried
 * to the other languages through the equivalents, so that "Que prévoit la
 * stratégie du Bénin…" weighs "stratégie" as "Benin's strategy" weighs
 * "strategy". A word of no entry is not everyday.
 */
export function isEverydayEquivalent(term: string, language: Analysis): boolean {
  let terms = everydayTerms.get(language);
  if (terms === undefined) {
    const set = new Set<string>();
    for (const entry of EQUIVALENTS) {
      const english = entry.en ?? [];
      if (english.length === 0 || !english.every((form) => form.split(/[\s-]+/u).every(isEverydayWord))) continue;
      for (const form of entry[language] ?? []) {
        const side = analysedTerms(form, language);
        if (side.length === 1 && side[0] !== undefined) set.add(side[0]);
      }
    }
    terms = set;
    everydayTerms.set(language, terms);
  }
  return terms.has(term);
}

/**
 * The equivalents a question's terms (`processed`, analysed in `language`)
 * hold, with what each adds in `targets`: the other languages, and for a
 * question not in English its own language's other forms too (CERT ↔
 * CSIRT); longest form found first, so the most specific concept is kept
 * when the budget runs out.
 */
export function crossMatches(processed: readonly string[], language: Analysis, targets: readonly Analysis[]): CrossMatch[] {
  // English questions get no synonyms in English from here (the glossary's job; English answers stay as they were); another language's do.
  const others = language === 'en' ? targets.filter((t) => t !== language) : targets;
  if (others.length === 0) return [];
  const { concepts: list, byFirstTerm } = concepts();
  const candidates = [...new Set(processed.flatMap((t) => byFirstTerm.get(t) ?? []))].sort((a, b) => a - b);
  const matches: CrossMatch[] = [];
  for (const i of candidates) {
    const concept = list[i];
    const own = concept?.sides.get(language) ?? [];
    const found = own.find((side) => containsRun(processed, side.terms));
    if (concept === undefined || found === undefined) continue;
    const additions = others.flatMap((target) =>
      (concept.sides.get(target) ?? []).flatMap((side) => {
        const terms = [...new Set(side.terms)].filter((t) => !found.terms.includes(t));
        return side === found || terms.length === 0 ? [] : [{ language: target, label: side.label, terms }];
      }),
    );
    if (additions.length > 0) matches.push({ found: found.label, foundTerms: found.terms, additions });
  }
  return matches.sort((a, b) => b.foundTerms.length - a.foundTerms.length);
}

/** What {@link addCrossLanguage} reads of a plan being made. */
export interface CrossSource {
  /** The question's terms in its language, in order. */
  readonly processed: readonly string[];
  readonly language: Analysis;
  /** The languages the question reaches (its actor's documents', or the corpus's). */
  readonly targets: readonly Analysis[];
  /** Each own term of a name or an acronym → its crossing term (question-terms.ts). */
  readonly crossOf: ReadonlyMap<string, string>;
}

/**
 * Adds to a plan what crosses from the question's language to its targets:
 * the crossing terms of its names and acronyms, then the equivalents of its
 * terms, each as an expansion (so the evidence test credits the question
 * word it stands for), within MAX_CROSS_TERMS and the score board's bound.
 */
export function addCrossLanguage(source: CrossSource, into: { terms: QueryTerm[]; seen: Set<string>; expansions: Expansion[] }): void {
  const { terms, seen, expansions } = into;
  let budget = Math.min(MAX_CROSS_TERMS, MAX_BOARD_TERMS - terms.length);
  const add = (found: string, foundTerms: readonly string[], labels: readonly string[], fresh: readonly string[]): void => {
    for (const t of fresh) {
      seen.add(t);
      // Written by us, not typed: matched exactly. A typo or prefix search for each of up to ten words the index may not hold would cost more than the whole question.
      terms.push({ ...makeTerm(t, 'glossary', false), fuzzy: false, prefix: false });
    }
    budget -= fresh.length;
    expansions.push({ found, foundTerms, added: [...labels], addedTerms: [...fresh], crossLanguage: true });
  };
  for (const [own, cross] of source.crossOf) {
    if (budget < 1 || !seen.has(own) || seen.has(cross)) continue;
    add(own, [own], [cross], [cross]);
  }
  for (const match of crossMatches(source.processed, source.language, source.targets)) {
    for (const a of match.additions) {
      const fresh = a.terms.filter((t) => !seen.has(t));
      if (fresh.length === 0 || fresh.length > budget) continue;
      add(match.found, match.foundTerms, [a.label], fresh);
    }
  }
}
