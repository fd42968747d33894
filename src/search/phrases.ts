/**
 * Names a question asks about by their proper name ("the Digital Services
 * Act", "the Budapest Convention", "the Office of Management and Budget"):
 * a passage answers such a question only if it holds the name as written,
 * not its words scattered ("digital", "services", "act" in three places).
 * What a user types in capitals is a name; in lower case, words (the name
 * rule leaves those questions alone).
 */
import { processWord, tokenize } from '../text/terms.ts';

/** Small words a name may hold between its capitalised words ("Convention on Cybercrime"); not "and", which as often joins two names. */
const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'in', 'to']);

/** Words that open a question in capitals without being a name. */
const OPENERS = new Set([
  'what',
  'how',
  'which',
  'who',
  'whom',
  'whose',
  'why',
  'when',
  'where',
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'can',
  'will',
  'should',
  'would',
  'could',
  'tell',
  'list',
  'show',
  'compare',
  'describe',
  'explain',
  'give',
  'find',
  'the',
  'a',
  'an',
  'in',
  'on',
  'according',
]);

/** Letters and digits only, lowercased: how a name is compared with a passage, so that line breaks, hyphenation and case do not matter. */
export function phraseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name's head as a key (see {@link phraseKey}), and its words as index terms. */
export interface NamedPhrase {
  readonly key: string;
  readonly terms: readonly string[];
}

/**
 * The names in `question`: runs of two or more capitalised words (connectors
 * allowed between them), leaving out a question's opening word and words
 * that are an actor's name (`actorTerms`, processed as the index's terms);
 * of each, its head (the last two capitalised words and what joins them).
 */
export function namedPhrases(question: string, actorTerms: ReadonlySet<string>): NamedPhrase[] {
  const phrases: NamedPhrase[] = [];
  let run: string[] = [];
  let capitals = 0;
  let heads: number[] = [];
  const close = (): void => {
    // The name's head, its last two capitalised words ("Services Act", "Convention on Cybercrime"): documents write its first words variously.
    const from = heads[heads.length - 2];
    const to = heads[heads.length - 1];
    if (capitals >= 2 && from !== undefined && to !== undefined) {
      const head = run.slice(from, to + 1);
      phrases.push({ key: phraseKey(head.join(' ')), terms: head.flatMap((w) => processWord(w) ?? []) });
    }
    run = [];
    heads = [];
    capitals = 0;
  };
  let end = 0;
  tokenize(question).forEach((t, i) => {
    const word = t.word;
    // Punctuation between two words ends a name: "the Digital Operational Resilience Act (DORA)" names the Act, then its acronym.
    if (/[^\s'’-]/u.test(question.slice(end, t.start))) close();
    end = t.end;
    const lower = word.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(word) && !(i === 0 && OPENERS.has(lower));
    const actor = actorTerms.has(processWord(word) ?? lower);
    if (capitalised && !actor) {
      heads.push(run.length);
      run.push(word);
      capitals++;
    } else if (run.length > 0 && CONNECTORS.has(lower)) {
      run.push(word);
    } else {
      close();
    }
  });
  close();
  return phrases;
}
