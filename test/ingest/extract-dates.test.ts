import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/ingest/extract/dates.ts';

describe('dates as files state them', () => {
  it('reads PDF dates and ISO dates to the precision they give', () => {
    expect(normalizeDate('D:20240305100000Z')).toBe('2024-03-05');
    expect(normalizeDate("D:20240305100000+01'00'")).toBe('2024-03-05');
    expect(normalizeDate('D:2024')).toBe('2024');
    expect(normalizeDate('2023-11-22T08:00:00+11:00')).toBe('2023-11-22');
    expect(normalizeDate('2021-06')).toBe('2021-06');
    expect(normalizeDate(' 2019 ')).toBe('2019');
  });

  it('drops what it cannot vouch for: an impossible month or day, a number that is not a year, no date at all', () => {
    expect(normalizeDate('2024-13-01')).toBe('2024');
    expect(normalizeDate('2024-02-40')).toBe('2024-02');
    expect(normalizeDate('20240305')).toBeUndefined();
    expect(normalizeDate('March 2024')).toBeUndefined();
    expect(normalizeDate('')).toBeUndefined();
    expect(normalizeDate(undefined)).toBeUndefined();
  });
});
