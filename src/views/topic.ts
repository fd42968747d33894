/**
 * The topic of a question, as the question words it, for the sentence that
 * says an actor's documents are silent on it ("Norway’s documents say
 * nothing about “cybersecurity education”"): the run of the question from
 * its first to its last word that carries meaning, after the actor's name
 * (or before it, when nothing follows), question words and auxiliaries
 * left out. The user's own words, verbatim: never a paraphrase the sources
 * could be said to contain. Pure.
 */
import type { AskResult } from '../search/answer.ts';
import { processWord, tokenize, type Token } from '../text/terms.ts';

/** A topic longer than this reads as the question again: the sentence then says "that answers this". */
export const MAX_TOPIC_CHARS = 80;

/** The question's words that carry meaning: a term the index would search (not a stop word), and not the actor's name. */
function meaningful(tokens: readonly Token[], actorTerms: ReadonlySet<string>): boolean[] {
  return tokens.map((t) => {
    const term = processWord(t.word);
    return term !== undefined && !actorTerms.has(term);
  });
}

/**
 * Words that open a question's span without being its topic: the document
 * asked about and what it is asked to do ("strategy say anything about",
 * "want to", "plans on", "deal with"), dropped from the front with the
 * small word after them.
 */
const LEADING = new Set([
  'strategy',
  'strategies',
  'policy',
  'policies',
  'document',
  'documents',
  'programme',
  'program',
  'position',
  'approach',
  'stance',
  'view',
  'views',
  'say',
  'says',
  'said',
  'anything',
  'mention',
  'mentions',
  'want',
  'wants',
  'plan',
  'plans',
  'planning',
  'preparing',
  'deal',
  'deals',
  'do',
  'doing',
  'about',
  'on',
  'to',
  'for',
  'with',
  'regarding',
  'towards',
]);

/** The meaningful tokens of `tokens[from, to)`, as a span of `question` (first to last, with what stands between), and how many there are. */
function span(question: string, tokens: readonly Token[], keep: readonly boolean[], from: number, to: number): { text: string; words: number } | undefined {
  let first = -1;
  let last = -1;
  let words = 0;
  for (let i = from; i < to; i++) {
    if (!keep[i]) continue;
    if (first < 0) first = i;
    last = i;
    words++;
  }
  while (first >= 0 && first < last && LEADING.has(tokens[first]?.word.toLowerCase() ?? '')) first++;
  while (first < last && !keep[first]) first++;
  const a = tokens[first];
  const b = tokens[last];
  if (a === undefined || b === undefined) return undefined;
  // What is glued to the last word stays with it ("Gaia-X"), and a bracket it opened is closed ("(DORA)").
  let end = b.end + (/^(?:[-'’][\p{L}\p{N}]+)*/u.exec(question.slice(b.end))?.[0].length ?? 0);
  const text = question.slice(a.start, end);
  if ((text.match(/\(/gu) ?? []).length > (text.match(/\)/gu) ?? []).length && question[end] === ')') end++;
  return { text: question.slice(a.start, end), words };
}

/** The topic of `result`'s question, or undefined when none can be told or it is too long. */
export function topicOf(result: AskResult): string | undefined {
  const question = result.plan.question;
  const tokens = tokenize(question);
  const names = [result.actorName, result.actor].flatMap((n) => (n === undefined ? [] : tokenize(n).flatMap((t) => processWord(t.word) ?? [])));
  const actorTerms = new Set([...result.plan.terms.filter((t) => t.source === 'actor').map((t) => t.term), ...names]);
  const keep = meaningful(tokens, actorTerms);
  // Where the actor is named, the side of the name that says more is the topic: what follows it ("What is Norway
  // doing to protect children online?"), or what comes before ("Who will register CERTs in the CIIs of Bangladesh?").
  const actorAt = tokens.findIndex((t) => actorTerms.has(processWord(t.word) ?? ''));
  const after = actorAt < 0 ? undefined : span(question, tokens, keep, actorAt + 1, tokens.length);
  const before = span(question, tokens, keep, 0, actorAt < 0 ? tokens.length : actorAt);
  const topic = after === undefined || (before !== undefined && before.words > after.words) ? before : after;
  return topic === undefined || topic.text.length > MAX_TOPIC_CHARS ? undefined : topic.text;
}
