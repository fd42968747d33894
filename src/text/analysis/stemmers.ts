/**
 * Stemming per language. French, Spanish, Russian and Greek use the Snowball
 * algorithms of @orama/stemmers: one package for all four (snowball-stemmers,
 * the other JavaScript port, has no Greek and was last published in 2019),
 * kept by the Orama search engine's team in its monorepo, typed, ESM, no
 * dependencies, Node ≥ 20. Latvian has no Snowball algorithm: a light stemmer
 * of ours (latvian.ts). Japanese and Chinese do not inflect the way these
 * do: their words (segment.ts) are matched as written.
 */
import { createRequire } from 'node:module';
import { InstallationError } from '../../errors.ts';
import type { AnalysedLanguage } from './languages.ts';
import { stemLatvian } from './latvian.ts';

type Stem = (word: string) => string;

const require = createRequire(import.meta.url);

/**
 * @orama/stemmers' Snowball stemmer `name`, required when it first stems a
 * word (the package's CommonJS build, so synchronously): a corpus and its
 * questions in English never load the four, 100 kB of code to compile at
 * every start.
 */
function snowball(name: 'french' | 'greek' | 'russian' | 'spanish'): Stem {
  let stem: Stem | undefined;
  return (word) => {
    if (stem === undefined) {
      const loaded: unknown = require(`@orama/stemmers/${name}`);
      const candidate = typeof loaded === 'object' && loaded !== null && 'stemmer' in loaded ? loaded.stemmer : undefined;
      if (typeof candidate !== 'function') throw new InstallationError(`policy-bot: @orama/stemmers/${name} exports no stemmer function`);
      stem = (w) => String(candidate(w));
    }
    return stem(word);
  };
}

const identity = (word: string): string => word;

const STEMMERS: Readonly<Record<AnalysedLanguage, (word: string) => string>> = {
  fr: snowball('french'),
  es: snowball('spanish'),
  ru: snowball('russian'),
  el: snowball('greek'),
  lv: stemLatvian,
  ja: identity,
  zh: identity,
};

/** The stem of a folded word (fold.ts) in `language`. */
export function stemWord(word: string, language: AnalysedLanguage): string {
  return STEMMERS[language](word);
}
