/**
 * Irregular verbs: "Who drew up the strategy?" is answered by a passage
 * where experts "draw up" it, "What did Ghana set up?" by one that
 * "establishes". The Snowball stemmer (text/terms.ts) joins regular forms
 * (drafted, drafting → draft) but not irregular ones (drew, drawn ≠ draw;
 * sought ≠ seek; built ≠ build). An irregular form in the question is also
 * searched as its base form, an expansion that stands for it whole, as the
 * glossary's are.
 *
 * The forms come from wink-lexicon's list of English irregular verbs (taken
 * from Wikipedia's, every form mapped to its base): a kept list, not ours.
 * Only the question is expanded, never the index, so passage terms and ids
 * are untouched.
 */
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import { z } from 'zod';
import { isAcronym, processWord, tokenize } from '../text/terms.ts';
import { MAX_EXPANSION_TERMS } from './limits.ts';
import type { Expansion, QueryTerm } from './plan.ts';
import { makeTerm } from './query-term.ts';

/** Each irregular form (lower case) → its base form: checked once, so a changed package is an error, not wrong answers. */
const BASE_FORMS: ReadonlyMap<string, string> = new Map(Object.entries(z.record(z.string(), z.string()).parse({ ...(irregularVerbs as object) })));

/** The base form of `word` when it is an irregular verb form other than its base ("drew" → "draw"), else undefined. */
export function baseForm(word: string): string | undefined {
  const lower = word.toLowerCase();
  const base = BASE_FORMS.get(lower);
  return base === undefined || base === lower ? undefined : base;
}

/**
 * Adds the base form of each irregular verb form in `question` to `into`
 * (a term and an expansion each) where its index term differs, within
 * MAX_EXPANSION_TERMS less `added` already used; returns how many terms it added.
 */
export function addBaseForms(question: string, into: { terms: QueryTerm[]; seen: Set<string>; expansions: Expansion[] }, added: number): number {
  let count = 0;
  for (const { word } of tokenize(question)) {
    // Written in capitals it names something: "open RAN" is no form of "run".
    if (isAcronym(word)) continue;
    const base = baseForm(word);
    if (base === undefined) continue;
    const found = processWord(word);
    const term = processWord(base);
    if (found === undefined || term === undefined || term === found || into.seen.has(term) || added + count >= MAX_EXPANSION_TERMS) continue;
    into.seen.add(term);
    into.terms.push(makeTerm(term, 'glossary', false));
    into.expansions.push({ found: word, foundTerms: [found], added: [base], addedTerms: [term], whole: true });
    count++;
  }
  return count;
}
