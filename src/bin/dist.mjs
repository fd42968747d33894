// The production build (dist/) and whether it is up to date with the sources, so that the `policy-bot` command and
// `npm start` run plain JavaScript when they can (no TypeScript loader: ~1 s of CPU less a start) and build only
// when something changed. Plain JavaScript, because it runs before anything is built.
//
// Up to date means: the build stamp (dist/.build-stamp.json, written by buildDist) lists exactly the input files
// there are now, each with the modification time it has now. The stamp also holds each input folder's modification
// time, which changes when an entry is added to, removed from or renamed in the folder: while no folder's has
// changed, the folders hold the files the stamp lists, and the check stats those (one call each) without listing any
// folder (the listing was most of the ~20-40 ms the check took at every start of the bin); asking tsc, even
// incrementally, takes about a second.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (this file is src/bin/dist.mjs). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the build reads: the folders tsconfig.build.json compiles (with the fixtures the benchmarks import), and the settings. */
const INPUT_DIRS = ['src', 'commands', 'bench', 'fixtures'];
const INPUT_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];
const STAMP = join('dist', '.build-stamp.json');
const BUILD_INFO = join('dist', '.tsbuildinfo');

/** Every input file under `root` with its modification time, by path relative to `root` (forward slashes). */
export function inputsOf(root = PACKAGE_ROOT) {
  const inputs = {};
  const add = (path) => {
    inputs[relative(root, path).split(sep).join('/')] = statSync(path).mtimeMs;
  };
  for (const dir of INPUT_DIRS) {
    const at = join(root, dir);
    if (!existsSync(at)) continue;
    for (const entry of readdirSync(at, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) add(join(entry.parentPath, entry.name));
    }
  }
  for (const file of INPUT_FILES) if (existsSync(join(root, file))) add(join(root, file));
  return inputs;
}

/** The modification time of `path`, -1 when there is nothing there. */
function mtimeOf(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
}

/** Every input folder under `root` (the input folders themselves too, -1 for one that is missing) with its modification time. */
export function foldersOf(root = PACKAGE_ROOT) {
  const folders = {};
  const add = (path) => {
    folders[relative(root, path).split(sep).join('/')] = mtimeOf(path);
  };
  for (const dir of INPUT_DIRS) {
    const at = join(root, dir);
    add(at);
    if (!existsSync(at)) continue;
    for (const entry of readdirSync(at, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) add(join(entry.parentPath, entry.name));
    }
  }
  return folders;
}

/** What the stamp of a build from the inputs as they are now holds: the input files and folders, each with its modification time. */
export function stampOf(root = PACKAGE_ROOT) {
  return { folders: foldersOf(root), inputs: inputsOf(root) };
}

const isRecord = (value) => typeof value === 'object' && value !== null;

function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
    return isRecord(stamp) && isRecord(stamp.inputs) ? stamp : undefined;
  } catch {
    // No stamp, or one that is not JSON: the build is not known to be up to date, which is what undefined says.
    return undefined;
  }
}

/** Whether dist/ was built from exactly the inputs there are now (see the top of this file). */
export function distIsFresh(root = PACKAGE_ROOT) {
  const stamp = readStamp(root);
  // A stamp without folders (written before they were stamped) cannot tell: the build is not known to be up to date.
  if (stamp === undefined || !isRecord(stamp.folders)) return false;
  const unchanged = (record) => Object.entries(record).every(([path, mtime]) => mtimeOf(join(root, path)) === mtime);
  // The settings files are not in a folder of their own: each is checked, present or not.
  return unchanged(stamp.folders) && unchanged(stamp.inputs) && INPUT_FILES.every((file) => mtimeOf(join(root, file)) === (stamp.inputs[file] ?? -1));
}

/** The TypeScript compiler of the package, or undefined when it is not installed (an install without dev dependencies). */
export function compilerOf(root = PACKAGE_ROOT) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  return existsSync(tsc) ? tsc : undefined;
}

/**
 * Builds dist/ with tsc (incrementally: only what changed is compiled again), bundles the CLI into dist/cli/
 * (src/bin/bundle.mjs: what `policy-bot` runs) and stamps it. When an input was removed since the last build, dist/
 * is emptied first, so that no compiled file outlives its source (the command registry loads every file of
 * dist/commands). The inputs are listed before tsc runs: a file edited during the build makes the next check find the
 * build stale. Returns tsc's exit status, or the bundler's when tsc succeeded (0: built without errors).
 */
export function buildDist(root = PACKAGE_ROOT, { stdio = 'inherit' } = {}) {
  // Required here: the check alone (every start of the bin) has no process to start, and loading child_process costs ~10 ms.
  const { spawnSync } = createRequire(import.meta.url)('node:child_process');
  const stamp = readStamp(root);
  const now = stampOf(root);
  if (stamp !== undefined && Object.keys(stamp.inputs).some((name) => !(name in now.inputs))) rmSync(join(root, 'dist'), { recursive: true, force: true });
  const tsc = compilerOf(root);
  if (tsc === undefined) {
    process.stderr.write('policy-bot: TypeScript is not installed (npm install without --omit=dev), so dist/ cannot be built\n');
    return 1;
  }
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--incremental', '--tsBuildInfoFile', join(root, BUILD_INFO)], {
    cwd: root,
    stdio,
  });
  let status = result.status ?? 1;
  if (status === 0) {
    // The bundler of this package (the one being built may be a test's tiny package without a CLI: nothing to bundle).
    status = spawnSync(process.execPath, [fileURLToPath(new URL('./bundle.mjs', import.meta.url)), join(root, 'dist')], { cwd: root, stdio }).status ?? 1;
  }
  if (status === 0) writeFileSync(join(root, STAMP), `${JSON.stringify(now)}\n`);
  return status;
}
