import { describe, expect, it } from 'vitest';
import { InternalError } from '../../../src/errors.ts';
import { itemAt } from '../../../src/ingest/clean/item-at.ts';

describe('itemAt', () => {
  it('reads the item at an index inside the list, falsy ones included', () => {
    expect(itemAt(['a', 'b', 'c'], 0)).toBe('a');
    expect(itemAt(['a', 'b', 'c'], 2)).toBe('c');
    expect(itemAt([0, ''], 1)).toBe('');
  });

  it('throws an InternalError naming the index for an index outside the list', () => {
    expect(() => itemAt(['a', 'b'], 2)).toThrow(InternalError);
    expect(() => itemAt(['a', 'b'], -1)).toThrow(/item -1 of a list of 2/u);
    expect(() => itemAt([], 0)).toThrow(InternalError);
  });
});
