/**
 * Stemming per language. French, Spanish, Russian and Greek use the Snowball
 * algorithms of @orama/stemmers: one package for all four (snowball-stemmers,
 * the other JavaScript port, has no Greek and was last published in 2019),
 * kept by the Orama search engine's team in its monorepo, typed, ESM, no
 * dependencies, Node ≥ 20. Latvian has no Snowball algorithm: a light stemmer
 * of ours (latvian.ts). Japanese and Chinese do not inflect the way these
 * do: their words (segment.ts) are matched as written.
 */
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemGreek } from '@orama/stemmers/greek';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import type { AnalysedLanguage } from './languages.ts';
import { stemLatvian } from './latvian.ts';

const identity = (word: string): string => word;

const STEMMERS: Readonly<Record<AnalysedLanguage, (word: string) => string>> = {
  fr: stemFrench,
  es: stemSpanish,
  ru: stemRussian,
  el: stemGreek,
  lv: stemLatvian,
  ja: identity,
  zh: identity,
};

/** The stem of a folded word (fold.ts) in `language`. */
export function stemWord(word: string, language: AnalysedLanguage): string {
  return STEMMERS[language](word);
}
