/** The terminal fronts as processes of their own: `npm start` without a token, and the installed `policy-bot` command. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../../src/paths.ts';

const askJsonSchema = z.object({ results: z.array(z.object({ id: z.string() })) });

describe('the console process', () => {
  it('starts from `npm start` without a token and reads piped input', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [join(PACKAGE_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PACKAGE_ROOT, 'src/main.ts')],
        { cwd: PACKAGE_ROOT, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DISCORD_TOKEN: '' } },
        (error, out) => (error === null ? resolve(out) : reject(error)),
      );
      child.stdin?.end('/ask What is NIS2?\n');
    });
    expect(stdout).toContain('[eu-resilience-capacity-building#2]');
  });
});

describe('the installed command', () => {
  it('runs as `policy-bot` through its bin script', async () => {
    const bin = join(PACKAGE_ROOT, 'src/bin/policy-bot.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'ask', 'trickle-up effect', '--json', '--top', '1'], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', CACHE_DIR: join(PACKAGE_ROOT, 'node_modules/.cache/policy-bot-test') },
    });
    expect(askJsonSchema.parse(JSON.parse(stdout)).results[0]?.id).toBe('japan-resilience-capacity-building#2');
  });
});
