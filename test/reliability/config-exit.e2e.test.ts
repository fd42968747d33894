/** Both process entry points stop on a malformed variable the same way: its name on standard error, exit code 3. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_SETUP } from '../../src/cli/exit-codes.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';

/** Runs `entry` with `env` only; resolves to its exit code and standard error. */
function run(entry: string, env: Record<string, string>): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(PACKAGE_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PACKAGE_ROOT, entry)],
      { cwd: PACKAGE_ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, _out, err) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, err }),
    );
  });
}

describe('a configuration that does not validate', () => {
  it.each(['src/main.ts', 'src/discord/sharded-main.ts'])('stops %s with the variable named and exit code 3', async (entry) => {
    const { code, err } = await run(entry, { RATE_LIMIT_USER_CAPACITY: '0', LOG_LEVEL: 'silent' });
    expect(EXIT_SETUP).toBe(3);
    expect(code).toBe(EXIT_SETUP);
    expect(err).toContain('RATE_LIMIT_USER_CAPACITY: expected a whole number, 1 or more');
    expect(err).not.toMatch(/\n\s+at /u);
  });
});
