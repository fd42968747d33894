/**
 * A read-only data folder: the ratings store is unavailable (logged once),
 * never throws. End to end because it makes the folder read-only with the
 * system's tools: chmod, and, when the tests run as root (whom permissions
 * do not stop), chattr +i.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/feedback/store.ts';
import { createLogger } from '../../src/log.ts';

const root = process.getuid?.() === 0;

describe('FeedbackStore in a read-only data folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policy-bot-feedback-ro-'));
    await chmod(dir, 0o555);
    if (root) execFileSync('chattr', ['+i', dir]);
  });
  afterEach(async () => {
    if (root) execFileSync('chattr', ['-i', dir]);
    await chmod(dir, 0o755);
    await rm(dir, { recursive: true, force: true });
  });

  it('cannot be written: the folder really is read-only, and the store says unavailable, logged once', async () => {
    await expect(writeFile(join(dir, 'probe'), 'x')).rejects.toThrow();
    const lines: string[] = [];
    const sink = new Writable({
      write: (c: Buffer, _e, done) => {
        lines.push(String(c));
        done();
      },
    });
    const logger = createLogger('info', sink);
    const store = new FeedbackStore({ dataDir: dir, logger });
    expect(store.available).toBe(false);
    expect(store.vote({ answer: 'a', rated: { question: 'q', passageIds: ['p'] }, userId: '1', value: 'up' })).toBe('unavailable');
    expect(store.list()).toEqual({ available: false });
    expect(lines.filter((l) => l.includes('feedback database unavailable'))).toHaveLength(1);
  });
});
