/**
 * Spelling correction before stemming (spelling.ts): a misspelt word whose
 * stem the index does not know, or knows only from a broken word, becomes
 * the best-known spelling one edit away; known words and words with no
 * close spelling stay. A misspelt word also gets the glossary and thesaurus
 * expansions of the word meant.
 */
import { describe, expect, it } from 'vitest';
import { QueryPlanner } from '../../src/search/plan.ts';
import { correctedQuestion, correctedTerm, correctSpelling, planAsMeant } from '../../src/search/spelling.ts';
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

describe('a misspelt question planned as meant', () => {
  const glossary = [{ term: 'CII', means: ['critical information infrastructure'] }];
  const withGlossary = new QueryPlanner({ actors: [], glossary });
  const known: Record<string, number> = Object.fromEntries(
    ['critical', 'information', 'infrastructure', 'definition', 'security'].map((w) => [processWord(w) ?? '', 500]),
  );
  const words = { documentFrequency: (t: string) => known[t] ?? 0 };

  it('reads the question with each misspelt word corrected, its capital kept', () => {
    expect(correctedQuestion(withGlossary.plan('Critcal informaton infrastructure'), words)).toBe('Critical information infrastructure');
    expect(correctedQuestion(withGlossary.plan('critical information infrastructure'), words)).toBeUndefined();
  });

  it("adds the glossary and thesaurus expansions of the words meant, and keeps the question's own terms as typed", () => {
    const typed = withGlossary.plan('critcal informaton infrastructure defintion');
    const plan = planAsMeant(withGlossary, 'critcal informaton infrastructure defintion', {}, words);
    const added = plan.terms.filter((t) => t.source === 'glossary').map((t) => t.term);
    // The acronym of the phrase meant, and the definition's policy words ("shall mean"): neither is reached as typed.
    expect(typed.terms.filter((t) => t.source === 'glossary')).toEqual([]);
    expect(added).toEqual(expect.arrayContaining(['cii', processWord('mean')]));
    expect(plan.terms.slice(0, typed.terms.length)).toEqual(typed.terms);
  });

  it('leaves a question spelt right, or one in another language, as planned', () => {
    const spelt = withGlossary.plan('critical information infrastructure definition');
    expect(planAsMeant(withGlossary, 'critical information infrastructure definition', {}, words)).toEqual(spelt);
    const french = withGlossary.plan('infrastructure critique définition', { language: 'fr' });
    expect(planAsMeant(withGlossary, 'infrastructure critique définition', { language: 'fr' }, words)).toEqual(french);
  });
});
