/**
 * The countries' names search and facts read (country-names.ts) come from
 * world-countries.ts, written from the world-countries package: the file
 * holds exactly what the installed package gives, and a state is known by
 * its names, other spellings and demonyms.
 */
import { describe, expect, it } from 'vitest';
import { countryNames, worldCountryNames } from '../../src/knowledge/country-names.ts';
import { WORLD_COUNTRIES } from '../../src/knowledge/world-countries.ts';
import { readWorldCountries, worldCountriesSource } from '../../src/knowledge/world-countries-package.ts';

describe("the world's countries", () => {
  it('are the installed package’s, in its order (after an update of the package: npm run generate:package-data)', () => {
    const installed = readWorldCountries();
    expect(installed.length).toBeGreaterThan(200);
    expect(WORLD_COUNTRIES).toEqual(installed);
  });

  it('are written one country a line', () => {
    const source = worldCountriesSource(
      [{ common: 'Norway', official: 'Kingdom of Norway', altSpellings: ['NO', 'Norge'], demonyms: ['Norwegian', 'Norwegian'] }],
      '1.0.0',
    );
    expect(source).toContain('  { common: "Norway", official: "Kingdom of Norway", altSpellings: ["NO","Norge"], demonyms: ["Norwegian","Norwegian"] },\n');
    expect(source).toContain('from world-countries 1.0.0');
  });

  it('give a state its other names, with demonyms as plurals, and nothing to an actor that is no state', () => {
    const norway = countryNames({ id: 'norway', name: 'Norway', kind: 'state', aliases: [] });
    expect(norway).toEqual(expect.arrayContaining(['Kingdom of Norway', 'Norge', 'Noreg', 'Norwegian', 'Norwegians']));
    // Codes are no names to an English question.
    expect(norway).not.toContain('NO');
    // Found by an alias too; what the actor already has is not repeated.
    const usa = countryNames({ id: 'usa', name: 'USA', kind: 'state', aliases: ['United States', 'American'] });
    expect(usa).toEqual(expect.arrayContaining(['United States of America', 'Americans']));
    expect(usa).not.toContain('American');
    expect(countryNames({ id: 'eu', name: 'European Union', kind: 'union', aliases: [] })).toEqual([]);
    expect(countryNames({ id: 'atlantis', name: 'Atlantis', kind: 'state', aliases: [] })).toEqual([]);
  });

  it('each have their usable names together, for telling another country from the author', () => {
    const germany = worldCountryNames().find((names) => names.includes('Germany'));
    expect(germany).toEqual(expect.arrayContaining(['Germany', 'Federal Republic of Germany', 'German']));
  });
});
