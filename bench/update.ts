/**
 * `npm run bench:update -- --passages N [--pages 100] [--dir DIR] [--verbose]`: one new
 * document into a served knowledge base of N synthetic passages, as a
 * reload takes it (the build process's default path, an update in place:
 * store/apply-changes.ts). Prints (JSON): how long after the reload started
 * the new document was first answered, the longest the serving thread was
 * blocked meanwhile (event-loop delay), and how long until the cache on
 * disk was fresh for the new folder (the build process writes it after the
 * hand-over). Not a test: figures of this machine at the time.
 *
 * With --dir, the knowledge folder and its cache are kept there and reused
 * (the first run builds the cache: minutes at 100k). Each run adds a
 * document of its own and leaves it, so that the cache the build process
 * writes after the hand-over is fresh for the next run's start.
 *
 * Runs the production build (dist/, plain Node), as `npm start` does, so the
 * build process starts as it does in production.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';
import { loadCorpusOf } from '../src/build.ts';
import { cacheFilesFor } from '../src/store/cache-files.ts';
import { silentLogger } from '../src/log.ts';
import { EngineHolder } from '../src/reload.ts';
import { readCacheSync } from '../src/store/cache.ts';
import { partKeys } from '../src/store/versions.ts';
import { ADDED_PHRASE, writeAddedDocument, writeSyntheticCorpus } from './reload-corpus.ts';

const args = z
  .object({ passages: z.coerce.number().int().positive(), pages: z.coerce.number().int().positive(), dir: z.string().optional(), verbose: z.boolean() })
  .parse(
    parseArgs({
      options: {
        passages: { type: 'string' },
        pages: { type: 'string', default: '100' },
        dir: { type: 'string' },
        verbose: { type: 'boolean', default: false },
      },
    }).values,
  );

const progress = (s: string) => process.stderr.write(`bench:update: ${s}\n`);
const dir = args.dir ?? join('/tmp', `policy-bot-update-${args.passages}`);
const knowledgeDir = join(dir, 'knowledge');
const cacheDir = join(dir, 'cache');
// Debug lines (the build's phases among them) go to standard error with --verbose.
const logger = args.verbose ? pino({ level: 'debug', base: null }, pino.destination(2)) : silentLogger();
const options = { knowledgeDir, cacheDir, logger, nice: 0 };

let started = performance.now();
const corpus = await writeCorpusOnce();
progress(`opening ${corpus} passages (builds the cache on a first run)`);
const holder = await EngineHolder.open(options);
const opened = Math.round(performance.now() - started);
progress(`opened in ${opened} ms; adding a ${args.pages}-page document`);

const actor = holder.current.kb.corpus.actors[0]?.id ?? '';
const added = `added-${Date.now().toString(36)}`;
const phrase = `${added} ${ADDED_PHRASE}`;
await writeAddedDocument(knowledgeDir, actor, args.pages, 7, added);
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
started = performance.now();
let answeredAt: number | undefined;
const reload = holder.reload();
let done = false;
void reload.finally(() => {
  done = true;
});
while (answeredAt === undefined) {
  if (holder.current.ask(phrase).results[0]?.passage.docId === added) answeredAt = performance.now() - started;
  else if (done) break;
  else await new Promise((resolve) => setTimeout(resolve, 10));
}
const outcome = await reload;
delay.disable();
const after = await loadCorpusOf({ ...options, cacheDir: false });
const files = cacheFilesFor(cacheDir, knowledgeDir);
const keys = partKeys(after.hash);
let cachedAt: number | undefined;
for (let i = 0; i < 6000 && cachedAt === undefined; i++) {
  const fresh = (['passages', 'index', 'facts'] as const).every((part) => readCacheSync(files[part], part, keys[part], true).status === 'fresh');
  if (fresh) cachedAt = performance.now() - started;
  else await new Promise((resolve) => setTimeout(resolve, 100));
}
const kb = holder.current.kb;
process.stdout.write(
  `${JSON.stringify(
    {
      passages: kb.passages.length,
      added: kb.passages.filter((p) => p.docId === added).length,
      origin: kb.origin,
      outcome,
      newDocumentAnsweredMs: answeredAt === undefined ? null : Math.round(answeredAt),
      servingThreadMaxBlockedMs: Math.round(delay.max / 1e6),
      cacheFreshMs: cachedAt === undefined ? null : Math.round(cachedAt),
      openedMs: opened,
    },
    null,
    2,
  )}\n`,
);
if (args.dir === undefined) await rm(dir, { recursive: true, force: true });

/** Writes the synthetic knowledge folder unless a run left it there; resolves to its passage count. */
async function writeCorpusOnce(): Promise<number> {
  if (!existsSync(join(knowledgeDir, 'actors.yaml'))) await writeSyntheticCorpus(knowledgeDir, args.passages, 1);
  return args.passages;
}
