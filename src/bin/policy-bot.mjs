#!/usr/bin/env node
// The `policy-bot` command: runs the production build when it is up to date with the sources (plain Node, no
// TypeScript loader: ~1 s of CPU less for a one-shot question); otherwise registers the TypeScript loader (tsx) and
// runs the CLI from source, so that an edit is never answered by an older build.
import { distIsFresh } from './dist.mjs';

if (distIsFresh()) {
  await import('../../dist/src/cli/bin.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/bin.ts');
}
