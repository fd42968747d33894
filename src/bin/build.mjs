#!/usr/bin/env node
// `npm run build` (and `prepare`, at install): compiles what changed into dist/ and stamps the build. With --if-stale
// (prepare), does nothing when dist/ is already up to date, nor when TypeScript is not installed (an install without
// dev dependencies must not fail: the policy-bot command then runs the sources through tsx).
import { buildDist, compilerOf, distIsFresh } from './dist.mjs';

const ifStale = process.argv.includes('--if-stale');
if (ifStale && (distIsFresh() || compilerOf() === undefined)) process.exitCode = 0;
else process.exitCode = buildDist();
