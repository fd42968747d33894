/**
 * The term map of a restored index (src/search/term-table.ts) reads as a
 * Map of the same terms, before and after the puts and deletes MiniSearch
 * makes when an update adds or discards passages; its fuzzy lookups are
 * every term within the distance; and it refuses packed data that does not
 * add up. (That a restored index answers as a built one, updated or not, is
 * test/search/update.test.ts's and the cache round-trip tests'.)
 */
import fc from 'fast-check';
import { distance as editDistance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { CacheFormatError, InternalError } from '../../src/errors.ts';
import { runAll } from '../../src/steps.ts';
import { type FieldPostings, type PackedTerms, TermTable } from '../../src/search/term-table.ts';

const FIELDS = 2;
const PASSAGES = 50;

/** Packed postings of `terms` (sorted): term t has passage t % PASSAGES in field 0, and passages t and t + 1 in field 1 when t is even. */
function packed(terms: readonly string[]): PackedTerms {
  const counts: number[] = [];
  const ids: number[] = [];
  const tfs: number[] = [];
  terms.forEach((_, t) => {
    counts.push(1);
    ids.push(t % PASSAGES);
    tfs.push(1 + (t % 3));
    if (t % 2 === 0) {
      counts.push(2);
      ids.push(t % PASSAGES, (t % PASSAGES) + 1);
      tfs.push(1, 2);
    } else counts.push(0);
  });
  return { terms, postingCounts: Uint32Array.from(counts), postingIds: Uint32Array.from(ids), postingFrequencies: Uint16Array.from(tfs) };
}

/** The postings `packed` gives term t, as plain Maps. */
function expected(t: number): Map<number, Map<number, number>> {
  const byField = new Map([[0, new Map([[t % PASSAGES, 1 + (t % 3)]])]]);
  if (t % 2 === 0) {
    byField.set(
      1,
      new Map([
        [t % PASSAGES, 1],
        [(t % PASSAGES) + 1, 2],
      ]),
    );
  }
  return byField;
}

const plain = (postings: FieldPostings | undefined) => (postings === undefined ? undefined : new Map([...postings].map(([f, p]) => [f, new Map(p)] as const)));

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 6 });
const sortedWords = fc.uniqueArray(word, { minLength: 1, maxLength: 40 }).map((w) => [...w].sort());
const operation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), term: word }),
  fc.record({ op: fc.constant('delete' as const), term: word }),
  fc.record({ op: fc.constant('fetch' as const), term: word }),
);

describe('the term map of a restored index', () => {
  it('reads each term as the postings packed for it, and no other term', () => {
    const terms = ['agency', 'cyber', 'security', 'strategy'];
    const table = runAll(TermTable.restore(packed(terms), FIELDS, PASSAGES));
    terms.forEach((term, t) => {
      expect(plain(table.get(term))).toEqual(expected(t));
      expect(table.has(term)).toBe(true);
    });
    expect(table.get('agencies')).toBeUndefined();
    expect(table.has('cyb')).toBe(false);
    expect(table.size).toBe(4);
    expect(table.sortedTerms()).toEqual(terms);
    // The same Map at every read: MiniSearch changes a term's postings in place.
    expect(table.get('cyber')).toBe(table.get('cyber'));
  });

  it('reads as a Map of the same terms after any puts and deletes, its fuzzy lookups every term within the distance', () => {
    fc.assert(
      fc.property(sortedWords, fc.array(operation, { maxLength: 25 }), word, fc.integer({ min: 0, max: 2 }), (terms, ops, query, distance) => {
        const table = runAll(TermTable.restore(packed(terms), FIELDS, PASSAGES));
        const reference = new Map<string, FieldPostings>(terms.map((term, t) => [term, expected(t)]));
        ops.forEach(({ op, term }, i) => {
          const made: FieldPostings = new Map([[0, new Map([[i, 1]])]]);
          if (op === 'set') {
            table.set(term, made);
            reference.set(term, made);
          } else if (op === 'delete') {
            table.delete(term);
            reference.delete(term);
          } else {
            const got = table.fetch(term, () => made);
            if (!reference.has(term)) reference.set(term, made);
            expect(plain(got)).toEqual(plain(reference.get(term)));
          }
        });
        expect(table.size).toBe(reference.size);
        expect(table.sortedTerms()).toEqual([...reference.keys()].sort());
        expect([...table.keys()]).toEqual([...reference.keys()].sort());
        for (const term of [...terms, ...ops.map((o) => o.term), query]) {
          expect(table.has(term)).toBe(reference.has(term));
          expect(plain(table.get(term))).toEqual(plain(reference.get(term)));
        }
        const near = [...table.fuzzyGet(query, distance)].map(([term, [, d]]) => [term, d]).sort();
        const want = [...reference.keys()].map((term) => [term, editDistance(term, query)]).filter(([, d]) => Number(d) <= distance);
        expect(near).toEqual(want.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('refuses terms out of order, postings that do not add up or name no passage', () => {
    const good = packed(['alpha', 'beta', 'gamma']);
    const restore = (p: PackedTerms) => runAll(TermTable.restore(p, FIELDS, PASSAGES));
    expect(() => restore({ ...good, terms: ['beta', 'alpha', 'gamma'] })).toThrow(CacheFormatError);
    expect(() => restore({ ...good, terms: ['alpha', 'alpha', 'gamma'] })).toThrow(/not sorted/);
    expect(() => restore({ ...good, postingIds: good.postingIds.subarray(1), postingFrequencies: good.postingFrequencies.subarray(1) })).toThrow(/end early/);
    expect(() => restore({ ...good, postingIds: Uint32Array.from(good.postingIds, () => PASSAGES) })).toThrow(/names no passage/);
    expect(() => restore({ ...good, postingCounts: good.postingCounts.subarray(2) })).toThrow(/does not add up/);
    const reversed = Uint32Array.from(good.postingIds);
    // Term 0's field 1 holds passages 0 and 1: reversed, they are not ascending.
    [reversed[1], reversed[2]] = [reversed[2] ?? 0, reversed[1] ?? 0];
    expect(() => restore({ ...good, postingIds: reversed })).toThrow(/not ascending/);
  });

  it("refuses MiniSearch's prefix view, which only MiniSearch's own search takes", () => {
    const table = runAll(TermTable.restore(packed(['alpha']), FIELDS, PASSAGES));
    expect(() => table.atPrefix()).toThrow(InternalError);
  });
});
