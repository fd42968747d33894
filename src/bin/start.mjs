#!/usr/bin/env node
// `npm start` (and `start:sharded`): runs the production build, compiling first only when a source changed since the
// last build (a type error stops the start, as `tsc && node` did). The entry is a path under dist/ (default: the bot
// or console of src/main.ts).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDist, distIsFresh, PACKAGE_ROOT } from './dist.mjs';

const entry = process.argv[2] ?? 'src/main.js';
if (!distIsFresh()) {
  const status = buildDist();
  if (status !== 0) process.exit(status);
}
await import(pathToFileURL(join(PACKAGE_ROOT, 'dist', entry)).href);
