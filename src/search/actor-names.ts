/**
 * Finding the actors a question names, by any of their names or aliases:
 * whole words, case-sensitive for acronyms (US is not "us"). With ~40
 * actors and a few aliases each, one Unicode regex per name cost more than
 * the search itself on a small corpus (and its first run compiles it, so a
 * rarely named actor made a slow query), and even one indexOf per name was
 * a quarter of planning: a plain-ASCII name is looked up by its first word
 * among the question's words, and only a name with other characters keeps
 * its regex.
 */
import type { Actor } from '../knowledge/corpus.ts';
import { isAcronym, normaliseText, processText, tokenize } from '../text/terms.ts';
import { wholeWordRegExp } from '../text/regexp.ts';

const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}]/u;

/** `make`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** One way of writing an actor's name, and how it is looked for. */
interface Name {
  /** Plain ASCII: the text to look for (lowercased unless an acronym), else undefined. */
  readonly needle: string | undefined;
  readonly caseSensitive: boolean;
  /** For a name that is not plain ASCII: made on first use (a Unicode regex costs ~0.3 ms to make, and most names are looked up by their first word). */
  readonly regex: () => RegExp;
}

/** True when `needle` stands in `text` at `at` as a whole word. */
function wholeWordAt(text: string, needle: string, at: number): boolean {
  // Two code units each side: enough to see a letter written as a surrogate pair.
  return (
    text.startsWith(needle, at) &&
    !WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
    !WORD_CHAR_AFTER.test(text.slice(at + needle.length, at + needle.length + 2))
  );
}

const ALNUM = /^[\p{L}\p{N}]$/u;
const INNER_PUNCTUATION = /['’.]/u;

/**
 * The lowercased `word`'s prefixes that a name's first word can be: the
 * word, and where it has inner punctuation (EU's, U.S.), each part before
 * and up to a punctuation mark ("eu" of "eu's", "u" and "u." of "u.s.").
 */
function wordKeys(word: string): string[] {
  if (!INNER_PUNCTUATION.test(word)) return [word];
  const keys = [word];
  for (let i = 1; i < word.length; i++) {
    if (!ALNUM.test(word.charAt(i))) keys.push(word.slice(0, i));
    else if (!ALNUM.test(word.charAt(i - 1))) keys.push(word.slice(0, i));
  }
  return keys;
}

/**
 * Every place in `question` where a name may start as a whole word, with the
 * lowercased words that start there: each word's start, and each letter
 * after inner punctuation ("l'Union", "x.U.S."), where the word is read
 * again from there. A name's first word is at most `reach` characters long,
 * so no more of a word is read; and a word repeated is read once.
 */
function nameStarts(question: string, lower: string, reach: number): { at: number; keys: string[] }[] {
  const starts: { at: number; keys: string[] }[] = [];
  const known = new Map<string, { offset: number; keys: string[] }[]>();
  for (const t of tokenize(question)) {
    const word = lower.slice(t.start, t.end);
    let places = known.get(word);
    if (places === undefined) {
      places = [{ offset: 0, keys: wordKeys(word.slice(0, reach + 1)) }];
      if (INNER_PUNCTUATION.test(word)) {
        for (let i = 1; i < word.length; i++) {
          if (!ALNUM.test(word.charAt(i)) || ALNUM.test(word.charAt(i - 1))) continue;
          // Read from here as the tokenizer would: the word may run on past this one ("European'U.S.").
          const from = t.start + i;
          const again = tokenize(lower.slice(from, from + reach + 1))[0];
          if (again !== undefined && again.start === 0) places.push({ offset: i, keys: wordKeys(again.word) });
        }
      }
      // A re-reading that reaches the word's end may depend on what follows it: such a word is not remembered.
      if (places.every((p) => p.offset === 0 || p.offset + (p.keys[0]?.length ?? 0) < word.length)) known.set(word, places);
    }
    for (const p of places) starts.push({ at: t.start + p.offset, keys: p.keys });
  }
  return starts;
}

/** The actors of a corpus, ready to be found in questions. */
export class ActorNames {
  private readonly actors: { readonly id: string; readonly names: readonly Name[]; readonly terms: ReadonlySet<string> }[];
  /** The plain-ASCII names by their first word, lowercased: with the actor they name (its index in `actors`). */
  private readonly byFirstWord = new Map<string, { actor: number; name: Name }[]>();
  /** The names that are not plain ASCII, looked for by regex. */
  private readonly others: { actor: number; name: Name }[] = [];
  /** The length of the longest name. */
  private longest = 0;

  /** `options.caseSensitive`: every name as written, not only acronyms (proper names that are ordinary words lowercased, absent-countries.ts). */
  constructor(actors: readonly Actor[], options: { readonly caseSensitive?: boolean } = {}) {
    this.actors = actors.map((a) => {
      const names = [a.name, ...a.aliases].map((raw): Name => {
        const n = normaliseText(raw);
        const caseSensitive = options.caseSensitive === true || isAcronym(n);
        const ascii = /^[\x20-\x7e]+$/u.test(n);
        return {
          needle: ascii ? (caseSensitive ? n : n.toLowerCase()) : undefined,
          caseSensitive,
          regex: once(() => wholeWordRegExp(n, caseSensitive ? 'u' : 'iu')),
        };
      });
      return { id: a.id, names, terms: new Set([a.name, ...a.aliases].flatMap((n) => processText(n))) };
    });
    this.actors.forEach((a, actor) => {
      for (const name of a.names) {
        const first = name.needle === undefined ? undefined : tokenize(name.needle)[0];
        // A name whose first word does not start it (it starts with punctuation) is left to its regex too.
        if (first === undefined || first.start !== 0) {
          this.others.push({ actor, name });
          continue;
        }
        const key = first.word.toLowerCase();
        this.longest = Math.max(this.longest, (name.needle ?? '').length);
        this.byFirstWord.set(key, [...(this.byFirstWord.get(key) ?? []), { actor, name }]);
      }
    });
  }

  /** Ids of the actors `question` (normalised text) names, in the order they first appear. */
  find(question: string): string[] {
    const lower = question.toLowerCase();
    // Lowercasing keeps offsets only when it keeps the length (it does not for "İ"): otherwise every name goes by regex.
    if (lower.length !== question.length) return this.findByRegex(question);
    const first = new Map<number, number>();
    const seen = (actor: number, at: number): void => {
      if (at < (first.get(actor) ?? Infinity)) first.set(actor, at);
    };
    for (const { at, keys } of nameStarts(question, lower, this.longest)) {
      for (const key of keys) {
        for (const { actor, name } of this.byFirstWord.get(key) ?? []) {
          if (first.has(actor) || name.needle === undefined) continue;
          if (wholeWordAt(name.caseSensitive ? question : lower, name.needle, at)) seen(actor, at);
        }
      }
    }
    for (const { actor, name } of this.others) {
      const at = name.regex().exec(question)?.index ?? -1;
      if (at >= 0) seen(actor, at);
    }
    return [...first].sort((x, y) => x[1] - y[1]).map(([actor]) => this.actors[actor]?.id ?? '');
  }

  /** {@link find} for a question whose lowercase has other offsets: every name by a search of the whole text. */
  private findByRegex(question: string): string[] {
    const found: { id: string; at: number }[] = [];
    for (const a of this.actors) {
      let first = Infinity;
      for (const n of a.names) {
        const at = n.regex().exec(question)?.index ?? -1;
        if (at >= 0 && at < first) first = at;
      }
      if (first !== Infinity) found.push({ id: a.id, at: first });
    }
    return found.sort((x, y) => x.at - y.at).map((f) => f.id);
  }

  /** The index terms of the names of the actors `ids`. */
  termsOf(ids: readonly string[]): Set<string> {
    const terms = new Set<string>();
    for (const a of this.actors) if (ids.includes(a.id)) for (const t of a.terms) terms.add(t);
    return terms;
  }
}
