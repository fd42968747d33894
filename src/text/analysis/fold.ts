/**
 * Folding for matching, per language: case, and the diacritics a native
 * analyst may or may not type ("stratégie" and "strategie", "kiberdrošība"
 * and "kiberdrosiba"). Quotes are never folded: passages keep their text and
 * only index terms and question terms go through here.
 */
import type { AnalysedLanguage } from './languages.ts';

const MARKS = /\p{M}+/gu;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * `word` lowercased with its diacritics removed, as `language` reads them.
 * Russian keeps й (a letter of its own, which the Russian stemmer's endings
 * hold: "-ый", "-ий") and folds only ё to е, which Russian print mostly
 * omits anyway; Greek drops its accents and final sigma; every other
 * language drops every combining mark. Japanese and Chinese are only
 * normalised (NFKC: full-width Latin letters and digits to ASCII).
 */
export function foldWord(word: string, language: AnalysedLanguage): string {
  const lower = word.replace(INVISIBLE, '').toLowerCase();
  switch (language) {
    case 'ja':
    case 'zh':
      return lower.normalize('NFKC');
    case 'ru':
      return lower.normalize('NFC').replace(/ё/gu, 'е');
    case 'el':
      return lower.normalize('NFD').replace(MARKS, '').replace(/ς/gu, 'σ');
    default:
      return lower.normalize('NFD').replace(MARKS, '');
  }
}
