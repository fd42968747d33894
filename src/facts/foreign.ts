/**
 * Whose a sentence is: one country's document often describes another's
 * strategy ("In France, the … Strategy was established in 2011", a section
 * headed "[Korea]"). What such a sentence names is the other country's, not
 * the author's. Country names are those search knows too (world-countries,
 * through src/knowledge/country-names.ts: names, other spellings and demonyms,
 * so that "the Malaysian … Agenda" is Malaysia's) and the corpus's own actors.
 */
import { worldCountryNames } from '../knowledge/country-names.ts';
import { nameKey } from './lexicon.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** Who a sentence is about, when it is not its document's actor. */
export interface OtherCountry {
  /** As written. */
  readonly name: string;
  /** The corpus actor it is, when it is one. */
  readonly actor?: string;
}

/** Short English names the package's list leaves out (names of three letters or fewer, and "Korea" alone), each with a name of its country. */
const SHORT_NAMES: readonly (readonly [string, string])[] = [
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['USA', 'United States'],
  ['Britain', 'United Kingdom'],
  ['Korea', 'South Korea'],
  ['Holland', 'Netherlands'],
];

/**
 * Each country's names, with the adjective that drops a plural's "s" ("Philippine" of "Philippines").
 * Computed once.
 */
function countryGroups(): readonly (readonly string[])[] {
  const groups = worldCountryNames().map((names) => [...names, ...names.filter((n) => /^\p{Lu}\p{Ll}{4,}s$/u.test(n)).map((n) => n.slice(0, -1))]);
  for (const [short, full] of SHORT_NAMES) groups.find((g) => g.includes(full))?.push(short);
  return groups;
}

let groupsOnce: readonly (readonly string[])[] | undefined;
/** The names of {@link groupsOnce} as {@link nameKey}s, group by group. */
let groupKeysOnce: readonly (readonly string[])[] | undefined;

/** A body of states whose name holds a demonym ("Organization of American States", "League of Arab States"). */
const BODY_OF_STATES = /\b(?:Organi[sz]ation|Union|Community|League|Association|Council) of (?:the )?(?:\p{Lu}[\p{L}-]*\s+)+(?:States|Nations)\b/gu;

/** Finds the other country a sentence or its section is about. Built once per corpus. */
export class CountryFinder {
  private readonly byKey: ReadonlyMap<string, string | undefined>;
  private readonly opening: RegExp;
  private readonly everywhere: RegExp;

  /** `actors`: each actor's id and names (name, aliases); a state's names count as a country's. */
  constructor(actors: readonly { readonly id: string; readonly names: readonly string[] }[]) {
    groupsOnce ??= countryGroups();
    groupKeysOnce ??= groupsOnce.map((group) => group.map(nameKey));
    // Each name's key with the first actor (in their order) that has it: keys compared through a map, not pair by pair
    // (that was ~45 ms of every corpus's lexicon, a reload's among them).
    const firstActorOf = new Map<string, number>();
    actors.forEach((a, i) => {
      for (const n of a.names) if (!firstActorOf.has(nameKey(n))) firstActorOf.set(nameKey(n), i);
    });
    const byKey = new Map<string, string | undefined>();
    for (const keys of groupKeysOnce) {
      // Every name of a country that is an actor (by any of its names) is that actor, the first such: "Malaysian" is Malaysia.
      const first = Math.min(...keys.map((k) => firstActorOf.get(k) ?? Number.POSITIVE_INFINITY));
      const actor = Number.isFinite(first) ? actors[first] : undefined;
      // A demonym several territories share ("Norwegian" of Svalbard too) stays the actor's.
      for (const key of keys) if (byKey.get(key) === undefined) byKey.set(key, actor?.id);
    }
    for (const a of actors) for (const n of a.names) byKey.set(nameKey(n), a.id);
    this.byKey = byKey;
    const names = [...new Set([...groupsOnce.flat(), ...actors.flatMap((a) => a.names)])].filter((n) => n.length >= 2).sort((x, y) => y.length - x.length);
    const alternatives = names.map(escapeRegExp).join('|');
    // Not "US$" nor "US $": a currency is no country.
    this.opening = new RegExp(`^(?:(?:In|For|Like|Unlike|Under) )?(?:the )?(${alternatives})(?:['’]s)?(?![\\p{L}\\p{N}$]|\\s\\$)`, 'u');
    this.everywhere = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}$]|\\s\\$)`, 'gu');
  }

  /** `text` with every country name and demonym taken out ("South African" is a country's, "African" alone is not). */
  withoutCountryNames(text: string): string {
    return text.replace(this.everywhere, ' ');
  }

  private other(name: string, author: string): OtherCountry | undefined {
    const key = nameKey(name);
    if (!this.byKey.has(key)) return undefined;
    const actor = this.byKey.get(key);
    if (actor === author) return undefined;
    return { name, ...(actor === undefined ? {} : { actor }) };
  }

  /**
   * The other country `sentence` is about, if any: the country its innermost
   * heading names (a section on another country), or the one it opens with
   * ("In X, …", "X's …") when it does not name `authorNames` too.
   */
  find(text: string, headings: readonly string[] | undefined, author: string, authorNames: RegExp): OtherCountry | undefined {
    // "the Organization of American States": a body of states named after a continent's people is no country.
    const sentence = text.replace(BODY_OF_STATES, ' ');
    // The innermost heading that is a country's name ("[Korea]", "The Philippines") says whose the section is.
    for (const raw of [...(headings ?? [])].reverse()) {
      const heading = raw.replace(/^[\s[(\d.]+|[\])\s]+$/gu, '').replace(/^the\s+/iu, '');
      if (!this.byKey.has(nameKey(heading))) continue;
      const byHeading = this.other(heading, author);
      if (byHeading !== undefined) return byHeading;
      break;
    }
    if (authorNames.test(sentence)) return undefined;
    const opening = this.opening.exec(sentence)?.[1];
    if (opening !== undefined) return this.other(opening, author);
    // A sentence that names other countries and not its author's is about them: one, theirs; several, nobody's here.
    const others = [...new Set([...sentence.matchAll(this.everywhere)].map((m) => m[0]))].flatMap((n) => this.other(n, author) ?? []);
    if (others.length === 0) return undefined;
    return others.length === 1 || others.every((o) => o.actor !== undefined && o.actor === others[0]?.actor)
      ? others[0]
      : { name: others.map((o) => o.name).join(', ') };
  }
}
