/**
 * Whose a sentence is (src/facts/foreign.ts): a country's names, other
 * spellings and demonyms are the corpus actor that is that country, the
 * first in the corpus's order when two actors share a country's name.
 */
import { describe, expect, it } from 'vitest';
import { CountryFinder } from '../../src/facts/foreign.ts';

describe('the other country a sentence is about', () => {
  const finder = new CountryFinder([
    { id: 'my', names: ['Malaysia'] },
    { id: 'sg', names: ['Singapore', 'Republic of Singapore'] },
    { id: 'kr-first', names: ['Korea'] },
    { id: 'kr-second', names: ['Republic of Korea'] },
  ]);

  it('names the actor behind a country name or demonym, and nobody for the author itself', () => {
    expect(finder.find('In Singapore, the agency was set up in 2015.', undefined, 'my', /Malaysia/u)).toEqual({ name: 'Singapore', actor: 'sg' });
    expect(finder.find('Officials praised the Malaysian agenda.', undefined, 'sg', /Singapore/u)).toEqual({ name: 'Malaysian', actor: 'my' });
    expect(finder.find('In Singapore, the agency was set up in 2015.', undefined, 'sg', /Singapore/u)).toBeUndefined();
    // A country no actor is: named, with no actor.
    expect(finder.find('In France, the strategy was established in 2011.', undefined, 'my', /Malaysia/u)).toEqual({ name: 'France' });
  });

  it('gives a country shared by two actors to the first, by its demonym too', () => {
    expect(finder.find('South Korean officials met the agency.', undefined, 'my', /Malaysia/u)).toEqual({ name: 'South Korean', actor: 'kr-first' });
    // An actor's own names stay its own.
    expect(finder.find('In the Republic of Korea, the law passed.', undefined, 'my', /Malaysia/u)).toEqual({ name: 'Republic of Korea', actor: 'kr-second' });
  });

  it('takes country names and demonyms out of a name, and leaves a continent alone', () => {
    expect(finder.withoutCountryNames('the Malaysian Communications Commission')).toBe('the   Communications Commission');
    expect(finder.withoutCountryNames('the African Union')).toBe('the African Union');
  });
});
