/**
 * Finding the actors a question names, by any of their names or aliases:
 * whole words, case-sensitive for acronyms (US is not "us"). With ~40
 * actors and a few aliases each, one Unicode regex per name cost more than
 * the search itself on a small corpus (and its first run compiles it, so a
 * rarely named actor made a slow query); a plain-ASCII name is found with
 * indexOf and its word boundaries checked by hand, and only a name with
 * other characters keeps its regex.
 */
import type { Actor } from '../knowledge/corpus.ts';
import { isAcronym, normaliseText, processText } from '../text/terms.ts';

const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** One way of writing an actor's name, and how it is looked for. */
interface Name {
  /** Plain ASCII: the text to look for (lowercased unless an acronym), else undefined. */
  readonly needle: string | undefined;
  readonly caseSensitive: boolean;
  /** For a name that is not plain ASCII. */
  readonly regex: RegExp;
}

/** Where `needle` first stands in `text` as a whole word, or -1. */
function wholeWordAt(text: string, needle: string): number {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    // Two code units each side: enough to see a letter written as a surrogate pair.
    if (!WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_CHAR_AFTER.test(text.slice(at + needle.length, at + needle.length + 2))) return at;
  }
  return -1;
}

/** The actors of a corpus, ready to be found in questions. */
export class ActorNames {
  private readonly actors: { readonly id: string; readonly names: readonly Name[]; readonly terms: ReadonlySet<string> }[];

  constructor(actors: readonly Actor[]) {
    this.actors = actors.map((a) => {
      const names = [a.name, ...a.aliases].map((raw): Name => {
        const n = normaliseText(raw);
        const caseSensitive = isAcronym(n);
        const ascii = /^[\x20-\x7e]+$/u.test(n);
        return {
          needle: ascii ? (caseSensitive ? n : n.toLowerCase()) : undefined,
          caseSensitive,
          regex: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu'),
        };
      });
      return { id: a.id, names, terms: new Set([a.name, ...a.aliases].flatMap((n) => processText(n))) };
    });
  }

  /** Ids of the actors `question` (normalised text) names, in the order they first appear. */
  find(question: string): string[] {
    const lower = question.toLowerCase();
    // Lowercasing keeps offsets only when it keeps the length (it does not for "İ"): otherwise every name goes by regex.
    const sameOffsets = lower.length === question.length;
    const found: { id: string; at: number }[] = [];
    for (const a of this.actors) {
      let first = Infinity;
      for (const n of a.names) {
        const at =
          n.needle !== undefined && sameOffsets ? wholeWordAt(n.caseSensitive ? question : lower, n.needle) : (n.regex.exec(question)?.index ?? -1);
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
