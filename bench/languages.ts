/**
 * The mixed-language option of the benchmark (`--mixed`): 30% of the
 * synthetic documents, and 30% of the queries, in French, Spanish, Russian,
 * Greek or Latvian, so that ask is measured with per-language analysis,
 * question detection and cross-language expansion at work. The words are the
 * English vocabulary's, turned into each language's shape (endings its
 * stemmer strips, Cyrillic and Greek letters) with that language's real stop
 * words between them: what costs time (stemming, language-marked terms,
 * detection by script and stop words) is what real text costs, without
 * shipping a corpus in each language.
 */
import { ell, fra, lav, rus, spa } from 'stopword';

/** The languages of the mixed corpus, a document's by its number. */
export const MIXED_LANGUAGES = ['fr', 'es', 'ru', 'el', 'lv'] as const;
export type MixedLanguage = (typeof MIXED_LANGUAGES)[number];

/** The share of documents and queries in another language than English. */
export const MIXED_SHARE = 0.3;

const ENDINGS: Readonly<Record<MixedLanguage, readonly string[]>> = {
  fr: ['ité', 'ement', 'ique', 'ation', 'eurs', 'ées'],
  es: ['ción', 'idad', 'ismo', 'ables', 'ados', 'ía'],
  ru: ['ости', 'ения', 'ами', 'ого', 'ский', 'ой'],
  el: ['ικής', 'ότητα', 'ισμός', 'ικών', 'ειας', 'ες'],
  lv: ['ības', 'ošā', 'ijas', 'iem', 'ajām', 'us'],
};
const STOP_WORDS: Readonly<Record<MixedLanguage, readonly string[]>> = { fr: fra, es: spa, ru: rus, el: ell, lv: lav };

const CYRILLIC: Readonly<Record<string, string>> = { a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'ы', z: 'з' };
const GREEK: Readonly<Record<string, string>> = { a: 'α', b: 'β', c: 'κ', d: 'δ', e: 'ε', f: 'φ', g: 'γ', h: 'η', i: 'ι', j: 'ζ', k: 'κ', l: 'λ', m: 'μ', n: 'ν', o: 'ο', p: 'π', q: 'κ', r: 'ρ', s: 'σ', t: 'τ', u: 'υ', v: 'β', w: 'ω', x: 'ξ', y: 'υ', z: 'ζ' };

/** The language of document `d` of a mixed corpus, or undefined for English (seven documents in ten). */
export function mixedLanguageOf(d: number): MixedLanguage | undefined {
  return d % 10 < MIXED_SHARE * 10 ? MIXED_LANGUAGES[Math.floor(d / 10) % MIXED_LANGUAGES.length] : undefined;
}

/** A small, stable hash of a word: which ending it takes. */
function hash(word: string): number {
  let h = 7;
  for (let i = 0; i < word.length; i++) h = (h * 31 + word.charCodeAt(i)) >>> 0;
  return h;
}

/** `word` (an English vocabulary word, or an acronym, year or name, kept) in `language`'s shape. */
export function foreignWord(word: string, language: MixedLanguage): string {
  if (!/^[a-z]+$/u.test(word)) return word;
  const ending = ENDINGS[language][hash(word) % ENDINGS[language].length] ?? '';
  const stem = word.length > 5 ? word.slice(0, -2) : word;
  const letters = language === 'ru' ? CYRILLIC : language === 'el' ? GREEK : undefined;
  const shaped = letters === undefined ? stem : [...stem].map((c) => letters[c] ?? c).join('');
  return shaped + ending;
}

/** `text` (words separated by spaces, sentences ending in a full stop) in `language`: every word reshaped, and one of its stop words after every third. */
export function foreignText(text: string, language: MixedLanguage): string {
  const stops = STOP_WORDS[language];
  return text
    .split(' ')
    .map((w, i) => {
      const m = /^([A-Za-z]+)(\.?)$/u.exec(w);
      const word = m === null ? w : `${/^[A-Z][a-z]/u.test(m[1] ?? '') && i > 0 ? (m[1] ?? '') : foreignWord((m[1] ?? '').toLowerCase(), language)}${m[2] ?? ''}`;
      return i % 3 === 2 ? `${stops[hash(w) % stops.length] ?? ''} ${word}` : word;
    })
    .join(' ');
}
