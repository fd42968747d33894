/**
 * `npm run bench:load [-- INTERACTIONS USERS GUILDS OUTSTANDING]` (default
 * 1000 50 5 100): the bot started as `npm start` starts it, in its own
 * process, with the default rate limits, against the fake Discord on
 * 127.0.0.1 in this process. Sends a mix of /ask, /source, /help, /actor,
 * /timeline, /compare, autocomplete and button presses from simulated users
 * as fast as the bot takes them, then prints (JSON) how many were answered
 * exactly once, how many were rate-limited (and told so), and the
 * dispatch → callback latency measured at the fake. A warm-up run (other
 * users, other guilds, so other buckets) comes first, so that the figures
 * are a running bot's rather than a cold process's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBot } from '../fixtures/discord/bot-process.ts';
import { FakeDiscord } from '../fixtures/discord/fake-discord.ts';
import { DEFAULT_LIMITS_ENV, runLoad } from '../fixtures/discord/load.ts';

const [interactions = 1000, users = 50, guilds = 5, outstanding = 100] = process.argv.slice(2).map(Number);
/** Passages of the shipped corpus, for /source and "Full passage". */
const PASSAGES = [
  'eu-resilience-capacity-building#1',
  'eu-resilience-capacity-building#2',
  'japan-resilience-capacity-building#3',
  'us-resilience-capacity-building#1',
];

const fake = await FakeDiscord.start();
const cache = await mkdtemp(join(tmpdir(), 'policy-bot-load-'));
const bot = await spawnBot(fake, { ...DEFAULT_LIMITS_ENV, CACHE_DIR: cache, LOG_LEVEL: 'info' });
try {
  const settled = async (ids: readonly string[]): Promise<void> => {
    const pending = new Set(ids);
    // Each interaction ends with one log line, written after its reply: wait for all of them.
    await bot.waitForLog(() => {
      for (const l of bot.logs) if (l['msg'] === 'interaction' && typeof l['interaction'] === 'string') pending.delete(l['interaction']);
      return pending.size === 0;
    }, 60_000);
  };
  const warmup = await runLoad(fake, { interactions: 200, users: 20, guilds: 2, outstanding, passageIds: PASSAGES, settled });
  const report = await runLoad(fake, { interactions, users, guilds, outstanding, passageIds: PASSAGES, settled });
  const failures = bot.logs.filter((l) => l['msg'] === 'interaction failed').length;
  process.stdout.write(`${JSON.stringify({ ...report, failures, limits: DEFAULT_LIMITS_ENV }, null, 2)}\n`);
  if (report.answeredExactlyOnce !== report.interactions || warmup.answeredExactlyOnce !== warmup.interactions) process.exitCode = 1;
} finally {
  await bot.stop();
  await fake.stop();
  await rm(cache, { recursive: true, force: true });
}
