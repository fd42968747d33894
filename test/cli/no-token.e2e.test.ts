/**
 * `npm start` without a token: the console answers piped input as documented,
 * but a start with neither a token nor any input (a service whose `.env`
 * lost its token) says so on standard error and exits 3 instead of exiting
 * 0 silently.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_SETUP } from '../../src/cli/exit-codes.ts';
import { NO_TOKEN_NO_INPUT, runWithoutToken } from '../../src/cli/no-token.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { scriptedTerminal } from '../support/terminal.ts';

let cache = '';
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'policy-bot-no-token-'));
});
afterAll(async () => {
  await rm(cache, { recursive: true, force: true });
});

describe('the console started without a token', () => {
  const env = () => ({ CACHE_DIR: cache, LOG_LEVEL: 'silent' });

  it('piped commands: answered, exit 0, nothing on standard error', async () => {
    const run = scriptedTerminal(['/ask What is NIS2?']);
    expect(await runWithoutToken(run.io, false, env())).toBe(0);
    expect(run.out()).toContain('NIS2');
    expect(run.err()).toBe('');
  });

  it.each([
    ['no input at all', []],
    ['only blank lines', ['', '   ']],
  ])('%s, not a terminal: says that no token is set and nothing was read, exit 3', async (_what, input) => {
    const run = scriptedTerminal(input);
    expect(await runWithoutToken(run.io, false, env())).toBe(EXIT_SETUP);
    expect(run.err()).toBe(`${NO_TOKEN_NO_INPUT}\n`);
    expect(run.out()).toBe('');
  });

  it('a terminal closed at once (Ctrl-D): a person left, exit 0 without the message', async () => {
    const run = scriptedTerminal([]);
    expect(await runWithoutToken(run.io, true, env())).toBe(0);
    expect(run.err()).toBe('');
  });

  /** `npm start`'s program with DISCORD_TOKEN empty (as a `.env` with `DISCORD_TOKEN=` gives) and `input` on standard input. */
  async function start(input: string | null): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), 'src/main.ts'], {
      cwd: PACKAGE_ROOT,
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', CACHE_DIR: cache, LOG_LEVEL: 'silent' },
      stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== null) child.stdin?.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    return { code, stdout, stderr };
  }

  it('the process, standard input closed (a service): the message on standard error, exit 3', async () => {
    const run = await start(null);
    expect(run).toEqual({ code: EXIT_SETUP, stdout: '', stderr: `${NO_TOKEN_NO_INPUT}\n` });
  }, 30_000);

  it('the process, piped commands: answered, exit 0 (printf ... | npm start keeps working)', async () => {
    const run = await start('/ask What is NIS2?\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('NIS2');
    expect(run.stderr).toBe('');
  }, 30_000);
});
