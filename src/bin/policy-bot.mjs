#!/usr/bin/env node
// The `policy-bot` command: runs the production build when it is up to date with the sources (plain Node, no
// TypeScript loader: ~1 s of CPU less for a one-shot question), as the CLI's bundle (dist/cli/, src/bin/bundle.mjs:
// a few files to load instead of ~280 modules; dist/src/ if a build left no bundle); otherwise registers the
// TypeScript loader (tsx) and runs the CLI from source, so that an edit is never answered by an older build.
import { existsSync } from 'node:fs';
import { distIsFresh } from './dist.mjs';

if (distIsFresh()) {
  const bundle = new URL('../../dist/cli/bin.js', import.meta.url);
  await import(existsSync(bundle) ? bundle.href : '../../dist/src/cli/bin.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/bin.ts');
}
