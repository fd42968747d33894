/**
 * The folders outside src/ import one way: bench/ and test/ share what both
 * use through fixtures/ (the synthetic corpus, the loopback Discord and its
 * harnesses, the retrieval questions and metrics), and neither imports the
 * other's helpers; fixtures/ imports neither. The one exception is code under
 * test: test/retrieval tests the corpus-quality harness of bench/quality.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.ts';

const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu;

/** Each relative import of the TypeScript files under `dir`, as `file → target`, both relative to the package root. */
async function importsUnder(dir: string): Promise<{ file: string; target: string }[]> {
  const entries = await readdir(join(PACKAGE_ROOT, dir), { withFileTypes: true, recursive: true });
  const out: { file: string; target: string }[] = [];
  for (const e of entries.filter((x) => x.isFile() && x.name.endsWith('.ts'))) {
    const path = join(e.parentPath, e.name);
    for (const m of (await readFile(path, 'utf8')).matchAll(IMPORT)) {
      out.push({ file: relative(PACKAGE_ROOT, path), target: relative(PACKAGE_ROOT, resolve(dirname(path), m[1] ?? '')) });
    }
  }
  return out;
}

describe('the folders beside src/', () => {
  it.each([
    ['bench', ['test/'], []],
    ['test', ['bench/'], ['bench/quality/']],
    ['fixtures', ['test/', 'bench/'], []],
  ])('%s imports nothing from %j (but the code it tests: %j)', async (dir, forbidden, tested) => {
    const imports = await importsUnder(dir);
    expect(imports.length).toBeGreaterThan(20);
    const crossing = imports.filter((i) => forbidden.some((f) => i.target.startsWith(f)) && !tested.some((t) => i.target.startsWith(t)));
    expect(crossing.map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });
});
