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

describe('PostingMap', () => {
  it('reads as the Map of the same postings: size, keys, values, entries, get and has in any order', () => {
    fc.assert(
      fc.property(postings, fc.array(fc.nat(5000), { maxLength: 30 }), ({ map, packed }, probes) => {
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
      }),
    );
  });

  it('refuses to be changed, and ids that are not ascending', () => {
    const packed = new PostingMap(Uint32Array.from([1, 5]), Uint16Array.from([2, 3]));
    expect(() => packed.set()).toThrow(/read-only/);
    expect(() => packed.delete()).toThrow(/read-only/);
    expect(() => packed.clear()).toThrow(/read-only/);
    expect(() => new PostingMap(Uint32Array.from([5, 1]), Uint16Array.from([2, 3]))).toThrow(/ascending/);
    expect(() => new PostingMap(Uint32Array.from([1]), Uint16Array.from([2, 3]))).toThrow(/frequency for every id/);
  });
});
