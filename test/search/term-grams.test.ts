import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { TermGrams } from '../../src/search/term-grams.ts';

const letters = 'aeioustrnlcpd'.split('');
const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 10 });

describe('TermGrams.within', () => {
  it('finds exactly the terms within the distance, with their distances, or declines', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), word, fc.constantFrom(1, 2), (vocabulary, term, k) => {
        const got = new TermGrams(vocabulary).within(term, k);
        const want = vocabulary.filter((v) => v !== term && distance(v, term) <= k).map((v) => ({ term: v, distance: distance(v, term) }));
        // Declining is allowed only where letter pairs cannot narrow anything down: a term with at most 2k distinct pairs.
        const padded = `^${term}$`;
        const pairs = new Set(Array.from({ length: padded.length - 1 }, (_, i) => padded.slice(i, i + 2))).size;
        if (got === undefined) expect(pairs).toBeLessThanOrEqual(2 * k);
        else expect([...got].sort((a, b) => a.term.localeCompare(b.term))).toEqual(want.sort((a, b) => a.term.localeCompare(b.term)));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with MiniSearch fuzzy matching', () => {
    const vocabulary = [
      'policy',
      'police',
      'polity',
      'poly',
      'policies',
      'cyber',
      'cyder',
      'cybers',
      'ciber',
      'strategy',
      'stratagem',
      'strategi',
      'g7',
      'g20',
    ];
    const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    mini.addAll(vocabulary.map((text, id) => ({ id, text })));
    const grams = new TermGrams(vocabulary);
    for (const term of ['polcy', 'cyberr', 'stratgey', 'strtegy', 'plicy', 'ciber', 'cyder', 'xyzzy']) {
      for (const k of [1, 2]) {
        const want = [...new Set(mini.search(term, { fuzzy: k }).flatMap((r) => r.terms))].filter((t) => t !== term).sort();
        expect(
          grams
            .within(term, k)
            ?.map((n) => n.term)
            .sort(),
          `${term} ${k}`,
        ).toEqual(want);
      }
    }
  });
});
