/** Scores an engine on the quality questions: hit@1, hit@3, MRR and the abstain rate on off-topic questions. */
import type { Engine } from '../../src/engine.ts';
import { OFF_TOPIC, QUESTIONS, type QualityQuestion } from './questions.ts';

/** The outcome of one question. */
export interface QuestionOutcome {
  readonly question: QualityQuestion;
  /** 1-based rank of the expected passage in the top 10, or undefined. */
  readonly rank: number | undefined;
  readonly top: readonly string[];
}

/** The figures. */
export interface QualityReport {
  readonly questions: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly mrr: number;
  readonly offTopic: number;
  /** Share of off-topic questions that got no passage. */
  readonly abstainRate: number;
  readonly outcomes: readonly QuestionOutcome[];
  /** Off-topic questions that were answered anyway. */
  readonly leaks: readonly string[];
}

/** Runs every question through `engine.ask`. */
export function evaluate(engine: Engine): QualityReport {
  const outcomes = QUESTIONS.map((q) => {
    const result = engine.ask(q.question, { top: 10, actor: q.actor });
    const top = result.results.map((r) => r.passage.id);
    const i = top.indexOf(q.expect);
    return { question: q, rank: i < 0 ? undefined : i + 1, top };
  });
  const n = outcomes.length;
  const leaks = OFF_TOPIC.filter((q) => !engine.ask(q).abstained);
  return {
    questions: n,
    hitAt1: outcomes.filter((o) => o.rank === 1).length / n,
    hitAt3: outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length / n,
    mrr: outcomes.reduce((s, o) => s + (o.rank === undefined ? 0 : 1 / o.rank), 0) / n,
    offTopic: OFF_TOPIC.length,
    abstainRate: (OFF_TOPIC.length - leaks.length) / OFF_TOPIC.length,
    outcomes,
    leaks,
  };
}
