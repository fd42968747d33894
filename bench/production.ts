/**
 * Running benchmark code as `npm start` runs the bot: the production
 * JavaScript in dist/ (built first), in a plain Node process with the start
 * script's Node flags, no TypeScript loader.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../src/paths.ts';

/** Builds the production JavaScript (`npm run build`): the serving process runs it, as `npm start` runs the bot. */
export function buildProduction(): void {
  const tsc = join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', join(PACKAGE_ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`bench: the build failed (exit ${built.status ?? built.signal ?? '?'})`);
}

/** The Node flags `npm start` runs the bot with (package.json's start script): the serving process runs with the same. */
export function startNodeFlags(): string[] {
  const pkg = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')));
  // `node [flags] src/bin/start.mjs` (builds dist/ when stale, then runs dist/src/main.js) or `node [flags] dist/src/main.js`.
  const flags = /\bnode((?:\s+--\S+)*)\s+(?:src\/bin\/start\.mjs|dist\/src\/main\.js)\b/u.exec(pkg.scripts.start);
  if (flags === null) throw new Error(`bench: package.json's start script does not run the bot with node: ${pkg.scripts.start}`);
  return (flags[1] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((f) => f !== '');
}
