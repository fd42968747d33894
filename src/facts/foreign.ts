/**
 * Whose a sentence is: one country's document often describes another's
 * strategy ("In France, the … Strategy was established in 2011", a section
 * headed "[Korea]"). What such a sentence names is the other country's, not
 * the author's. Country names are the region names the JavaScript runtime
 * knows in English (Intl.DisplayNames) and the corpus's own actors.
 */
import { nameKey } from './lexicon.ts';

/** Who a sentence is about, when it is not its document's actor. */
export interface OtherCountry {
  /** As written. */
  readonly name: string;
  /** The corpus actor it is, when it is one. */
  readonly actor?: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every English region name the runtime knows ("United Kingdom", "South Korea"). Computed once. */
function regionNames(): string[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      let name: string | undefined;
      try {
        name = display.of(`${a}${b}`);
      } catch {
        // A code the runtime refuses is no region: nothing to add.
        name = undefined;
      }
      // Region names only: leave out groupings of countries (a union, the nations, the world).
      if (name !== undefined && /^\p{Lu}/u.test(name) && !/\b(?:Union|Nations|world|Eurozone|Outlying|Unknown)\b/u.test(name)) out.push(name);
    }
  }
  return out;
}

/** Short English names the runtime's list lacks ("the UK", "the US", "Korea"). */
const SHORT_NAMES: readonly string[] = ['UK', 'U.K.', 'US', 'U.S.', 'USA', 'Britain', 'Great Britain', 'Korea', 'Holland'];

let regions: readonly string[] | undefined;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Finds the other country a sentence or its section is about. Built once per corpus. */
export class CountryFinder {
  private readonly byKey: ReadonlyMap<string, string | undefined>;
  private readonly opening: RegExp;
  private readonly everywhere: RegExp;

  /** `actors`: each actor's id and names (name, aliases); a state's names count as a country's. */
  constructor(actors: readonly { readonly id: string; readonly names: readonly string[] }[]) {
    regions ??= [...regionNames(), ...SHORT_NAMES];
    const byKey = new Map<string, string | undefined>();
    for (const r of regions) byKey.set(nameKey(r), undefined);
    for (const a of actors) for (const n of a.names) byKey.set(nameKey(n), a.id);
    // A region name that is also an actor's is that actor.
    for (const r of regions) {
      const actor = actors.find((a) => a.names.some((n) => nameKey(n) === nameKey(r)));
      if (actor !== undefined) byKey.set(nameKey(r), actor.id);
    }
    this.byKey = byKey;
    const names = [...new Set([...regions, ...actors.flatMap((a) => a.names)])].filter((n) => n.length >= 2).sort((x, y) => y.length - x.length);
    const alternatives = names.map(escapeRegExp).join('|');
    // Not "US$": a currency is no country.
    this.opening = new RegExp(`^(?:(?:In|For|Like|Unlike|Under) )?(?:the )?(${alternatives})(?:['’]s)?(?![\\p{L}\\p{N}$])`, 'u');
    this.everywhere = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}$])`, 'gu');
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
  find(sentence: string, headings: readonly string[] | undefined, author: string, authorNames: RegExp): OtherCountry | undefined {
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
    return others.length === 1 || others.every((o) => o.actor !== undefined && o.actor === others[0]?.actor) ? others[0] : { name: others.map((o) => o.name).join(', ') };
  }
}
