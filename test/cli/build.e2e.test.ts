import { execFile } from 'node:child_process';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../../src/bin/bundle.mjs';
import { PACKAGE_ROOT } from '../../src/paths.ts';

const run = promisify(execFile);
/** Built inside the package (as dist/ is), so that the build finds the package root, its knowledge and node_modules. */
const out = join(PACKAGE_ROOT, 'node_modules/.cache/policy-bot-build-test');
let cacheDir = '';

beforeAll(async () => {
  await rm(out, { recursive: true, force: true });
  await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(PACKAGE_ROOT, 'tsconfig.build.json'), '--outDir', out]);
  expect(await bundleCli(out)).toBe(true);
  cacheDir = await mkdtemp(join(PACKAGE_ROOT, 'node_modules/.cache/policy-bot-build-cache-'));
}, 180_000);
afterAll(async () => {
  await Promise.all([rm(out, { recursive: true, force: true }), rm(cacheDir, { recursive: true, force: true })]);
});

const env = () => ({ PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', CACHE_DIR: cacheDir, DISCORD_TOKEN: '' });

/** Runs Node on `args` with `input` typed into the console; its exit code and what it wrote (standard output and error together). */
async function consoleRun(args: readonly string[], input: string): Promise<{ code: number | null; stdout: string }> {
  const child = execFile(process.execPath, [...args], { env: env() });
  child.stdin?.end(input);
  let stdout = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout };
}

describe('the production build (npm run build; npm start runs it with plain Node)', () => {
  it('answers from the shipped knowledge as the sources do, without a TypeScript loader', async () => {
    const args = ['ask', 'trickle-up effect', '--json', '--top', '1'];
    const built = await run(process.execPath, [join(out, 'src/cli/bin.js'), ...args], { env: env() });
    // The sources through the TypeScript loader (the bin itself may run an up-to-date dist/).
    const sources = await run(process.execPath, ['--import', import.meta.resolve('tsx'), join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], { env: env() });
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(sources.stdout));
    expect((JSON.parse(built.stdout) as { results: { id: string }[] }).results[0]?.id).toBe('japan-resilience-capacity-building#2');
  }, 60_000);

  it('loads the command files of the build: the console runs each command', async () => {
    const { code, stdout } = await consoleRun(
      [join(out, 'src/main.js')],
      '/sources\n/actor japan\n/timeline\n/compare actor_a:eu actor_b:japan\n/source japan-resilience-capacity-building#2\n/ingest\n/nosuch\n',
    );
    expect(code).toBe(0);
    // The one unknown command lists the commands the registry loaded from the build's command folder.
    expect(stdout.match(/unknown command/giu)).toHaveLength(1);
    expect(stdout).toContain('Commands: /actor, /ask, /compare, /feedback, /help, /ingest, /reload, /source, /sources, /timeline.');
    // The Discord-only command answers in a terminal with the terminal's own way.
    expect(stdout).toContain('In a terminal, add documents with: policy-bot ingest FILE...');
    for (const heading of ['United States (us, state', 'Partners and fora', 'Timeline: all actors', 'Compare: European Union · Japan', 'trickle-up']) {
      expect(stdout).toContain(heading);
    }
  }, 60_000);

  it("the CLI's bundle (what policy-bot runs) answers as the sources do, with the command files inside it", async () => {
    const args = ['ask', 'trickle-up effect', '--json', '--top', '1'];
    const bundled = await run(process.execPath, [join(out, 'cli/bin.js'), ...args], { env: env() });
    const sources = await run(process.execPath, ['--import', import.meta.resolve('tsx'), join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], { env: env() });
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(sources.stdout));

    // Without the build's command folder, the bundle still has every command (it does not import them by path),
    // and its lazy parts (the console, a picture) load from its chunks.
    await rename(join(out, 'commands'), join(out, 'commands-away'));
    try {
      const picture = join(cacheDir, 'timeline.png');
      await run(process.execPath, [join(out, 'cli/bin.js'), 'timeline', '--png', picture], { env: env() });
      expect((await stat(picture)).size).toBeGreaterThan(1000);
      const { code, stdout } = await consoleRun([join(out, 'cli/bin.js'), 'console'], '/sources\n/timeline\n/nosuch\n');
      expect(code).toBe(0);
      expect(stdout).toContain('Commands: /actor, /ask, /compare, /feedback, /help, /ingest, /reload, /source, /sources, /timeline.');
      for (const heading of ['United States (us, state', 'Timeline: all actors']) expect(stdout).toContain(heading);
    } finally {
      await rename(join(out, 'commands-away'), join(out, 'commands'));
    }
  }, 60_000);
});
