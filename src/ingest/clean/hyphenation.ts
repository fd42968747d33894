/**
 * Step 4: a block's lines joined into one, and words hyphenated at a line end
 * rejoined. The hyphen goes when the joined word is a word (the document
 * writes it, or the English word list has it: "consulta- tion"); it stays
 * when it is a real hyphen (the document writes the hyphenated form, the
 * word was already a compound as in "secure- by-design", the first half is
 * a prefix English hyphenates ("non-", "well-", "socio-"), both halves are
 * words of their own as in "long- term", or a capital follows).
 */
import type { Vocabulary } from './vocabulary.ts';

/** Prefixes English writes with a hyphen ("non-discriminatory", "well-being", "socio-economic"): without the document's word for it, the hyphen stays. */
const HYPHEN_PREFIXES = new Set(['all', 'anti', 'co', 'cross', 'cyber', 'e', 'ex', 'mid', 'multi', 'non', 'self', 'semi', 'socio', 'well']);
/** Words after which a hyphen is suspended ("pre- and post-war"): the space stays. */
const SUSPENDED = new Set(['and', 'or', 'nor', 'to']);
const LINE_END_HYPHEN = /(?<=\p{L})-$/u;
const LEFT_WORD = /([\p{L}\p{N}'-]*\p{L})-$/u;
const RIGHT_WORD = /^(\p{L}[\p{L}'-]*)/u;

/** The part of a compound after its last hyphen ("day-to" → "to"); the whole word when it has none. */
const afterLastHyphen = (word: string): string => word.slice(word.lastIndexOf('-') + 1);
/** The part of a compound before its first hyphen ("by-design" → "by"); the whole word when it has none. */
function beforeFirstHyphen(word: string): string {
  const dash = word.indexOf('-');
  return dash === -1 ? word : word.slice(0, dash);
}

/** How a line-end hyphen between `left` (the word before it, which may hold hyphens) and `right` (the next line's first word) is resolved. */
export function resolveHyphen(left: string, right: string, vocab: Vocabulary): 'join' | 'keep' | 'suspended' {
  if (SUSPENDED.has(right.toLowerCase())) return 'suspended';
  if (!/^\p{Ll}/u.test(right)) return 'keep';
  const head = afterLastHyphen(left).toLowerCase();
  const tail = beforeFirstHyphen(right).toLowerCase();
  // The document's evidence is on the whole compound: "day-to-" + "day" is "day-to-day" or "day-today", never "today".
  const whole = left.toLowerCase();
  const joined = vocab.count(whole + tail);
  const hyphenated = vocab.count(`${whole}-${tail}`);
  if (joined !== hyphenated) return joined > hyphenated ? 'join' : 'keep';
  if (left.includes('-') || HYPHEN_PREFIXES.has(head)) return 'keep';
  if (vocab.inDictionary(head + tail)) return 'join';
  if (vocab.inDictionary(head) && vocab.isWord(tail)) return 'keep';
  return 'join';
}

/** The block's lines on one line; `joined` counts line-end hyphens removed. Inner white space is left as it is (letter spacing reads it). */
export function joinLines(lines: readonly string[], vocab: Vocabulary): { readonly text: string; readonly joined: number } {
  let text = '';
  let joined = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (text === '') {
      text = line;
      continue;
    }
    const left = LINE_END_HYPHEN.test(text) ? LEFT_WORD.exec(text)?.[1] : undefined;
    const right = RIGHT_WORD.exec(line)?.[1];
    if (left === undefined || right === undefined) {
      text = `${text} ${line}`;
      continue;
    }
    // In a URL or an address the hyphen is the address's ("…/wp-content"): kept, no space.
    const inAddress = /[/@]|\.\p{L}/u.test(text.slice(text.lastIndexOf(' ') + 1));
    const how = inAddress ? 'keep' : resolveHyphen(left, right, vocab);
    if (how === 'join') {
      text = text.slice(0, -1) + line;
      joined += 1;
    } else text = how === 'keep' ? text + line : `${text} ${line}`;
  }
  return { text, joined };
}
