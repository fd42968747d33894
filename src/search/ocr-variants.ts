/**
 * Acronyms as text recognition misreads them. In a scanned strategy a
 * capital I is often read as a lower-case l: the national strategies hold
 * "Cll" for CII 68 times and "CNIl" for CNII 27 times, in passages a
 * question asking for the CII never reaches. An acronym of the question
 * that holds an I is also searched as its misreadings, each its own
 * expansion that stands for the acronym whole.
 *
 * By hand: the confusion is one pair of letters, and no library we know
 * lists an OCR engine's misreadings of acronyms.
 */
import { isAcronym, normaliseText, processWord, tokenize } from '../text/terms.ts';
import { MAX_EXPANSION_TERMS } from './limits.ts';
import type { Expansion, QueryTerm } from './plan.ts';
import { makeTerm } from './query-term.ts';

/** The most misreadings searched for one acronym (an acronym with two I's has three). */
export const MAX_OCR_VARIANTS = 3;

/** `acronym` with some of its capital I's read as lower-case l's, fewest first; none for an acronym without an I. */
export function ocrVariants(acronym: string): string[] {
  const at = [...acronym].flatMap((c, i) => (c === 'I' ? [i] : []));
  const variants: string[] = [];
  // Every non-empty subset of the I's, by size: one misread letter is likelier than two.
  const subsets = Array.from({ length: 2 ** at.length - 1 }, (_, k) => k + 1).sort((a, b) => bits(a) - bits(b) || a - b);
  for (const subset of subsets) {
    if (variants.length >= MAX_OCR_VARIANTS) break;
    const chars = [...acronym];
    at.forEach((i, j) => {
      if ((subset >> j) & 1) chars[i] = 'l';
    });
    variants.push(chars.join(''));
  }
  return variants;
}

function bits(n: number): number {
  let count = 0;
  for (let m = n; m > 0; m >>= 1) count += m & 1;
  return count;
}

/**
 * Adds the misreadings of the question's acronyms to `into` (a term each, an
 * expansion each), within MAX_EXPANSION_TERMS less `added` already used;
 * returns how many terms it added.
 */
export function addOcrVariants(question: string, into: { terms: QueryTerm[]; seen: Set<string>; expansions: Expansion[] }, added: number): number {
  let count = 0;
  for (const { word } of tokenize(question)) {
    // Its plural too ("CIIs"), as the glossary finds acronyms.
    const written = normaliseText(word).replace(/(?<=\p{Lu})s$/u, '');
    if (!written.includes('I') || !isAcronym(written)) continue;
    const found = processWord(written);
    if (found === undefined) continue;
    for (const variant of ocrVariants(written)) {
      const term = processWord(variant);
      if (term === undefined || into.seen.has(term) || added + count >= MAX_EXPANSION_TERMS) continue;
      into.seen.add(term);
      into.terms.push(makeTerm(term, 'glossary', false));
      into.expansions.push({ found: written, foundTerms: [found], added: [variant], addedTerms: [term], whole: true });
      count++;
    }
  }
  return count;
}

/**
 * Adds the misreadings of the acronyms that glossary expansions added (a
 * question typing "critical national information infrastructure" is also
 * searched as "CNII", and a scanned strategy writes it "CNIl"): each
 * variant its own expansion that stands for what the acronym's expansion
 * stood for, whole. `from` are the glossary's expansions; within
 * MAX_EXPANSION_TERMS less `added`; returns how many terms it added.
 */
export function addOcrVariantsOfExpansions(
  from: readonly Expansion[],
  into: { terms: QueryTerm[]; seen: Set<string>; expansions: Expansion[] },
  added: number,
): number {
  let count = 0;
  for (const e of from) {
    if (e.crossLanguage === true) continue;
    for (const written of e.added) {
      if (!written.includes('I') || !isAcronym(written)) continue;
      for (const variant of ocrVariants(written)) {
        const term = processWord(variant);
        if (term === undefined || into.seen.has(term) || added + count >= MAX_EXPANSION_TERMS) continue;
        into.seen.add(term);
        into.terms.push(makeTerm(term, 'glossary', false));
        into.expansions.push({ found: e.found, foundTerms: e.foundTerms, added: [variant], addedTerms: [term], whole: true });
        count++;
      }
    }
  }
  return count;
}
