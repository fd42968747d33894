#!/usr/bin/env node
// The CLI's bundle: dist/src/cli/bin.js and what it imports, bundled with esbuild into dist/cli/ (bin.js and its
// chunks), which the `policy-bot` command runs. One question from the command line otherwise loads ~280 modules, each
// resolved, read and compiled on its own (~100 of them zod's); the bundle loads a few files. What only another path
// needs (the console's reloads, ingest, pictures) stays behind dynamic imports, in chunks loaded when used.
//
// Bundled from the compiled JavaScript of dist/src (after tsc), so the bundle runs exactly the code the rest of dist/
// runs. Four things differ from dist/src, each handled here:
// - Packages: only plain ES-module packages the one-shot path loads are bundled (BUNDLED_PACKAGES); the others stay
//   imports of node_modules: CommonJS ones (Node requires them well), native ones, ones that start workers by path
//   (pino's transports, pdf.js), and ones only a lazy path loads (discord.js).
// - import.meta.url: each bundled module's is rewritten to the URL of its own file in dist/, so that the paths taken
//   from it (the package root, runtimePath's entries of workers and child processes, createRequire) are the ones
//   dist/src/ has.
// - The command files: the registry imports them by path, which from a bundle would load a second copy of every
//   module they import; src/commands/bundled-commands.js is replaced by a module that imports them statically.
// - zod's locales: English only (englishOnly), a third less code to compile at every start.
//
// Run by buildDist (src/bin/dist.mjs) after tsc, as `node src/bin/bundle.mjs [dist folder]`; the exit status says
// whether the bundle was written. Plain JavaScript, because it runs before anything is built.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages bundled into the CLI: ES modules of plain JavaScript that a one-shot question loads. */
const BUNDLED_PACKAGES = new Set(['zod', 'minisearch', '@orama/stemmers', 'stemmer']);

/** `path` relative to `from`, with forward slashes (a URL path). */
function urlPath(from, path) {
  return relative(from, path).split(sep).join('/');
}

/** The package a bare import specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * zod's index of its locales (`z.locales`) with English only: the others, 370 kB of the ~1.2 MB a question loads,
 * are messages in other languages that policy-bot never asks for (its messages are English). Every other locale is
 * still exported, as a function that says so: a `z.config(z.locales.fr())` added one day fails with that message.
 */
function englishOnly(index) {
  const locales = [...index.matchAll(/export \{ default as (\w+) \} from "\.\/[\w-]+\.js";/gu)].map((m) => m[1]);
  if (!locales.includes('en')) throw new Error(`src/bin/bundle.mjs: zod's locale index no longer exports en as it did:\n${index}`);
  const refused = locales.filter((l) => l !== 'en');
  const stub = (l) =>
    `export const ${l} = () => { throw new Error("policy-bot's CLI bundle keeps zod's English messages only (src/bin/bundle.mjs): no locale ${l}"); };`;
  return ['export { default as en } from "./en.js";', ...refused.map(stub), ''].join('\n');
}

/** The esbuild plugin that makes the bundle behave as dist/src/ does (see the top of this file). */
function asInDist(dist, outDir) {
  const commandsDir = join(dist, 'commands');
  const bundledCommands = join(dist, 'src/commands/bundled-commands.js');
  return {
    name: 'policy-bot-as-in-dist',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_PACKAGES.has(packageOf(args.path)) ? undefined : { external: true }));
      build.onLoad({ filter: /zod\/v4\/locales\/index\.js$/ }, (args) => ({ contents: englishOnly(readFileSync(args.path, 'utf8')), loader: 'js' }));
      build.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(join(dist, sep))) return undefined;
        if (args.path === bundledCommands) {
          const files = readdirSync(commandsDir)
            .filter((f) => f.endsWith('.js'))
            .sort();
          const imports = files.map((f, i) => `import command${i} from ${JSON.stringify(join(commandsDir, f))};`);
          const entries = files.map((f, i) => `[${JSON.stringify(f)}, command${i}]`);
          return { contents: `${imports.join('\n')}\nexport const BUNDLED_COMMANDS = new Map([${entries.join(', ')}]);\n`, loader: 'js' };
        }
        const source = readFileSync(args.path, 'utf8');
        const own = `new URL(${JSON.stringify(urlPath(outDir, args.path))}, import.meta.url).href`;
        return { contents: source.replace(/\bimport\.meta\.url\b/gu, own), loader: 'js' };
      });
    },
  };
}

/**
 * Bundles `dist`/src/cli/bin.js (the build's folder, dist/ of the package by default) into `dist`/cli/ (emptied
 * first: chunk names change with their content). Resolves to true when written; false when the build holds no
 * compiled CLI to bundle (a package without one). Build errors reject.
 */
export async function bundleCli(dist = fileURLToPath(new URL('../../dist', import.meta.url))) {
  const entry = join(dist, 'src/cli/bin.js');
  const outDir = join(dist, 'cli');
  rmSync(outDir, { recursive: true, force: true });
  if (!existsSync(entry)) return false;
  const { build } = await import('esbuild');
  await build({
    entryPoints: { bin: entry },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: '[name]-[hash]',
    plugins: [asInDist(dist, outDir)],
    logLevel: 'error',
  });
  return true;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleCli(process.argv[2]);
}
