/**
 * Whether the production build is up to date (src/bin/dist.mjs), which
 * decides whether `policy-bot` and `npm start` run dist/ or build first: any
 * edit, new, removed or renamed input makes it stale; a build stamps it
 * fresh; a build after a removal leaves no compiled file of the removed
 * source behind.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDist, distIsFresh, stampOf } from '../../src/bin/dist.mjs';
import { PACKAGE_ROOT } from '../../src/paths.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
});

/** A tiny package laid out as this one: two sources, a command, the tsconfig files, this package's node_modules. */
async function tinyPackage(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'policy-bot-dist-'));
  roots.push(root);
  await mkdir(join(root, 'src'));
  await mkdir(join(root, 'commands'));
  await writeFile(join(root, 'src/a.ts'), 'export const a: number = 1;\n');
  await writeFile(join(root, 'src/b.ts'), "import { a } from './a.ts';\nexport const b = a + 1;\n");
  await writeFile(join(root, 'commands/hello.ts'), "export const hello = 'hello';\n");
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  const base = JSON.parse(await readFile(join(PACKAGE_ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: object };
  await writeFile(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: base.compilerOptions, include: ['src', 'commands'] }));
  await writeFile(
    join(root, 'tsconfig.build.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { noEmit: false, outDir: 'dist', rootDir: '.', rewriteRelativeImportExtensions: true },
      include: ['src', 'commands'],
    }),
  );
  await symlink(join(PACKAGE_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** Stamps `root` as built from its inputs as they are now (what buildDist writes after tsc). */
async function stamp(root: string): Promise<void> {
  await mkdir(join(root, 'dist'), { recursive: true });
  await writeFile(join(root, 'dist/.build-stamp.json'), JSON.stringify(stampOf(root)));
}

describe('is dist/ up to date?', () => {
  it('no stamp: no', async () => {
    expect(distIsFresh(await tinyPackage())).toBe(false);
  });

  it('stamped from the inputs as they are: yes; an edit, a new file, a removal or a rename: no', async () => {
    const root = await tinyPackage();
    await stamp(root);
    expect(distIsFresh(root)).toBe(true);

    await utimes(join(root, 'src/a.ts'), new Date(), new Date(Date.now() + 5000));
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);

    await writeFile(join(root, 'commands/new.ts'), 'export {};\n');
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);

    // A rename keeps the modification time: only the list of names tells.
    await rename(join(root, 'src/b.ts'), join(root, 'src/c.ts'));
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);

    await rm(join(root, 'commands/new.ts'));
    expect(distIsFresh(root)).toBe(false);
    await writeFile(join(root, 'tsconfig.build.json'), `${await readFile(join(root, 'tsconfig.build.json'), 'utf8')} `);
    await stamp(root);
    expect(distIsFresh(root)).toBe(true);
  });

  it('the check lists no folder: a file added, removed or renamed in a nested folder, a new folder or input folder, a settings file added: no', async () => {
    const root = await tinyPackage();
    await mkdir(join(root, 'src/deep/deeper'), { recursive: true });
    await writeFile(join(root, 'src/deep/deeper/d.ts'), 'export const d = 4;\n');
    await stamp(root);
    expect(distIsFresh(root)).toBe(true);

    await writeFile(join(root, 'src/deep/deeper/e.ts'), 'export const e = 5;\n');
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);

    await rename(join(root, 'src/deep/deeper/e.ts'), join(root, 'src/deep/deeper/f.ts'));
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);

    await rm(join(root, 'src/deep/deeper/f.ts'));
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);

    await mkdir(join(root, 'src/deep/deeper/deepest'));
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);

    // An input folder the package did not have (bench/), and a settings file it did not have.
    await mkdir(join(root, 'bench'));
    expect(distIsFresh(root)).toBe(false);
    await stamp(root);
    await rm(join(root, 'tsconfig.build.json'));
    await stamp(root);
    await writeFile(join(root, 'tsconfig.build.json'), '{}');
    expect(distIsFresh(root)).toBe(false);
  });

  it('a stamp without the folders (an older build): not known to be up to date', async () => {
    const root = await tinyPackage();
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'dist/.build-stamp.json'), JSON.stringify({ inputs: stampOf(root).inputs }));
    expect(distIsFresh(root)).toBe(false);
  });

  it('buildDist compiles and stamps; after a removal it rebuilds without the removed file', async () => {
    const root = await tinyPackage();
    expect(buildDist(root, { stdio: 'ignore' })).toBe(0);
    expect(distIsFresh(root)).toBe(true);
    expect(existsSync(join(root, 'dist/src/b.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/commands/hello.js'))).toBe(true);

    await rm(join(root, 'commands/hello.ts'));
    expect(distIsFresh(root)).toBe(false);
    expect(buildDist(root, { stdio: 'ignore' })).toBe(0);
    expect(distIsFresh(root)).toBe(true);
    expect(existsSync(join(root, 'dist/commands/hello.js'))).toBe(false);
    expect(existsSync(join(root, 'dist/src/b.js'))).toBe(true);
  }, 60_000);

  it('a type error: a non-zero status and no stamp (the start stops, as tsc && node did)', async () => {
    const root = await tinyPackage();
    await writeFile(join(root, 'src/a.ts'), 'export const a: number = "one";\n');
    expect(buildDist(root, { stdio: 'ignore' })).not.toBe(0);
    expect(distIsFresh(root)).toBe(false);
  }, 60_000);
});
