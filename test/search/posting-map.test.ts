import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingMap } from '../../src/search/posting-map.ts';

const postings = fc.uniqueArray(fc.nat(5000), { maxLength: 60 }).chain((ids) =>
  fc.array(fc.integer({ min: 1, max: 65535 }), { minLength: ids.length, maxLength: ids.length }).map((tfs) => {
    const sorted = [...ids].sort((a, b) => a - b);
    return {
      map: new Map(sorted.map((id, i) => [id, tfs[i] ?? 1])),
      packed: new PostingMap(
        Uint32Array.from(sorted),
        Uint16Array.from(sorted, (_, i) => tfs[i] ?? 1),
      ),
    };
  }),
);

/** `packed` reads as `map`: size, keys, values, entries, forEach, and get and has of its keys in order and of `probes`. */
function expectReadsAs(packed: PostingMap, map: Map<number, number>, probes: readonly number[]): void {
  expect(packed.size).toBe(map.size);
  expect([...packed.keys()]).toEqual([...map.keys()]);
  expect([...packed.values()]).toEqual([...map.values()]);
  expect([...packed]).toEqual([...map]);
  expect(Object.fromEntries(packed)).toEqual(Object.fromEntries(map));
  const seen: [number, number][] = [];
  packed.forEach((v, k) => {
    seen.push([k, v]);
  });
  expect(seen).toEqual([...map.entries()]);
  // In key order (as MiniSearch reads them), then in any order.
  for (const k of [...map.keys(), ...probes]) {
    expect(packed.get(k)).toBe(map.get(k));
    expect(packed.has(k)).toBe(map.has(k));
  }
}

describe('PostingMap', () => {
  it('reads as the Map of the same postings: size, keys, values, entries, get and has in any order', () => {
    fc.assert(
      fc.property(postings, fc.array(fc.nat(5000), { maxLength: 30 }), ({ map, packed }, probes) => {
        expectReadsAs(packed, map, probes);
      }),
    );
  });

  it('takes the changes of an update in an overlay and still reads as the Map of the same postings', () => {
    const change = fc.record({ removedEvery: fc.integer({ min: 1, max: 4 }), added: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 12 }) });
    fc.assert(
      fc.property(postings, change, fc.array(fc.nat(6000), { maxLength: 30 }), ({ map, packed }, { removedEvery, added }, probes) => {
        [...map.keys()].forEach((id, i) => {
          if (i % removedEvery === 0) {
            expect(packed.delete(id)).toBe(true);
            map.delete(id);
          }
        });
        // New passages get ids above every restored one, in ascending order.
        added.forEach((tf, i) => {
          packed.set(5001 + i, tf);
          map.set(5001 + i, tf);
        });
        expect(packed.delete(5001 + added.length)).toBe(false);
        expectReadsAs(packed, map, probes);
      }),
    );
  });

  it('refuses a change to a restored posting, a new one below them, clearing, and ids that are not ascending', () => {
    const packed = new PostingMap(Uint32Array.from([1, 5]), Uint16Array.from([2, 3]));
    expect(() => packed.set(5, 4)).toThrow(/only new passages get postings/);
    expect(() => packed.set(3, 1)).toThrow(/not above the restored ones/);
    expect(() => packed.clear()).toThrow(/cleared only by a whole build/);
    expect(() => new PostingMap(Uint32Array.from([5, 1]), Uint16Array.from([2, 3]))).toThrow(/ascending/);
    expect(() => new PostingMap(Uint32Array.from([1]), Uint16Array.from([2, 3]))).toThrow(/frequency for every id/);
  });
});
