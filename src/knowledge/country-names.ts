/**
 * The other names of a state actor: its common and official names, the
 * English demonym ("Norwegian", "Singaporean") and the spellings the `world-countries` package keeps, so that a question
 * naming a country any of these ways is answered from its documents. The
 * package is read once, on first use, and checked: a changed shape is a
 * clear error, not names silently lost. Capitals are left out: they name
 * other things too ("the Budapest Convention", "the Malabo Convention");
 * an actor's own aliases may list one ("Washington").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Actor } from './corpus.ts';
import { InstallationError } from '../errors.ts';

const countrySchema = z.looseObject({
  name: z.looseObject({ common: z.string(), official: z.string() }),
  cca3: z.string(),
  altSpellings: z.array(z.string()).default([]),
  demonyms: z.looseObject({ eng: z.looseObject({ f: z.string(), m: z.string() }).optional() }).optional(),
});
type Country = z.infer<typeof countrySchema>;

const require = createRequire(import.meta.url);
let byName: ReadonlyMap<string, Country> | undefined;

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
function countries(): ReadonlyMap<string, Country> {
  if (byName === undefined) {
    // Read, not required: require would keep the whole file in its module cache. The package's unescaped copy of the same
    // data (written out as UTF-8, not as \u escapes) is 0.6 MB to its 1.4 MB: ~20 ms less to read and parse at every start.
    const parsed = z.array(countrySchema).safeParse(JSON.parse(readFileSync(require.resolve('world-countries/dist/countries-unescaped.json'), 'utf8')));
    if (!parsed.success) throw new InstallationError(`policy-bot: world-countries has an unexpected shape: ${parsed.error.message}`);
    const map = new Map<string, Country>();
    for (const c of parsed.data) {
      for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (usable(n) && !map.has(key(n))) map.set(key(n), c);
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
  const demonyms = country.demonyms?.eng === undefined ? [] : [country.demonyms.eng.m, country.demonyms.eng.f];
  const plurals = demonyms.filter((d) => /[a-z]$/u.test(d) && !/(?:ese|s|sh|ch|i)$/u.test(d)).map((d) => `${d}s`);
  const names = [country.name.common, country.name.official, ...country.altSpellings, ...demonyms, ...plurals].filter(usable);
  const have = new Set([actor.name, ...actor.aliases].map(key));
  return [...new Set(names)].filter((n) => !have.has(key(n)));
}

/**
 * Every country the package knows, each as its usable English names: common and official
 * names, other spellings and the demonyms ("Malaysia", "Malaysian"). What facts read to tell a
 * sentence about another country from one about the author's own (src/facts/foreign.ts).
 */
export function worldCountryNames(): readonly (readonly string[])[] {
  const groups = new Map<Country, Set<string>>();
  for (const [, c] of countries()) {
    if (groups.has(c)) continue;
    const demonyms = c.demonyms?.eng === undefined ? [] : [c.demonyms.eng.m, c.demonyms.eng.f];
    groups.set(c, new Set([c.name.common, c.name.official, ...c.altSpellings, ...demonyms].filter(usable)));
  }
  return [...groups.values()].map((names) => [...names]);
}
