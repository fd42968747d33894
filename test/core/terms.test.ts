import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpelling } from '../../src/text/spelling.ts';
import { isAcronym, normaliseText, processText, processWord, tokenize } from '../../src/text/terms.ts';
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
});
