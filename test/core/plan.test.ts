import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { MAX_QUERY_TERMS, MAX_QUESTION_CHARS, PREFIX_MIN_LENGTH, FUZZY_MIN_LENGTH } from '../../src/search/limits.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { seedEngine } from '../support/engine.ts';

let planner: QueryPlanner;
beforeAll(async () => {
  planner = (await seedEngine()).kb.planner;
});

describe('query planning', () => {
  it('recognises actors by any alias, in the order named, acronyms by case', () => {
    expect(planner.plan('Does Brussels agree with Tokyo?').mentionedActors).toEqual(['eu', 'japan']);
    expect(planner.plan('What did Washington say?').mentionedActors).toEqual(['us']);
    expect(planner.plan('the U.S. and the Union').mentionedActors).toEqual(['us', 'eu']);
    expect(planner.plan('tell us about Japanese CCB').mentionedActors).toEqual(['japan']);
    expect(planner.plan('what about US policy').mentionedActors).toEqual(['us']);
  });

  it('expands glossary entries both ways', () => {
    const fromAcronym = planner
      .plan('CBMs')
      .terms.filter((t) => t.source === 'glossary')
      .map((t) => t.term);
    expect(fromAcronym).toEqual(expect.arrayContaining(['confid', 'build', 'measur']));
    const fromPhrase = planner
      .plan('confidence-building measures')
      .terms.filter((t) => t.source === 'glossary')
      .map((t) => t.term);
    expect(fromPhrase).toContain('cbm');
  });

  it('finds an acronym only as written, its plural aside: stemming makes "OSCS" and "OSCE" one term', () => {
    const own = new QueryPlanner({
      actors: [],
      glossary: [
        { term: 'OSCE', means: ['Organization for Security and Co-operation in Europe'] },
        { term: 'CII', means: ['critical information infrastructure'] },
      ],
    });
    // Only the irregular verb's base form (inflections.ts): nothing for the OSCE.
    expect(own.plan('Who drew up the OSCS 2021?').expansions.map((e) => e.found)).toEqual(['drew']);
    expect(own.plan('What did the OSCE agree?').expansions.map((e) => e.found)).toEqual(['OSCE']);
    // The glossary's entry (the others are the acronym's OCR misreadings, ocr-variants.ts).
    const glossaryFound = own
      .plan('Which CIIs are named?')
      .expansions.filter((e) => e.added.includes('critical information infrastructure'))
      .map((e) => e.found);
    expect(glossaryFound).toEqual(['CII']);
    // A long form is found however it is written; the acronym it adds also as a scan misreads it (ocr-variants.ts).
    expect(own.plan('Who protects Critical Information Infrastructures?').expansions.map((e) => e.added)).toEqual([['CII'], ['ClI'], ['CIl'], ['Cll']]);
  });

  it('notices years and weighs them up', () => {
    const plan = planner.plan('What happened in 2016?');
    expect(plan.years).toEqual([2016]);
    expect(plan.terms.find((t) => t.term === '2016')?.source).toBe('year');
  });

  it('dedupes terms and caps their number, saying it shortened the question', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
    const plan = planner.plan([...words, ...words].join(' '));
    expect(plan.terms.filter((t) => t.source === 'question')).toHaveLength(MAX_QUERY_TERMS);
    expect(plan.shortened).toBe(true);
    expect(planner.plan('the the the resilience resilience').terms.map((t) => t.term)).toEqual(['resili']);
  });

  it('uses prefix and typo tolerance only on terms long enough to need them', () => {
    const plan = planner.plan('cy resilience nato');
    for (const t of plan.terms) {
      expect(t.prefix).toBe(t.term.length >= PREFIX_MIN_LENGTH);
      expect(t.fuzzy !== false).toBe(t.term.length >= FUZZY_MIN_LENGTH);
    }
  });

  it('refuses an empty or over-long question with a clear message', () => {
    expect(() => planner.plan('   \u200b ')).toThrow(new UserError('empty-question', 'The question is empty: ask something, e.g. "What is NIS2?".'));
    expect(() => planner.plan('a'.repeat(MAX_QUESTION_CHARS + 1))).toThrow(
      `The question is ${MAX_QUESTION_CHARS + 1} characters long; the most is ${MAX_QUESTION_CHARS}.`,
    );
  });
});
