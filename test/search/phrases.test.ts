/**
 * Names asked about by their proper name (phrases.ts): the head of each run
 * of capitalised words, not a question's opening word, an actor's name or
 * two names joined by "and".
 */
import { describe, expect, it } from 'vitest';
import { namedPhrases, phraseKey } from '../../src/search/phrases.ts';

const keys = (q: string, actors: readonly string[] = []) => namedPhrases(q, new Set(actors)).map((n) => n.key);

describe('names in a question', () => {
  it('takes the head of a capitalised name, connectors kept', () => {
    expect(keys('What does the Digital Services Act require from online platforms?')).toEqual(['servicesact']);
    expect(keys('Has Singapore joined the Budapest Convention on Cybercrime?', ['singapor'])).toEqual(['conventiononcybercrime']);
  });

  it('finds none in lower case, in a single capitalised word, or across "and"', () => {
    expect(keys('does any strategy require a software bill of materials?')).toEqual([]);
    expect(keys('What is NACSA?')).toEqual([]);
    expect(keys('AUKUS and the Quad')).toEqual([]);
    expect(keys('Who oversees Sri Lanka CERT now?', ['sri', 'lanka'])).toEqual([]);
  });

  it('ends a name at punctuation: an acronym in brackets after it is not part of it', () => {
    expect(keys('Does Singapore follow the Digital Operational Resilience Act (DORA)?', ['singapor'])).toEqual(['resilienceact']);
    expect(keys('Did the Budapest Convention, Cyber Command or the Quad come up?')).toEqual(['budapestconvention', 'cybercommand']);
  });

  it('compares names on letters and digits only', () => {
    expect(phraseKey('Services-\nAct')).toBe(phraseKey('services act'));
  });
});
