/**
 * `npm run bench:e2e [-- N [concurrency]]`: the bot as production starts it,
 * against the fake Discord on 127.0.0.1, answering N interactions (a mix of
 * /ask, /source, /help and autocomplete): once one at a time, once in bursts
 * of `concurrency`. Prints how many were answered and the dispatch → callback
 * latency (p50, p99, max), measured at the fake. Bot and fake share one
 * process (and event loop), so a burst's latency includes the fake's own work.
 */
import { performance } from 'node:perf_hooks';
import { startBot } from '../fixtures/discord/bot-harness.ts';
import type { FakeDiscord } from '../fixtures/discord/fake-discord.ts';
import { autocomplete, OPTION_TYPE, slashCommand, testUser } from '../fixtures/discord/interactions.ts';
import { QUESTIONS } from '../fixtures/discord/load.ts';

const count = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 50);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function nth(fake: FakeDiscord, i: number, passageId: string) {
  const user = testUser(`user${i % 7}`);
  switch (i % 5) {
    case 0:
    case 1:
    case 2:
      return slashCommand(fake, user, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: QUESTIONS[i % QUESTIONS.length] ?? '' }]);
    case 3:
      return autocomplete(fake, user, 'source', { name: 'id', type: OPTION_TYPE.string, value: 'eu-' });
    default:
      return i % 2 === 0 ? slashCommand(fake, user, 'source', [{ name: 'id', type: OPTION_TYPE.string, value: passageId }]) : slashCommand(fake, user, 'help');
  }
}

async function run(label: string, fake: FakeDiscord, passageId: string, batch: number, total: number): Promise<void> {
  const latencies: number[] = [];
  let answered = 0;
  const started = performance.now();
  for (let i = 0; i < total; i += batch) {
    const interactions = Array.from({ length: Math.min(batch, total - i) }, (_, j) => nth(fake, i + j, passageId));
    const callbacks = await Promise.allSettled(interactions.map((it) => fake.interact(it, 10_000)));
    for (const [j, c] of callbacks.entries()) {
      if (c.status !== 'fulfilled') continue;
      answered++;
      latencies.push(c.value.request.at - (fake.dispatchedAt.get(interactions[j]?.id ?? '') ?? NaN));
    }
  }
  const wall = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  process.stdout.write(
    `${label}: answered ${answered}/${total} in ${ms(wall)} · dispatch→callback p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? NaN)}\n`,
  );
}

const bot = await startBot({ env: { LOG_LEVEL: 'warn' } });
try {
  const passageId = bot.engine.kb.passages[0]?.id ?? '';
  await run('warm-up', bot.fake, passageId, 1, 50);
  await run('one at a time', bot.fake, passageId, 1, count);
  await run(`bursts of ${concurrency}`, bot.fake, passageId, concurrency, count);
} finally {
  await bot.stop();
}
