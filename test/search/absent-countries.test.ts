/**
 * The countries a question names that the library has no documents of
 * (absent-countries.ts): found by any of the country package's names as
 * written, never a country an actor of the corpus is, and with the terms of
 * the names the question wrote, which the search for other actors drops.
 */
import { describe, expect, it } from 'vitest';
import { AbsentCountries, speaksOf } from '../../src/search/absent-countries.ts';

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
    expect(absent.find("How did the breach change Egypt's strategy, and Kenya’s?").map((c) => c.name)).toEqual(['Egypt', 'Kenya']);
  });

  it('carry the terms of the names the question writes, not of every name the country has', () => {
    expect(absent.find('What do German regulators require?')).toMatchObject([{ name: 'Germany', terms: ['german'] }]);
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

  it('are spoken of by a sentence that names them, by any of their names as written, beside a word of the question', () => {
    const [germany] = absent.find('Do German courts train judges?');
    expect(germany).toBeDefined();
    if (germany === undefined) return;
    const asked = new Set(['court', 'train', 'judg']);
    const passage = (...sentences: string[]) => {
      const text = sentences.join(' ');
      const bounds = sentences.flatMap((s) => [text.indexOf(s), text.indexOf(s) + s.length]);
      return { text, sentenceBounds: bounds };
    };
    expect(speaksOf(passage('Ghana sends its judges to train in Germany.'), germany, asked)).toBe(true);
    expect(speaksOf(passage('Courts of the Federal Republic of Germany hear appeals.'), germany, asked)).toBe(true);
    // Named, but in a sentence on something else; and a sentence on the question that does not name it.
    expect(speaksOf(passage('Ghana follows the practices of Singapore, Finland and Germany.', 'Ghana trains its judges.'), germany, asked)).toBe(false);
    expect(speaksOf(passage('Ghana trains its judges in germany.'), germany, asked)).toBe(false);
  });
});
