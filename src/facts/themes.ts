/**
 * Themes and stances of a sentence. A theme is a topic of topics.yaml whose
 * terms (or their glossary twins) occur in the sentence after the same term
 * processing as search (case, spelling, stems), so "defense" counts for
 * "cyber defence". A stance is a sentence where an actor says what it
 * prioritises, aims at or how it goes about things.
 */
import { containsRun } from '../search/plan.ts';
import { processText, processWord } from '../text/terms.ts';
import type { TopicMatcher } from './lexicon.ts';

/** The ids of the topics a text touches, in topic-list order. */
export function topicsOf(text: string, topics: readonly TopicMatcher[]): string[] {
  const terms = processText(text);
  return topics.filter((t) => t.phrases.some((p) => containsRun(terms, p))).map((t) => t.id);
}

/**
 * Words of stance: a sentence with one says what an actor wants or how it
 * works ("places great importance on", "a balanced approach", "a top
 * priority", "the central objectives"). Plain English, processed like index terms.
 */
const STANCE_WORDS = [
  'approach', 'priority', 'prioritise', 'importance', 'objective', 'aim', 'advocate', 'argue', 'recognise', 'believe',
  'concept', 'wish', 'stance', 'emphasis', 'emphasise', 'commitment', 'vision', 'goal', 'ambition',
];
const STANCE_TERMS: ReadonlySet<string> = new Set(STANCE_WORDS.map((w) => processWord(w)).filter((t) => t !== undefined));

/** True when a sentence states a stance. */
export function isStance(text: string): boolean {
  return processText(text).some((t) => STANCE_TERMS.has(t));
}
