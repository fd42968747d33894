/**
 * The languages whose text is analysed in its own language (stop words,
 * stemming, word segmentation), and how a document's BCP 47 tag maps to one.
 * English is the default and keeps the original pipeline (src/text/terms.ts)
 * untouched; a language not listed here is analysed as English was before.
 */

/** Languages with an analysis of their own, as ISO 639-1 codes. */
export const ANALYSED_LANGUAGES = ['fr', 'es', 'ru', 'el', 'lv', 'ja', 'zh'] as const;
export type AnalysedLanguage = (typeof ANALYSED_LANGUAGES)[number];

/** A text's analysis: English (the original pipeline) or one of {@link ANALYSED_LANGUAGES}. */
export type Analysis = 'en' | AnalysedLanguage;

/** Every language a question may be forced to (`lang` on /ask, `--lang`): English and the analysed ones. */
export const QUESTION_LANGUAGES: readonly Analysis[] = ['en', ...ANALYSED_LANGUAGES];

/** Each language's name in English, for what the bot says ("the sources are in French"). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
  el: 'Greek',
  lv: 'Latvian',
  ja: 'Japanese',
  zh: 'Chinese',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  ar: 'Arabic',
  uk: 'Ukrainian',
};

/** The English name of a language tag (`fr`, `pt-BR`), or the tag itself when it has none here. */
export function languageName(tag: string): string {
  return LANGUAGE_NAMES[primarySubtag(tag)] ?? tag;
}

/** The primary subtag of a BCP 47 tag, lowercase (`pt-BR` → `pt`, `zh-Hant` → `zh`). */
export function primarySubtag(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/** The analysis for a language tag: its own where it has one, English for English, for none and for the rest. */
export function analysisOf(tag: string | undefined): Analysis {
  if (tag === undefined) return 'en';
  const primary = primarySubtag(tag);
  return (ANALYSED_LANGUAGES as readonly string[]).includes(primary) ? (primary as AnalysedLanguage) : 'en';
}

/**
 * The mark an analysed language's index terms start with (`fr:strateg`):
 * a term is searched only against passages of its language, and a French
 * stem never collides with an English one. English terms carry none, so an
 * English index is exactly what it was. Terms that cross languages (numbers,
 * acronyms, names) carry none either.
 */
export function termPrefix(language: AnalysedLanguage): string {
  return `${language}:`;
}

/** The language of an index term: the analysed language its prefix names, or undefined for English and cross-language terms. */
export function languageOfTerm(term: string): AnalysedLanguage | undefined {
  const at = term.indexOf(':');
  if (at !== 2) return undefined;
  const code = term.slice(0, 2);
  return (ANALYSED_LANGUAGES as readonly string[]).includes(code) ? (code as AnalysedLanguage) : undefined;
}
