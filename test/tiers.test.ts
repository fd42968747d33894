/**
 * The rule that splits the suite into its two vitest projects (vitest.config.ts):
 * a test file that starts processes, runs the build or talks to the loopback
 * Discord is named `*.e2e.test.ts`, so that `npm run test:unit` stays seconds.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.ts';

/**
 * What makes a test end-to-end: child processes, the sharding manager, the loopback Discord (directly or through the
 * harnesses); and a module mock, which needs the module registry of its own that only the e2e tier's isolation gives.
 */
const END_TO_END = /vi\.mock\(|from '(node:child_process|[^']*\/fixtures\/discord\/(fake-discord|bot-harness|bot-process|load)\.ts|[^']*\/discord\/(sharding|client|main)\.ts)'/u;

async function testFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.test.ts')).map((e) => relative(PACKAGE_ROOT, join(e.parentPath, e.name)));
}

describe('the test tiers', () => {
  it('name every test that starts processes or talks to the loopback Discord *.e2e.test.ts, and only those', async () => {
    const files = await testFiles(join(PACKAGE_ROOT, 'test'));
    expect(files.length).toBeGreaterThan(20);
    const misplaced: string[] = [];
    for (const file of files) {
      const endToEnd = END_TO_END.test(await readFile(join(PACKAGE_ROOT, file), 'utf8'));
      if (endToEnd !== file.endsWith('.e2e.test.ts')) misplaced.push(`${file} (${endToEnd ? 'end-to-end' : 'in-process'})`);
    }
    expect(misplaced).toEqual([]);
  });
});
