import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { seedEngine } from '../support/engine.ts';
import { evaluate, type QualityReport } from '../../fixtures/retrieval/evaluate.ts';
import { OFF_TOPIC, QUESTIONS } from '../../fixtures/retrieval/questions.ts';

/**
 * Thresholds. hit@3 must stay at 100%: every question has one passage that
 * answers it and a reader looks at three. hit@1 and MRR leave room for two
 * or three near-ties among 60-odd questions as the corpus grows, no more; a
 * change that costs more than that is a regression. Off-topic questions
 * must all abstain: a made-up answer is worse than none.
 */
const MIN_HIT_AT_1 = 0.95;
const MIN_HIT_AT_3 = 1;
const MIN_MRR = 0.97;
const MIN_ABSTAIN_RATE = 1;

let engine: Engine;
let report: QualityReport;
beforeAll(async () => {
  engine = await seedEngine();
  report = evaluate(engine);
});

describe('retrieval quality on the shipped corpus', () => {
  it('has at least 30 questions, of every kind', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(QUESTIONS.map((q) => q.kind))).toEqual(new Set(['direct', 'paraphrase', 'acronym', 'alias', 'spelling', 'typo', 'filter']));
  });

  it(`finds every expected passage in the top 3 (hit@3 ≥ ${MIN_HIT_AT_3})`, () => {
    const misses = report.outcomes.filter((o) => o.rank === undefined || o.rank > 3).map((o) => `${o.question.question} → ${o.top.join(', ')}`);
    expect(misses).toEqual([]);
    expect(report.hitAt3).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
  });

  it(`ranks the expected passage first often enough (hit@1 ≥ ${MIN_HIT_AT_1}, MRR ≥ ${MIN_MRR})`, () => {
    expect(report.hitAt1).toBeGreaterThanOrEqual(MIN_HIT_AT_1);
    expect(report.mrr).toBeGreaterThanOrEqual(MIN_MRR);
  });

  it('abstains on every off-topic question, returning no passage', () => {
    expect(report.leaks).toEqual([]);
    expect(report.abstainRate).toBeGreaterThanOrEqual(MIN_ABSTAIN_RATE);
    for (const q of OFF_TOPIC) expect(engine.ask(q).results).toEqual([]);
  });

  it('answers only with passages of the actor it is limited to', () => {
    for (const q of QUESTIONS.filter((x) => x.actor !== undefined)) {
      const result = engine.ask(q.question, { actor: q.actor, top: 10 });
      const actor = engine.resolveActor(q.actor ?? '').id;
      expect(result.results.length).toBeGreaterThan(0);
      expect(result.results.every((r) => r.passage.actor === actor)).toBe(true);
    }
  });
});
