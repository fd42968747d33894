/**
 * Start-fast benchmark (issue 12 "Start fast"): how long one question takes
 * end to end from the command line, and how long `npm start` takes to
 * answer its first console question, on the English national strategies of
 * ../shared/corpora/national-strategies with a warm cache.
 *
 *   npx tsx bench/start-fast.ts <corpus folder> [runs]
 *   npx tsx bench/start-fast.ts <corpus folder> --folder DIR   (only writes the knowledge folder, for hyperfine)
 *   npm run bench -- --strategies <corpus folder> [--start-runs N]   (the same figures, with the others)
 *
 * It writes a temporary knowledge folder (front matter over each raw
 * `*_ENG.txt`, one actor per country, nothing copied into the repository),
 * warms the cache once, then times `node src/bin/policy-bot.mjs ask ...` and
 * `npm start` (question piped in, time to the first answer line) `runs`
 * times each (default 10), and prints min / median / max. Figures are of
 * this machine at the time: run both sides of a comparison in one session.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/paths.ts';

const QUESTION = 'What does the strategy say about critical infrastructure protection?';
const DATASET_URL = 'https://github.com/nadiyakostyuk/National-Cybersecurity-Strategy-Data';

/** `20150723_Ghana_ENG.txt` → its date, country and a lowercase slug. */
function describeFile(name: string): { date: string; country: string; slug: string } | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})_([A-Za-z-]+)_ENG\.txt$/u.exec(name);
  if (match === null) return undefined;
  const [, y, m, d, country = ''] = match;
  return { date: `${y}-${m}-${d}`, country: country.replace(/-/gu, ' '), slug: country.toLowerCase() };
}

/** Writes the knowledge folder for the English strategies of `corpus` into `dir`; resolves to the number of documents. */
export async function writeStrategiesKnowledge(corpus: string, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const files = (await readdir(corpus)).sort().flatMap((name) => {
    const described = describeFile(name);
    return described === undefined ? [] : [{ name, ...described }];
  });
  const actors = new Map<string, string>();
  for (const file of files) {
    actors.set(file.slug, file.country);
    const text = await readFile(join(corpus, file.name), 'utf8');
    const front = [
      '---',
      `id: ${file.date.slice(0, 4)}-${file.slug}`,
      `title: ${JSON.stringify(`${file.country}: national cybersecurity strategy (${file.date.slice(0, 4)})`)}`,
      `actor: ${file.slug}`,
      'source:',
      `  publisher: ${JSON.stringify(`Government of ${file.country}`)}`,
      `  title: ${JSON.stringify(`${file.country} national cybersecurity strategy`)}`,
      `  url: ${DATASET_URL}`,
      `  retrieved: 2025-11-10`,
      '---',
      '',
    ].join('\n');
    await writeFile(join(dir, `${file.date}-${file.slug}.md`), `${front}${text}\n`);
  }
  const actorsYaml = ['actors:', ...[...actors].map(([id, name]) => `  - id: ${id}\n    name: ${JSON.stringify(name)}\n    kind: state`)].join('\n');
  await writeFile(join(dir, 'actors.yaml'), `${actorsYaml}\n`);
  return files.length;
}

/** Runs `command args` with `input` on standard input; resolves to the ms until `done(stdout so far)` is true (or the exit). */
function timeRun(command: string, args: readonly string[], env: NodeJS.ProcessEnv, input: string, done: (out: string) => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: PACKAGE_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let at: number | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (at === undefined && done(out)) at = performance.now() - started;
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.stdin.end(input);
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${err.slice(0, 500)}`));
      else resolve(at ?? performance.now() - started);
    });
  });
}

/** One line of figures: min / median / max of `ms`. */
export function summary(label: string, ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(0);
  return `${label.padEnd(44)} min ${at(0).padStart(5)} ms   median ${at(0.5).padStart(5)} ms   max ${at(1).padStart(5)} ms   (${ms.length} runs)`;
}

/**
 * Times `runs` questions through the bin and `runs` first console answers
 * of `npm start` on the strategies in `corpus` (a temporary knowledge
 * folder, cache warmed first). Resolves to the lines to print.
 */
export async function measureStartFast(corpus: string, runs: number, progress: (s: string) => void = () => {}): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'policy-bot-start-fast-'));
  try {
    const knowledge = join(work, 'knowledge');
    const documents = await writeStrategiesKnowledge(corpus, knowledge);
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: '',
      KNOWLEDGE_DIR: knowledge,
      CACHE_DIR: join(work, 'cache'),
      LOG_LEVEL: 'warn',
    };
    const bin = [join(PACKAGE_ROOT, 'src/bin/policy-bot.mjs'), 'ask', QUESTION, '--top', '3'];
    const answered = (out: string) => out.includes('\n1. ') || out.startsWith('1. ');
    progress(`${documents} documents in ${knowledge}; warming the cache`);
    await timeRun(process.execPath, bin, env, '', () => false);
    await timeRun('npm', ['start', '--silent'], env, `/ask ${QUESTION}\n`, answered);
    const ask: number[] = [];
    const start: number[] = [];
    for (let i = 0; i < runs; i++) {
      ask.push(await timeRun(process.execPath, bin, env, '', () => false));
      start.push(await timeRun('npm', ['start', '--silent'], env, `/ask ${QUESTION}\n`, answered));
    }
    return [summary('policy-bot ask (bin, warm cache, to exit)', ask), summary('npm start (to the first console answer)', start)];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [corpus, runsArg, folder] = process.argv.slice(2);
  if (corpus === undefined) {
    process.stderr.write('usage: npx tsx bench/start-fast.ts <corpus folder, e.g. ../shared/corpora/national-strategies> [runs]\n');
    process.exitCode = 2;
    return;
  }
  if (runsArg === '--folder' && folder !== undefined) {
    process.stdout.write(`${await writeStrategiesKnowledge(corpus, folder)} documents in ${folder}\n`);
    return;
  }
  const lines = await measureStartFast(corpus, Number(runsArg ?? 10), (s) => process.stderr.write(`${s}\n`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
