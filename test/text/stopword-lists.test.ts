/**
 * The stop word lists the text pipeline reads (stopword-lists.ts) are written
 * from the stopword package: the file holds exactly the installed package's
 * lists of the languages read.
 */
import { describe, expect, it } from 'vitest';
import { STOPWORD_LISTS } from '../../src/text/stopword-lists.ts';
import { readStopwordLists, STOPWORD_LANGUAGES, stopwordListsSource } from '../../src/text/stopword-package.ts';
import { STOP_WORDS } from '../../src/text/terms.ts';

describe('the stop word lists', () => {
  it('are the installed package’s, for each language read (after an update of the package: npm run generate:package-data)', () => {
    expect(Object.keys(STOPWORD_LISTS)).toEqual([...STOPWORD_LANGUAGES]);
    expect(STOPWORD_LISTS).toEqual(readStopwordLists());
  });

  it('are written one language a line', () => {
    const source = stopwordListsSource({ ...readStopwordLists(), eng: ['a', 'the'], zho: ['的'] }, '1.0.0');
    expect(source).toContain('from stopword 1.0.0');
    expect(source).toContain('  eng: ["a","the"],\n');
    expect(source).toContain('  zho: ["的"],\n');
  });

  it('make the English stop words, with the question words added', () => {
    expect(STOP_WORDS.has('between')).toBe(true);
    expect(STOP_WORDS.has('does')).toBe(true);
    expect(STOP_WORDS.has('strategy')).toBe(false);
  });
});
