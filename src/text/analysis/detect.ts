/**
 * The language a question is written in. A question is short, and
 * tinyld's guesses on a few words drift ("strategie nationale cybersecurite
 * benin" came out Danish), so the script decides first (Cyrillic is read as
 * Russian, Greek as Greek, kana as Japanese, Han as Chinese), tinyld then
 * chooses only among the Latin-script languages analysed here, and a guess
 * other than English must also be borne out by the question's own words: at
 * more of its stop words than English ones (acronyms such as EU not counted), or a letter English does
 * not write (é, ñ, ā; Latvian's ā, ē, ķ… decide alone). English stays the default: a question that shows no
 * sign of another language is read as English, as before languages.
 */
import { isAcronym, STOP_WORDS, tokenize } from '../terms.ts';
import { foldWord } from './fold.ts';
import type { AnalysedLanguage, Analysis } from './languages.ts';
import { stopWordsOf } from './stop-words.ts';
import { detectAmong } from './tinyld.ts';

const LATIN_LANGUAGES = ['fr', 'es', 'lv'] as const satisfies readonly AnalysedLanguage[];

/** Letters each Latin-script language writes and English does not. */
const OWN_LETTERS: Readonly<Record<(typeof LATIN_LANGUAGES)[number], RegExp>> = {
  fr: /[àâæçéèêëîïôœùûüÿ]/iu,
  es: /[áéíóúñü¿¡]/iu,
  lv: /[āčēģīķļņšūž]/iu,
};

/** The language of a question (see the module comment). */
export function detectQuestionLanguage(question: string): Analysis {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(question)) return 'ja';
  if (/\p{Script=Han}/u.test(question)) return 'zh';
  const letters = [...question.matchAll(/\p{L}/gu)].length;
  const count = (re: RegExp): number => [...question.matchAll(re)].length;
  // Cyrillic or Greek for most letters, or for one of the language's small words among English terms ("Industrial Internet of Things και SCADA").
  const words = tokenize(question).map((t) => t.word);
  const hasStopWord = (language: 'ru' | 'el', script: RegExp): boolean => words.some((w) => script.test(w) && stopWordsOf(language).has(foldWord(w, language)));
  if (count(/\p{Script=Cyrillic}/gu) * 2 > letters || hasStopWord('ru', /^\p{Script=Cyrillic}+$/u)) return 'ru';
  if (count(/\p{Script=Greek}/gu) * 2 > letters || hasStopWord('el', /^\p{Script=Greek}+$/u)) return 'el';
  // Long vowels and palatal consonants with a macron or cedilla are Latvian's own (tinyld guesses short Latvian questions wrong).
  if (/[āēīūķļņģ]/iu.test(question)) return 'lv';
  // Words in capitals are acronyms (EU, IT), not a language's small words.
  const small = words.filter((w) => !isAcronym(w));
  const english = small.filter((w) => STOP_WORDS.has(w.toLowerCase())).length;
  const bornOut = (language: (typeof LATIN_LANGUAGES)[number]): boolean =>
    OWN_LETTERS[language].test(question) || small.filter((w) => stopWordsOf(language).has(foldWord(w, language))).length > english;
  // Only a language the question's own words bear out can be the answer, so tinyld is asked (and loaded) only when there is one.
  if (!LATIN_LANGUAGES.some(bornOut)) return 'en';
  const guess = detectAmong(question, ['en', ...LATIN_LANGUAGES]);
  const language = LATIN_LANGUAGES.find((l) => l === guess);
  return language !== undefined && bornOut(language) ? language : 'en';
}
