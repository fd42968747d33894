/**
 * `npm run bench:reload -- [--strategies DIR] [--passages N] [--users 50] [--think-ms 1000] [--seconds 8] [--build-nice 0-19]`:
 * knowledge changes while people ask. For each corpus (the English national
 * strategies in DIR, e.g. ../shared/corpora/national-strategies; N
 * synthetic passages): a full rebuild and a cold start (fresh processes),
 * then the bot as `npm start` runs it (dist/, its Node flags) against the
 * loopback Discord, with `--users` users sending mixed interactions: for
 * `--seconds` without a reload (each user pausing about `--think-ms` between
 * interactions), then while a 100-page document is added and
 * /reload builds it. Prints (JSON) dispatch → first callback p50/p99/max
 * with and without the reload, the /reload's first response and outcome,
 * when the new document was first answered, and whether every interaction
 * was answered exactly once with its real answer.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/paths.ts';
import { callbacksPerInteraction } from '../fixtures/discord/callbacks.ts';
import { FakeDiscord } from '../fixtures/discord/fake-discord.ts';
import { OPTION_TYPE, slashCommand, testUser } from '../fixtures/discord/interactions.ts';
import { backdate } from './backdate.ts';
import { buildProduction, startNodeFlags } from './production.ts';
import { ADDED_PHRASE, type ReloadCorpus, writeAddedDocument, writeStrategiesKnowledge, writeSyntheticCorpus } from './reload-corpus.ts';
import { isRefusal, percentiles, type Sample, startLoad } from './reload-load.ts';
import { spawnDistBot } from './reload-bot.ts';

const { values } = parseArgs({
  options: {
    strategies: { type: 'string' },
    passages: { type: 'string' },
    users: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '8' },
    'think-ms': { type: 'string', default: '1000' },
    // The bot's BUILD_NICE (default: the bot's own, 19).
    'build-nice': { type: 'string' },
  },
});
const USERS = Number(values.users);
const SECONDS = Number(values.seconds);
const THINK_MS = Number(values['think-ms']);
if (values.strategies === undefined && values.passages === undefined) throw new Error('bench:reload: give --strategies DIR and/or --passages N');

/** Runs dist/bench/reload-build.js in a fresh process; returns what it printed. */
function timedBuild(knowledgeDir: string, cacheDir: string, question: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...startNodeFlags(), join(PACKAGE_ROOT, 'dist/bench/reload-build.js'), knowledgeDir, cacheDir, question], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Record<string, unknown>) : reject(new Error(`bench: reload-build exited with ${code}`)),
    );
  });
}

const progress = (s: string) => process.stderr.write(`bench:reload: ${s}\n`);

async function measure(name: string, corpus: ReloadCorpus, cacheDir: string): Promise<Record<string, unknown>> {
  const question = corpus.questions[0] ?? 'cyber';
  progress(`${name}: full rebuild`);
  const fullRebuild = await timedBuild(corpus.dir, cacheDir, question);
  progress(`${name}: cold start`);
  const coldStart = await timedBuild(corpus.dir, cacheDir, question);
  const fake = await FakeDiscord.start();
  const started = performance.now();
  const bot = await spawnDistBot(fake, {
    KNOWLEDGE_DIR: corpus.dir,
    CACHE_DIR: cacheDir,
    ...(values['build-nice'] === undefined ? {} : { BUILD_NICE: values['build-nice'] }),
  });
  const botReadyMs = Math.round(performance.now() - started);
  try {
    progress(`${name}: bot ready in ${botReadyMs} ms; warming up`);
    await (await startLoadFor(fake, corpus, 'warm', 2)).stop();
    progress(`${name}: ${SECONDS} s without a reload`);
    const quiet = await startLoadFor(fake, corpus, 'quiet', SECONDS);
    const without = await quiet.stop();

    progress(`${name}: adding a 100-page document and reloading under load`);
    const load = startLoad(fake, corpus, USERS, 'busy', THINK_MS);
    await pause(1000);
    await writeAddedDocument(corpus.dir, corpus.actors[0] ?? '', 100, 7);
    const manager = testUser('manager', '32', fake.guildId);
    const reload = slashCommand(fake, manager, 'reload');
    const reloadAt = performance.now();
    const first = await fake.interact(reload, 30_000);
    const firstMs = first.request.at - (fake.dispatchedAt.get(reload.id) ?? Number.NaN);
    // Up to 30 minutes: at nice 19 on a loaded machine a 100k build can wait a long while for a core (the fake does not expire tokens).
    const edit = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${reload.token}/messages/@original`,
      1_800_000,
    );
    const reloadMs = edit.at - reloadAt;
    // Searchable: the new document's phrase answered from it.
    const asker = testUser('checker', '0', fake.guildId);
    const check = await fake.interact(slashCommand(fake, asker, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: ADDED_PHRASE }]), 30_000);
    const searchable = JSON.stringify(check.body).includes('added-report#');
    await pause(1000);
    const during = await load.stop();
    const inWindow = during.filter((s) => s.at >= reloadAt && s.at <= edit.at);
    return {
      passages: fullRebuild['passages'],
      full_rebuild: fullRebuild,
      cold_start: coldStart,
      bot_ready_ms: botReadyMs,
      without_reload: percentiles(without.map((s) => s.ms)),
      during_reload: percentiles(inWindow.map((s) => s.ms)),
      during_reload_by_kind: byKind(inWindow),
      reload: {
        first_response_ms: Math.round(firstMs),
        first_response_type: first.body.type,
        done_ms: Math.round(reloadMs),
        says: (edit.body as { content?: string }).content,
      },
      added_document_searchable: searchable,
      serving_thread: bot.reloads.at(-1)?.['servingThread'],
      resent_on_closed_connection: Object.fromEntries(bot.resent),
      answers: exactlyOnce(fake, [...without, ...during]),
    };
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

async function startLoadFor(fake: FakeDiscord, corpus: ReloadCorpus, prefix: string, seconds: number) {
  const load = startLoad(fake, corpus, USERS, prefix, THINK_MS);
  await pause(seconds * 1000);
  return load;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function byKind(samples: readonly Sample[]): Record<string, ReturnType<typeof percentiles>> {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  return Object.fromEntries(kinds.map((k) => [k, percentiles(samples.filter((s) => s.kind === k).map((s) => s.ms))]));
}

/** How many of the measured interactions got exactly one callback, and how many of those were refusals (errors, "busy"). */
function exactlyOnce(fake: FakeDiscord, samples: readonly Sample[]) {
  const ids = new Set(samples.map((s) => s.id));
  const counts = callbacksPerInteraction(fake.callbacks.filter((c) => ids.has(c.interactionId)));
  return {
    interactions: ids.size,
    unanswered: samples.filter((s) => s.ms === Number.POSITIVE_INFINITY).length,
    over_3s: samples.filter((s) => s.ms > 3000).length,
    exactly_once: [...ids].filter((id) => counts.get(id) === 1).length,
    refused: fake.callbacks.filter((c) => ids.has(c.interactionId) && isRefusal(c)).length,
  };
}

progress('building dist/');
buildProduction();
const report: Record<string, unknown> = { users: USERS, think_ms: THINK_MS, seconds: SECONDS, build_nice: values['build-nice'] ?? 'default (19)' };
const root = await mkdtemp(join(tmpdir(), 'policy-bot-bench-reload-'));
try {
  if (values.strategies !== undefined) {
    const corpus = await writeStrategiesKnowledge(values.strategies, join(root, 'strategies'));
    // Dated a day back (backdate.ts): the cold start measured is from the cache, as a deployed bot's.
    await backdate(corpus.dir);
    report['strategies'] = await measure('strategies', corpus, join(root, 'strategies-cache'));
  }
  if (values.passages !== undefined) {
    const corpus = await writeSyntheticCorpus(join(root, 'synthetic'), Number(values.passages), 42);
    await backdate(corpus.dir);
    report['synthetic'] = await measure(`${values.passages} passages`, corpus, join(root, 'synthetic-cache'));
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  // The bot's build process may still be writing the cache as it is ended: a folder that fills while it is removed is retried.
  await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
