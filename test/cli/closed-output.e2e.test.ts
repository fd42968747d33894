/**
 * Output closed by its reader (`policy-bot ask --stdin | head -1`): the
 * command stops writing and reading, ends with its exit code and prints no
 * stack or unhandled 'error' event.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, streamIO } from '../../src/cli/main.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';

let cacheDir = '';
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'policy-bot-epipe-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** An output whose reader leaves after `accepted` writes: the next write fails with EPIPE, as a pipe to `head` does. */
function pipeClosingAfter(accepted: number): { stream: Writable; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (written.length >= accepted) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' }));
        return;
      }
      written.push(chunk.toString('utf8'));
      done();
    },
  });
  return { stream, written };
}

describe('output closed by its reader', () => {
  it('ask --stdin: stops after the output closes, exit 0, nothing on standard error, no more input read', async () => {
    const stdin = new PassThrough();
    const { stream: stdout, written } = pipeClosingAfter(1);
    let errText = '';
    const stderr = new Writable({
      write: (c: Buffer, _e, done) => {
        errText += c.toString('utf8');
        done();
      },
    });
    const questions = Array.from({ length: 50 }, (_, i) => `What is NIS2? (${i})`);
    stdin.write(`${questions.slice(0, 3).join('\n')}\n`);
    const running = runCli(['ask', '--stdin'], streamIO({ stdin, stdout, stderr }), { CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' });
    // Input stays open: the run must end because its output closed, not because its input did.
    const code = await running;
    expect(code).toBe(0);
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0] ?? '')).toMatchObject({ query: 'What is NIS2? (0)' });
    expect(errText).toBe('');
    stdin.destroy();
  });

  it('the bin piped into a reader that leaves after one line: exit 0, no stack on standard error', async () => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'src/bin/policy-bot.mjs'), 'ask', '--stdin'], {
      env: { PATH: process.env.PATH ?? '', CACHE_DIR: cacheDir, LOG_LEVEL: 'silent', DISCORD_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Far more output than a pipe buffers (64 KiB): the bot must write after its reader has gone.
    child.stdin.end(`${Array.from({ length: 400 }, () => 'capacity building').join('\n')}\n`);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString('utf8'))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(first.startsWith('{"query":"capacity building"')).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
