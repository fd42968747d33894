/**
 * The `world-countries` package's names of each country, as the rest of the
 * project reads them: the package's data file is 0.6 MB of names in every
 * language, flags, borders and coordinates, and reading, parsing and checking
 * it cost every start ~30 ms (and its memory) for the few names kept here.
 * So the names are written once into world-countries.ts (`npm run
 * generate:package-data`, after an update of the package), and a test checks
 * that file against the package installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { InstallationError } from '../errors.ts';

/** One country's names as the package gives them. */
export interface WorldCountry {
  readonly common: string;
  readonly official: string;
  /** Other spellings, codes among them ("NO", "Kingdom of Norway"). */
  readonly altSpellings: readonly string[];
  /** The English demonym, masculine then feminine, where the package has one. */
  readonly demonyms?: readonly [masculine: string, feminine: string];
}

const countrySchema = z.looseObject({
  name: z.looseObject({ common: z.string(), official: z.string() }),
  altSpellings: z.array(z.string()).default([]),
  demonyms: z.looseObject({ eng: z.looseObject({ f: z.string(), m: z.string() }).optional() }).optional(),
});

/** The installed package's countries, in its order, checked: a changed shape is a clear error, not names silently lost. */
export function readWorldCountries(): WorldCountry[] {
  const file = createRequire(import.meta.url).resolve('world-countries/dist/countries-unescaped.json');
  const parsed = z.array(countrySchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new InstallationError(`policy-bot: world-countries has an unexpected shape: ${parsed.error.message}`);
  return parsed.data.map((c) => {
    const eng = c.demonyms?.eng;
    return { common: c.name.common, official: c.name.official, altSpellings: c.altSpellings, ...(eng === undefined ? {} : { demonyms: [eng.m, eng.f] }) };
  });
}

/** The source of world-countries.ts for `countries`: one country a line. */
export function worldCountriesSource(countries: readonly WorldCountry[], version: string): string {
  const line = (c: WorldCountry): string => {
    const fields = [`common: ${JSON.stringify(c.common)}`, `official: ${JSON.stringify(c.official)}`, `altSpellings: ${JSON.stringify(c.altSpellings)}`];
    if (c.demonyms !== undefined) fields.push(`demonyms: ${JSON.stringify(c.demonyms)}`);
    return `  { ${fields.join(', ')} },`;
  };
  return [
    `// Written by \`npm run generate:package-data\` (world-countries-package.ts) from world-countries ${version}: do not edit.`,
    '// biome-ignore-all format: one country a line',
    "import type { WorldCountry } from './world-countries-package.ts';",
    '',
    '/** The countries of the world-countries package, in its order, with the names policy-bot reads (country-names.ts). */',
    'export const WORLD_COUNTRIES: readonly WorldCountry[] = [',
    ...countries.map(line),
    '];',
    '',
  ].join('\n');
}
