/**
 * Themes and stances of a sentence. A theme is a topic of topics.yaml whose
 * terms (or their glossary twins) occur in the sentence after the same term
 * processing as search (case, spelling, stems), so "defense" counts for
 * "cyber defence". A stance is a sentence where an actor says what it
 * prioritises, aims at or how it goes about things.
 */
import { containsRun } from '../text/runs.ts';
import { processWord, tokenize } from '../text/terms.ts';
import type { TopicMatcher } from './lexicon.ts';

/**
 * Term processing with a memory: a corpus repeats its words, and processing
 * one (normalising, spelling, stemming) costs far more than a lookup. One
 * per extraction run, so it never outlives the corpus it learnt.
 */
export class TermCache {
  private readonly memo = new Map<string, string | undefined>();

  /** The index terms of `text`, as processText would give them. */
  terms(text: string): string[] {
    const out: string[] = [];
    for (const { word } of tokenize(text)) {
      let term = this.memo.get(word);
      if (term === undefined && !this.memo.has(word)) {
        term = processWord(word);
        this.memo.set(word, term);
      }
      if (term !== undefined) out.push(term);
    }
    return out;
  }
}

/** The ids of the topics whose phrases occur in `terms` (a text's processed terms), in topic-list order. */
export function topicsOf(terms: readonly string[], topics: readonly TopicMatcher[]): string[] {
  return topics.filter((t) => t.phrases.some((p) => containsRun(terms, p))).map((t) => t.id);
}

/**
 * Words of stance: a sentence with one says what an actor wants or how it
 * works ("places great importance on", "a balanced approach", "a top
 * priority", "the central objectives"). Plain English, processed like index terms.
 */
const STANCE_WORDS = [
  'approach',
  'priority',
  'prioritise',
  'importance',
  'objective',
  'aim',
  'advocate',
  'argue',
  'recognise',
  'believe',
  'concept',
  'wish',
  'stance',
  'emphasis',
  'emphasise',
  'commitment',
  'vision',
  'goal',
  'ambition',
];
const STANCE_TERMS: ReadonlySet<string> = new Set(STANCE_WORDS.map((w) => processWord(w)).filter((t) => t !== undefined));

/** True when a sentence (its processed terms) states a stance. */
export function isStance(terms: readonly string[]): boolean {
  return terms.some((t) => STANCE_TERMS.has(t));
}
