/**
 * The words of an answer whose named actor's documents are silent: said
 * the same way in every view, and never presenting another actor's passage
 * as the named actor's answer. Pure.
 */
import type { AskResult } from '../search/answer.ts';
import { topicOf } from './topic.ts';

/** "Norway's", "the Philippines'". */
export function possessive(name: string): string {
  return /s$/u.test(name) ? `${name}’` : `${name}’s`;
}

/** The named actor's display name, when the answer was limited to one actor. */
function actorNameOf(result: AskResult): string | undefined {
  return result.actorName ?? result.actor;
}

/**
 * "Norway’s documents say nothing about “protect children online”." (the
 * topic in the question's words, topic.ts), or "… nothing that answers
 * this." when no topic can be told; "The library holds no documents of
 * Germany." for a country it has nothing of; undefined when the answer is
 * not about one actor.
 */
export function silenceText(result: AskResult): string | undefined {
  if (result.reason === 'actor-absent' && result.absent !== undefined) return `The library holds no documents of ${listOf(result.absent)}.`;
  const name = actorNameOf(result);
  if (!result.abstained || name === undefined || result.reason === 'no-search-terms') return undefined;
  const topic = topicOf(result);
  return topic === undefined ? `${possessive(name)} documents say nothing that answers this.` : `${possessive(name)} documents say nothing about “${topic}”.`;
}

/** "Germany", "Germany or France", "Germany, France or Italy". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The heading of the other actors' passages: whose they are, and whose they are not. */
export function othersHeading(result: AskResult): string {
  if (result.reason === 'actor-absent') return 'Other actors’ documents do speak of it (none of these is about the country asked about):';
  const name = actorNameOf(result) ?? 'the named actor';
  return `Other actors’ documents do speak of it (these are not ${possessive(name)}):`;
}
