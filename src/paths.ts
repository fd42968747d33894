/** Paths fixed by where the package is installed. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InstallationError } from './errors.ts';

/**
 * The nearest folder at or above `from` that holds a package.json: this
 * module runs from `src/` (through tsx, in development and tests) or from
 * `dist/src/` (the production build), and both must find the same root.
 */
export function packageRootFrom(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new InstallationError(`policy-bot: no package.json at or above ${from}`);
  }
}

/** The package's root folder (where package.json is). */
export const PACKAGE_ROOT = packageRootFrom(dirname(fileURLToPath(import.meta.url)));

/** The knowledge folder shipped with the package. */
export const DEFAULT_KNOWLEDGE_DIR = join(PACKAGE_ROOT, 'knowledge');

/** Where built indexes are cached unless configured otherwise: the usual tool-cache place under node_modules. */
export const DEFAULT_CACHE_DIR = join(PACKAGE_ROOT, 'node_modules/.cache/policy-bot');

/**
 * `relative` (a path from this package's `src/`, written with the `.ts`
 * extension) as it is where this code runs: the TypeScript source, or its
 * `.js` in the build. For the few files that are started or read by path
 * (a shard's entry, the command folder).
 */
export function runtimePath(relative: string): string {
  const here = fileURLToPath(import.meta.url);
  const path = join(dirname(here), relative);
  return here.endsWith('.ts') ? path : path.replace(/\.ts$/u, '.js');
}
