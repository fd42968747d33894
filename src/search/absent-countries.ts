/**
 * Countries a question names that the library holds no documents of
 * ("How does Germany protect its critical infrastructure?" over a library
 * without Germany). Without this, such a question was answered from
 * whichever country's passages matched best, shown as if they answered it:
 * the wrong-country answer issue 14 forbids. The answer says instead that
 * the library has nothing of that country, and lists other actors'
 * passages apart, as theirs (answer.ts); unless a passage that answers
 * names the country in a sentence on what is asked ("the Montenegrin
 * military" in a US passage): then the country is a topic the library does
 * speak of.
 *
 * The countries are the `world-countries` package's (country-names.ts), less
 * those that an actor of the corpus is (by any of its names). A name is
 * found only as written, capitalised: a country's name in lower case is
 * often an ordinary word ("turkey", "chad", "guinea", "polish"), and a
 * missed country only leaves the answer as it was, where a false one would
 * withhold the answer.
 */
import type { Actor } from '../knowledge/corpus.ts';
import { worldCountryNames } from '../knowledge/country-names.ts';
import { normaliseText, processText, tokenize } from '../text/terms.ts';
import { type SentenceBearer, sentenceCount, sentenceText } from '../passages/sentences.ts';
import { wholeWordRegExp } from '../text/regexp.ts';
import { ActorNames } from './actor-names.ts';

/** Whether `name` stands in `text` as written, as a whole word (letters and digits may not touch it). */
function wholeWordIn(text: string, name: string): boolean {
  return wholeWordRegExp(normaliseText(name)).test(text);
}

/**
 * Names the package gives a country that are also ordinary words or other
 * places when capitalised at the start of a question or as a name: "Island"
 * (Iceland's own name), "Jersey", "Chad", "Reunion", "Georgia" (also a US
 * state), "Jordan" (also a given name), "Dominique", "Holland" (also a
 * surname), "Guinea" ("Guinea pig"), "Polish" (the verb at a question's
 * start). Written by hand: no word list tells a name from a word here (the
 * frequency list ranks every country name as a common word). Such a country
 * is still found by its other names ("Iceland", "the Channel Islands").
 */
const AMBIGUOUS = new Set(['Island', 'Jersey', 'Chad', 'Reunion', 'Réunion', 'Georgia', 'Georgian', 'Jordan', 'Dominique', 'Holland', 'Guinea', 'Polish']);

/** A country a question names that no actor of the corpus is: its name, and the index terms of the names the question writes it by (not evidence of an answer). */
export interface AbsentCountry {
  readonly name: string;
  readonly terms: readonly string[];
  /** Every name it is found by ("Germany", "German", "Federal Republic of Germany"). */
  readonly names: readonly string[];
}

/**
 * Whether a sentence of `passage` names `country` (by any of its names, as
 * written) together with one of the question's own terms (`asked`): a
 * passage about the country as a topic, whoever's it is ("the US Cyber
 * Command and the Montenegrin military" for "Montenegrin military"). A
 * country only listed ("practices of nations such as Singapore, UK,
 * Finland") in a passage that answers nothing of the question is not.
 */
export function speaksOf(passage: SentenceBearer, country: AbsentCountry, asked: ReadonlySet<string>): boolean {
  // Most passages hold none of the names at all: one substring search each before any sentence is read.
  const held = country.names.filter((n) => passage.text.includes(n));
  if (held.length === 0) return false;
  for (let i = 0; i < sentenceCount(passage); i++) {
    const sentence = sentenceText(passage, i);
    if (held.some((n) => sentence.includes(n) && wholeWordIn(sentence, n)) && processText(sentence).some((t) => asked.has(t))) return true;
  }
  return false;
}

/**
 * The word of a name a question must hold for the name to be in it: its
 * longest, which says most ("Netherlands" of "the Netherlands", "Lanka" of
 * "Sri Lanka"). Words are cut at spaces and hyphens, as the tokenizer cuts
 * them, by hand: the tokenizer over every name cost the first question
 * ~40 ms.
 */
function telltaleWordOf(name: string): string {
  let longest = '';
  for (const part of name.split(' ')) {
    for (const word of part.split('-')) {
      const bare = word.replace(EDGE_PUNCTUATION, '');
      if (bare.length > longest.length) longest = bare;
    }
  }
  return longest;
}

/** Where a possessive or elision starts in a word. */
const APOSTROPHE = /['’]/u;

/** Punctuation at a word's edges, which the tokenizer leaves out of the word ("(Keeling)", "Korea,"). */
const EDGE_PUNCTUATION = /^[(),]+|[(),]+$/gu;

/** Finds the countries a question names that `actors` do not include; the world's names are read on first use. */
export class AbsentCountries {
  /** Each absent country's searched names, by its id (its common name); made on first use. */
  private countries: Map<string, readonly string[]> | undefined;
  /** A word each of their names holds (telltaleWordOf): a question with none of them names none (most questions: no matcher is made). */
  private telltaleWords: Set<string> | undefined;
  private names: ActorNames | undefined;

  /** `actors`: the corpus's, with every name a question may call them by (plan.ts adds the package's names of each state). */
  constructor(private readonly actors: readonly Actor[]) {}

  /** The countries `question` (normalised text) names that are not among the actors, in the order they appear. */
  find(question: string): AbsentCountry[] {
    const countries = this.absent();
    this.telltaleWords ??= new Set([...countries.values()].flatMap((names) => names.map(telltaleWordOf)));
    const telltaleWords = this.telltaleWords;
    // A word as the tokenizer keeps it ("Egypt's") and before its apostrophe ("Egypt"), as the matcher reads it (actor-names.ts).
    if (!tokenize(question).some((t) => telltaleWords.has(t.word) || telltaleWords.has(t.word.split(APOSTROPHE, 1)[0] ?? ''))) return [];
    this.names ??= new ActorNames(
      [...countries].map(([id, [name = id, ...aliases]]) => ({ id, name, kind: 'state' as const, aliases })),
      { caseSensitive: true },
    );
    return this.names.find(question).map((id) => {
      // The terms of the names the question writes ("German"), not of all ("Federal Republic of Germany"): the rest is what it asks.
      const names = countries.get(id) ?? [];
      const written = names.filter((n) => wholeWordIn(question, n));
      return { name: id, terms: [...new Set(written.flatMap((n) => processText(n)))], names };
    });
  }

  /** The countries none of the actors is, each with the names it is searched by, by its common name. */
  private absent(): Map<string, readonly string[]> {
    if (this.countries === undefined) {
      const known = new Set(this.actors.flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLowerCase()));
      this.countries = new Map();
      for (const group of worldCountryNames()) {
        if (group.some((n) => known.has(n.toLowerCase()))) continue;
        // The country is called by its first name (the package's common name), searched for by the others too.
        const [id] = group;
        const names = group.filter((n) => !AMBIGUOUS.has(n));
        if (id !== undefined && names.length > 0) this.countries.set(id, names);
      }
    }
    return this.countries;
  }
}
