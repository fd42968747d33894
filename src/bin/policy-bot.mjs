#!/usr/bin/env node
// The `policy-bot` command: registers the TypeScript loader (tsx), then runs the CLI from source.
import { register } from 'tsx/esm/api';

register();
await import('../cli/bin.ts');
