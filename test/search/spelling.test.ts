/**
 * Spelling correction before stemming (spelling.ts): a misspelt word whose
 * stem the index does not know, or knows only from a broken word, becomes
 * the best-known spelling one edit away; known words and words with no
 * close spelling stay.
 */
import { describe, expect, it } from 'vitest';
import { QueryPlanner } from '../../src/search/plan.ts';
import { correctedTerm, correctSpelling } from '../../src/search/spelling.ts';
import { processWord } from '../../src/text/terms.ts';

const df: Record<string, number> = {
  [processWord('security') ?? '']: 3000,
  [processWord('education') ?? '']: 400,
  securit: 2,
  [processWord('harbour') ?? '']: 5,
};
const vocabulary = { documentFrequency: (t: string) => df[t] ?? 0 };
const planner = new QueryPlanner({ actors: [], glossary: [] });
const terms = (q: string) => correctSpelling(planner.plan(q), vocabulary).terms.map((t) => t.term);

describe('spelling correction', () => {
  it('corrects a dropped letter before stemming', () => {
    expect(correctedTerm('educaton', vocabulary)).toBe(processWord('education'));
    expect(terms('educaton')).toEqual([processWord('education')]);
  });

  it('corrects a term known only from a broken word when a spelling one edit away is far commoner', () => {
    expect(terms('securty harbour')).toEqual([processWord('security'), processWord('harbour')]);
  });

  it('leaves known words, short words and words with no close spelling alone', () => {
    expect(terms('harbour')).toEqual([processWord('harbour')]);
    expect(terms('zorblaxian')).toEqual([processWord('zorblaxian')]);
  });
});
