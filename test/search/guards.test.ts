import { describe, expect, it } from 'vitest';
import { syntheticDocuments } from '../../bench/corpus.ts';
import { benchQueries } from '../../bench/queries.ts';
import { MAX_QUERY_TERMS, MAX_QUESTION_CHARS } from '../../src/search/limits.ts';
import { seedEngine } from '../support/engine.ts';

describe('the query guards', () => {
  it('answer a 6,000-character adversarial question without throwing, marked shortened', async () => {
    const engine = await seedEngine();
    const words = 'cyber resilience capacity building diplomacy toolbox attribution sanctions norms deterrence strategy Japan'.split(' ');
    let question = '';
    for (let i = 0; question.length + 20 < MAX_QUESTION_CHARS; i++) question += `${words[i % words.length]}${i} `;
    const result = engine.ask(question.trim());
    expect(result.plan.shortened).toBe(true);
    expect(result.plan.terms.filter((t) => t.source === 'question').length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
  });

  it('merge repeated terms, however often they are repeated', async () => {
    const engine = await seedEngine();
    const result = engine.ask(Array.from({ length: 500 }, () => 'resilience').join(' '));
    expect(result.plan.terms.map((t) => t.term)).toEqual(['resili']);
    expect(result.plan.shortened).toBe(false);
    expect(result.abstained).toBe(false);
  });

  it.each([
    ['a very common word repeated', 'the '.repeat(1500)],
    ['a two-letter prefix repeated', 'co '.repeat(1999)],
    ['single letters', 't '.repeat(2999)],
    ['one 6,000-character token', 'strategy'.repeat(750)],
    ['combining marks on every letter', 's\u0301e\u0301c\u0301u\u0301r\u0301e\u0301 '.repeat(460)],
  ])('return for %s (6,000 characters at most)', async (_what, text) => {
    const engine = await seedEngine();
    expect(text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(() => engine.ask(text)).not.toThrow();
  });

  it('give a typo in a long unknown word a correction and a one-of-a-kind token none', async () => {
    const engine = await seedEngine();
    expect(engine.ask('cybersecuirty certification').abstained).toBe(false);
    expect(engine.ask('x'.repeat(5000)).abstained).toBe(true);
  });

});

describe('the benchmark corpus generator', () => {
  it('is deterministic: the same seed gives the same passages and queries, another seed others', () => {
    const a = syntheticDocuments(200, 5);
    expect(syntheticDocuments(200, 5)).toEqual(a);
    expect(syntheticDocuments(200, 6)).not.toEqual(a);
    expect(a.reduce((n, d) => n + d.paragraphs.length, 0)).toBe(200);
    const words = a.flatMap((d) => d.paragraphs).map((p) => p.split(' ').length);
    const mean = words.reduce((s, n) => s + n, 0) / words.length;
    expect(mean).toBeGreaterThan(70);
    expect(mean).toBeLessThan(110);
    expect(benchQueries(50, 1)).toEqual(benchQueries(50, 1));
  });
});
