/**
 * A word's index terms in its language: what the index holds for a passage
 * and what a question is searched with, from the same functions so both
 * sides see the same terms.
 *
 * English words go through the original pipeline (terms.ts: Porter) and
 * carry no language mark. A word of an analysed language is folded
 * (fold.ts), dropped if it is a stop word, stemmed (stemmers.ts) and marked
 * with its language (`fr:strateg`), so it meets only that language's words.
 * What crosses languages without translation is also given an unmarked term,
 * the one an English question has for it: numbers and years (only that),
 * acronyms (CERT, ANSSI, NIS2) and capitalised words in the Latin script,
 * which are mostly names ("Bénin" → `benin`, as "Benin" in English).
 */
import { isAcronym, normaliseText, processWord, type Token } from '../terms.ts';
import { foldWord } from './fold.ts';
import { type AnalysedLanguage, type Analysis, termPrefix } from './languages.ts';
import { wordsOf } from './segment.ts';
import { stemWord } from './stemmers.ts';
import { stopWordsOf } from './stop-words.ts';

/** The terms of one word: its own (marked with its language, or English) and the unmarked one that crosses languages. Either may be absent. */
export interface WordTerms {
  readonly own: string | undefined;
  readonly cross: string | undefined;
}

const NONE: WordTerms = { own: undefined, cross: undefined };

/** French elision: l'agence, d'information, qu'il. The word is what follows the apostrophe. */
const FRENCH_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/iu;
const HAS_DIGIT = /\p{N}/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A capitalised word in the Latin script: mostly a name, which English writes alike (Cyrillic and Greek names are not). */
const LATIN_CAPITALISED = /^\p{Lu}[\p{Script=Latin}'’]*$/u;

/** Analysed words remembered, per language: a corpus has few distinct words, and passages repeat them. */
const MEMO_SIZE = 200_000;
const memo = new Map<string, WordTerms>();

/** The terms of `raw` (a token of wordsOf) in `language`. */
export function analyseWord(raw: string, language: Analysis): WordTerms {
  if (language === 'en') return { own: processWord(raw), cross: undefined };
  const key = `${language}\u0000${raw}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const terms = analyseUncached(raw, language);
  memo.set(key, terms);
  return terms;
}

function analyseUncached(raw: string, language: AnalysedLanguage): WordTerms {
  // Numbers and words holding digits (2020, NIS2, 5G) are the same in every language: kept whole, unmarked.
  if (HAS_DIGIT.test(raw)) return { own: undefined, cross: processWord(raw) };
  // Latin words inside Japanese or Chinese text are English or names: the English pipeline reads them.
  if ((language === 'ja' || language === 'zh') && !UNSPACED.test(raw)) return { own: undefined, cross: processWord(raw) };
  const word = language === 'fr' ? raw.replace(FRENCH_ELISION, '') : raw;
  if (word.length === 0) return NONE;
  const acronym = isAcronym(normaliseText(word));
  const folded = foldWord(word, language).replace(/['’]/gu, '');
  const stop = stopWordsOf(language).has(folded);
  const unspaced = language === 'ja' || language === 'zh';
  // A lone letter carries nothing (a single Han character does: it is often a word).
  const meaningful = !stop && (unspaced || folded.length >= 2);
  const own = meaningful ? `${termPrefix(language)}${stemWord(folded, language)}` : undefined;
  const crosses = acronym || (!stop && !unspaced && LATIN_CAPITALISED.test(word));
  return { own, cross: crosses ? processWord(word) : undefined };
}

/** How many characters at the start of `raw` are an elided article ("l'" of "l'ANSSI"), not the word its terms are of. */
export function elidedLength(raw: string, language: Analysis): number {
  return language === 'fr' ? (FRENCH_ELISION.exec(raw)?.[0].length ?? 0) : 0;
}

/** One word of a text and one of its terms; a word with an own and a crossing term comes twice. */
export interface AnalysedToken extends Token {
  readonly term: string | undefined;
}

/**
 * The words of `text` in `language` with their terms, in order, duplicates
 * kept (term frequency matters to BM25). English text gives exactly what
 * tokenize and processWord gave before languages: one entry a word.
 */
export function analyseText(text: string, language: Analysis): AnalysedToken[] {
  const out: AnalysedToken[] = [];
  for (const t of wordsOf(text, language)) {
    const { own, cross } = analyseWord(t.word, language);
    if (own !== undefined || cross === undefined) out.push({ ...t, term: own });
    if (cross !== undefined && cross !== own) out.push({ ...t, term: cross });
  }
  return out;
}

/** The terms of `text` in `language`, in order (for glossary entries and tests). */
export function analysedTerms(text: string, language: Analysis): string[] {
  return analyseText(text, language).flatMap((t) => (t.term === undefined ? [] : [t.term]));
}
