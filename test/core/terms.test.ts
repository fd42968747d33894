import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpelling } from '../../src/text/spelling.ts';
import { forEachWord, isAcronym, normaliseText, processText, processWord, tokenize } from '../../src/text/terms.ts';
import { isEverydayWord } from '../../src/text/common-words.ts';

describe('term processing', () => {
  it('folds case, typographic apostrophes, possessives and diacritics', () => {
    expect(processText('Japan’s')).toEqual(processText("japan's"));
    expect(processText('Japan’s')).toEqual(processText('Japan'));
    expect(processWord('Café')).toBe(processWord('cafe'));
    expect(processWord('naïve')).toBe(processWord('naive'));
  });

  it('drops stop words but keeps them written as acronyms', () => {
    expect(processText('what is it that the')).toEqual([]);
    expect(processText('the US and IT')).toEqual(['us', 'it']);
    expect(processText('tell us about it')).toEqual([]);
  });

  it('keeps "use" and its forms apart from "US", which Porter would stem them to', () => {
    const country = processWord('US');
    expect(processWord('U.S.')).toBe(country);
    for (const w of ['use', 'used', 'uses', 'using']) {
      expect(processWord(w)).toBe('use');
      expect(processWord(w)).not.toBe(country);
    }
  });

  it('reads dotted initialisms as one word', () => {
    expect(processText('the U.S. strategy')).toEqual(processText('the US strategy'));
    expect(tokenize('U.S. Cyber').map((t) => t.word)).toEqual(['U.S.', 'Cyber']);
  });

  it('splits hyphenated words so both spellings index alike', () => {
    expect(processText('capacity-building')).toEqual(processText('capacity building'));
    expect(processText('cyber‑resilience')).toEqual(processText('cyber resilience'));
  });

  it('stems lightly and folds British and American spellings together', () => {
    const same = [
      ['organisation', 'organization'],
      ['organisations', 'organizations'],
      ['centre', 'center'],
      ['centres', 'centers'],
      ['defence', 'defense'],
      ['recognised', 'recognized'],
      ['analysed', 'analyzed'],
      ['programme', 'program'],
      ['behaviour', 'behavior'],
      ['travelled', 'traveled'],
      ['strategies', 'strategy'],
      ['measures', 'measure'],
    ];
    for (const [british, american] of same) expect(processWord(british ?? '')).toBe(processWord(american ?? ''));
    expect(foldSpelling('size')).toBe('size');
    expect(foldSpelling('prize')).toBe('prize');
  });

  it('keeps numbers and codes whole', () => {
    expect(processText('NIS2 G7 2016 and 5G')).toEqual(['nis2', 'g7', '2016', '5g']);
  });

  it('tells acronyms from words', () => {
    expect(isAcronym('US')).toBe(true);
    expect(isAcronym('NIS2')).toBe(true);
    expect(isAcronym('Us')).toBe(false);
    expect(isAcronym('A')).toBe(false);
  });

  it('knows everyday words from specialist ones', () => {
    expect(isEverydayWord('results')).toBe(true);
    expect(isEverydayWord('Football')).toBe(true);
    expect(isEverydayWord('resilience')).toBe(false);
    expect(isEverydayWord('directive')).toBe(false);
  });

  it('removes invisible and direction characters', () => {
    expect(normaliseText('cy\u200bber\u202e')).toBe('cyber');
  });

  it('never throws, and yields no empty or spaced terms, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (s) => {
        for (const t of processText(s)) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).not.toMatch(/\s/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves ASCII text without a backtick as it is, and turns a backtick into an apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(normaliseText(s)).toBe(s.replaceAll('`', "'"));
      }),
      { numRuns: 500 },
    );
  });

  it('finds word offsets as tokenize finds them, in a whole text or a part of it, ASCII or not', () => {
    const unit = fc.constantFrom('a', 'B', 'z', '7', '.', "'", '’', ' ', '-', ',', '\n', 'é', 'ß', 'U', 'S', '😀');
    const ranges = (words: { start: number; end: number }[]) => words.map((w) => [w.start, w.end]);
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit }), fc.nat(80), fc.nat(80), (s, a, b) => {
        const got: number[][] = [];
        forEachWord(s, (start, end) => got.push([start, end]));
        expect(got).toEqual(ranges(tokenize(s)));
        const [from, to] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)];
        const part: number[][] = [];
        forEachWord(s, (start, end) => part.push([start, end]), from, to);
        expect(part).toEqual(ranges(tokenize(s.slice(from, to))).map(([x, y]) => [(x ?? 0) + from, (y ?? 0) + from]));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
