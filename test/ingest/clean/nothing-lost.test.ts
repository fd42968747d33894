import { describe, expect, it } from 'vitest';
import { findMissingWords, wordPieces } from '../../../src/ingest/clean/nothing-lost.ts';

describe('nothing lost', () => {
  it('compares words as runs of letters and digits', () => {
    expect(wordPieces('Cyber-attacks, crimes.15 “COVID-19”')).toEqual(['cyber', 'attacks', 'crimes', '15', 'covid', '19']);
  });

  it('finds nothing missing when words were only rejoined, undoubled or removed on purpose', () => {
    expect(
      findMissingWords({
        extracted: [
          'the consulta-',
          'tion and eff orts of the P U BL IC -P RI V A TE',
          'SSttrraatteeggyy  11 March 09 of 201223',
          'Malaysia Cyber Security Strategy 2020-2024 | 15',
        ],
        removed: ['Malaysia Cyber Security Strategy 2020-2024 | 15', '23'],
        kept: ['the consultation and efforts of the PUBLIC-PRIVATE', 'Strategy 1 March 09 of 2012'],
      }),
    ).toEqual([]);
  });

  it('names a word that is neither kept nor removed on purpose', () => {
    expect(findMissingWords({ extracted: ['Build a resilient infrastructure.', 'Page 4'], removed: ['Page 4'], kept: ['Build a infrastructure.'] })).toEqual([
      'resilient',
    ]);
  });

  it('counts repeated words: one of two copies gone is missing', () => {
    expect(findMissingWords({ extracted: ['secure secure systems'], removed: [], kept: ['secure systems'] })).toEqual(['secure']);
  });
});
