#!/usr/bin/env node
// `npm run build` (and `prepare`, at install): compiles what changed into dist/ and stamps the build; with --if-stale,
// does nothing when dist/ is already up to date.
import { buildDist, distIsFresh } from './dist.mjs';

if (process.argv.includes('--if-stale') && distIsFresh()) process.exitCode = 0;
else process.exitCode = buildDist();
