/**
 * `npm run quality` without `--corpus`: prints the retrieval-quality figures on the shipped
 * corpus (the same questions and scoring as test/retrieval/quality.test.ts),
 * every question that missed the top place, and the time a warm query takes.
 */
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { evaluate } from '../../fixtures/retrieval/evaluate.ts';
import { OFF_TOPIC, QUESTIONS } from '../../fixtures/retrieval/questions.ts';

const started = performance.now();
const engine = await Engine.open({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
const built = performance.now();
const report = evaluate(engine);
const done = performance.now();

// Per-query time once warm: every question asked five more times, each timed.
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of [...QUESTIONS.map((x) => x.question), ...OFF_TOPIC]) {
    const t = performance.now();
    engine.ask(q, { top: 3 });
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const lines = [
  `questions ${report.questions}: hit@1 ${pct(report.hitAt1)}, hit@3 ${pct(report.hitAt3)}, MRR ${report.mrr.toFixed(3)}`,
  `off-topic ${report.offTopic}: abstained ${pct(report.abstainRate)}${report.leaks.length > 0 ? ` (answered: ${report.leaks.join(' | ')})` : ''}`,
  `index build ${(built - started).toFixed(0)} ms (${engine.kb.passages.length} passages); ${report.questions * 1 + report.offTopic} queries in ${(done - built).toFixed(1)} ms`,
  `warm ask (top 3), ${times.length} queries: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
  ...report.outcomes
    .filter((o) => o.rank !== 1)
    .map((o) => `  rank ${o.rank ?? '-'}: "${o.question.question}" expected ${o.question.expect}, got ${o.top.slice(0, 3).join(', ') || 'nothing'}`),
];
process.stdout.write(`${lines.join('\n')}\n`);
