import { describe, expect, it } from 'vitest';
import { syntheticDocuments } from '../../fixtures/synthetic/corpus.ts';
import { benchQueries } from '../../fixtures/synthetic/queries.ts';
import { answer, EVIDENCE_WINDOW } from '../../src/search/answer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { MAX_QUERY_TERMS, MAX_QUESTION_CHARS, PREFIX_POSTINGS_BUDGET } from '../../src/search/limits.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import type { Passage } from '../../src/passages/chunk.ts';
import { seedEngine } from '../support/engine.ts';
import { syntheticPassages } from '../support/synthetic.ts';

/** A postings cap far below the corpus size, so that common terms are capped as at 100k passages. */
const CAP = 100;
const TOP = 3;

let built: { corpus: Passage[]; index: SearchIndex; planner: QueryPlanner; byId: Map<string, Passage> } | undefined;

/** 2,000 synthetic passages indexed with a low cap, built once for the tests that count work. */
function synthetic(): NonNullable<typeof built> {
  if (built === undefined) {
    const corpus = syntheticPassages(2000, 7);
    built = {
      corpus,
      index: SearchIndex.build(corpus, CAP),
      planner: new QueryPlanner({ actors: [], glossary: [] }),
      byId: new Map(corpus.map((p) => [p.id, p])),
    };
  }
  return built;
}

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
    ['a two-letter start of many words repeated', 'cy '.repeat(1999)],
    ['a three-letter start of many words repeated', 'int '.repeat(1499)],
    ['one 6,000-character token', 'strategy'.repeat(750)],
    ['combining marks on every letter', 's\u0301e\u0301c\u0301u\u0301r\u0301e\u0301 '.repeat(460)],
  ])("return for %s (6,000 characters at most), reading at most one term's capped postings", async (_what, text) => {
    const engine = await seedEngine();
    expect(text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(() => engine.ask(text)).not.toThrow();
    // The bound on work, over a corpus where common terms are capped: each of these collapses to one
    // term or none, never expanded as a prefix or walked for typos, so it reads at most that term's
    // capped postings and their completion on the judged window.
    const { index, planner, byId } = synthetic();
    const before = index.work;
    answer(planner.plan(text), index, byId, { limit: TOP, offset: 0 });
    const after = index.work;
    expect(after.searches - before.searches).toBeLessThanOrEqual(1);
    expect(after.indexTerms - before.indexTerms).toBeLessThanOrEqual(1);
    expect(after.postings - before.postings).toBeLessThanOrEqual(CAP + EVIDENCE_WINDOW + TOP);
  });

  it('count the work of a search that expands: prefixes reach several index terms, within their budget', () => {
    // The counter the bounds above read must see expansion, or they would hold for any search.
    const { index, planner, byId, corpus } = synthetic();
    const words = [...new Set(corpus.flatMap((p) => p.text.split(/[^A-Za-z]+/u)))].filter((w) => w.length > 6);
    const before = index.work;
    const plan = planner.plan(
      words
        .slice(0, 8)
        .map((w) => w.slice(0, 4))
        .join(' '),
    );
    answer(plan, index, byId, { limit: TOP, offset: 0 });
    const after = index.work;
    expect(after.indexTerms - before.indexTerms).toBeGreaterThan(plan.terms.length);
    expect(after.postings - before.postings).toBeLessThanOrEqual(plan.terms.length * (CAP + PREFIX_POSTINGS_BUDGET + EVIDENCE_WINDOW + TOP));
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
