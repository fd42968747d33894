/**
 * The countries a question names that the library has no documents of
 * (absent-countries.ts): found by any of the country package's names as
 * written, never a country an actor of the corpus is, and with the terms of
 * the names the question wrote, which the search for other actors drops.
 */
import { describe, expect, it } from 'vitest';
import { AbsentCountries } from '../../src/search/absent-countries.ts';

// The United States as the planner hands it over: its package names added to its own (plan.ts, withOtherNames).
const absent = new AbsentCountries([
  { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Norwegian'] },
  { id: 'usa', name: 'United States', kind: 'state', aliases: ['USA', 'American', 'United States of America'] },
  { id: 'eu', name: 'European Union', kind: 'union', aliases: ['EU'] },
]);

describe('countries a question names that the library lacks', () => {
  it('are found by name, official name or demonym, in the order they appear, each under its common name', () => {
    expect(absent.find('How do Kenya and the Federal Republic of Germany train judges?').map((c) => c.name)).toEqual(['Kenya', 'Germany']);
    expect(absent.find('What do German regulators require?').map((c) => c.name)).toEqual(['Germany']);
    expect(absent.find('What does Guinea-Bissau plan?').map((c) => c.name)).toEqual(['Guinea-Bissau']);
  });

  it('carry the terms of the names the question writes, not of every name the country has', () => {
    expect(absent.find('What do German regulators require?')).toEqual([{ name: 'Germany', terms: ['german'] }]);
    expect(new Set(absent.find('Does the Federal Republic of Germany fund research?')[0]?.terms)).toEqual(new Set(['feder', 'republ', 'germani']));
  });

  it('leave out the actors of the corpus, by any of their names, and what is no country', () => {
    expect(absent.find('What do Norwegian and American agencies share with the EU?')).toEqual([]);
    expect(absent.find('What does the strategy say about critical infrastructure protection?')).toEqual([]);
  });

  it('are names as written: lower case and names that are ordinary words do not count', () => {
    expect(absent.find('how does germany train judges?')).toEqual([]);
    expect(absent.find('Polish the incident plan')).toEqual([]);
    expect(absent.find('Island states and their cables')).toEqual([]);
    expect(absent.find('Iceland and its cables').map((c) => c.name)).toEqual(['Iceland']);
  });
});
