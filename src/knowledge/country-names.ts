/**
 * The other names of a state actor: its common and official names, the
 * English demonym ("Norwegian", "Singaporean") and the spellings the `world-countries` package keeps, so that a question
 * naming a country any of these ways is answered from its documents. The
 * package's names are those world-countries.ts holds, written from it and
 * checked against it (world-countries-package.ts); the lookup by name is built
 * on first use. Capitals are left out: they name other things too ("the
 * Budapest Convention", "the Malabo Convention"); an actor's own aliases may
 * list one ("Washington").
 */
import type { Actor } from './corpus.ts';
import { WORLD_COUNTRIES } from './world-countries.ts';
import type { WorldCountry } from './world-countries-package.ts';

let byName: ReadonlyMap<string, WorldCountry> | undefined;

const key = (name: string): string =>
  name
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/u, '');

/** Codes (NO, KR) and names not in the Latin script are no help to an English question, and a two-letter code is a common word. */
function usable(name: string): boolean {
  return name.length > 3 && /^[\p{Script=Latin}\s.'’-]+$/u.test(name) && !name.includes(',');
}

/** The package's countries by every usable name, lowercased. Built on first use. */
function countries(): ReadonlyMap<string, WorldCountry> {
  if (byName === undefined) {
    const map = new Map<string, WorldCountry>();
    for (const c of WORLD_COUNTRIES) {
      for (const n of [c.common, c.official, ...c.altSpellings]) if (usable(n) && !map.has(key(n))) map.set(key(n), c);
    }
    byName = map;
  }
  return byName;
}

/**
 * The names `actor` may also be called by, when it is a state the package
 * knows by its name or one of its aliases: those it does not already have.
 * A demonym also stands as a plural ("Norwegians"). Empty for other actors.
 */
export function countryNames(actor: Actor): string[] {
  if (actor.kind !== 'state') return [];
  const known = countries();
  const country = [actor.name, ...actor.aliases].map((n) => known.get(key(n))).find((c) => c !== undefined);
  if (country === undefined) return [];
  const demonyms = country.demonyms ?? [];
  const plurals = demonyms.filter((d) => /[a-z]$/u.test(d) && !/(?:ese|s|sh|ch|i)$/u.test(d)).map((d) => `${d}s`);
  const names = [country.common, country.official, ...country.altSpellings, ...demonyms, ...plurals].filter(usable);
  const have = new Set([actor.name, ...actor.aliases].map(key));
  return [...new Set(names)].filter((n) => !have.has(key(n)));
}

/**
 * Every country the package knows, each as its usable English names: common and official
 * names, other spellings and the demonyms ("Malaysia", "Malaysian"). What facts read to tell a
 * sentence about another country from one about the author's own (src/facts/foreign.ts).
 */
export function worldCountryNames(): readonly (readonly string[])[] {
  const groups = new Map<WorldCountry, Set<string>>();
  for (const [, c] of countries()) {
    if (groups.has(c)) continue;
    groups.set(c, new Set([c.common, c.official, ...c.altSpellings, ...(c.demonyms ?? [])].filter(usable)));
  }
  return [...groups.values()].map((names) => [...names]);
}
