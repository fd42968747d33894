/**
 * Whether the installed MiniSearch is shaped as minisearch-adapter.ts reads
 * it: the version the adapter was written against, a probe index built as
 * ours are, and the check that refuses, naming what is missing, a MiniSearch
 * whose non-public fields are not what the adapter reads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { SearchEngineMismatchError } from '../errors.ts';
import { packageRootFrom } from '../paths.ts';
import { TOKEN_SEPARATOR } from './capping.ts';
import { FIELDS } from './fields.ts';
import { type IndexedPassage, miniSearchOptions } from './minisearch-options.ts';

/** The MiniSearch this adapter was written and tested against: package.json pins exactly this. */
export const TESTED_MINISEARCH_VERSION = '7.2.0';

/** The installed MiniSearch's version, read from its package.json; 'unknown' when that cannot be read. */
export function installedMiniSearchVersion(): string {
  try {
    const root = packageRootFrom(dirname(createRequire(import.meta.url).resolve('minisearch')));
    const parsed = z.object({ version: z.string() }).safeParse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
    return parsed.success ? parsed.data.version : 'unknown';
  } catch {
    // The version only names the installation in the mismatch message: one that cannot be read is named as such.
    return 'unknown';
  }
}

/** The one passage a probe index holds (see {@link probeMiniSearch}): `alpha` and `beta` once each in its text, `gamma` in its headings. */
const PROBE: IndexedPassage = { id: 'probe', text: ['alpha', 'beta'].join(TOKEN_SEPARATOR), headings: 'gamma' };

/** A MiniSearch built as ours are, over one known passage: what {@link miniSearchShapeProblems} inspects. */
export function probeMiniSearch(): MiniSearch<IndexedPassage> {
  const mini = new MiniSearch<IndexedPassage>(miniSearchOptions());
  mini.add(PROBE);
  return mini;
}

/**
 * What `probe` (a {@link probeMiniSearch}, or a MiniSearch-like object)
 * lacks of what this adapter reads and writes, in words; empty when it has
 * it all. By hand rather than a schema: it calls MiniSearch's own radix
 * tree (`get`, `fuzzyGet`, its iteration) and looks at what they return.
 */
export function miniSearchShapeProblems(probe: unknown): string[] {
  const problems: string[] = [];
  const at = (o: unknown, key: string | number): unknown => (typeof o === 'object' && o !== null ? Reflect.get(o, String(key)) : undefined);
  const call = (o: unknown, name: string, ...args: unknown[]): unknown => {
    const f = at(o, name);
    try {
      return typeof f === 'function' ? Reflect.apply(f, o, args) : undefined;
    } catch (error) {
      // A method that throws on the probe is part of the mismatch: named with what it threw, and the checks of its result fail too.
      problems.push(`${name}() threw: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  const mapGet = (m: unknown, key: unknown): unknown => (m instanceof Map ? m.get(key) : undefined);

  const index = at(probe, '_index');
  check(typeof at(index, 'set') === 'function' && typeof at(index, 'keys') === 'function', '_index: a map of terms with set and keys');
  check(
    mapGet(mapGet(call(index, 'get', 'alpha'), 0), 0) === 1 && mapGet(mapGet(call(index, 'get', 'gamma'), 1), 0) === 1,
    '_index.get(term): a Map of field id → Map of short id → term frequency',
  );
  check(at(mapGet(call(index, 'fuzzyGet', 'alpho', 1), 'alpha'), 1) === 1, '_index.fuzzyGet(term, distance): a Map of term → [data, distance]');
  check(typeof at(mapGet(at(probe, '_fieldLength'), 0), 0) === 'number', '_fieldLength: a Map of short id → field lengths');
  check(typeof at(at(probe, '_avgFieldLength'), 0) === 'number', '_avgFieldLength: an array of average field lengths');
  check(mapGet(at(probe, '_documentIds'), 0) === PROBE.id, '_documentIds: a Map of short id → document id');
  check(mapGet(at(probe, '_idToShortId'), PROBE.id) === 0, '_idToShortId: a Map of document id → short id');
  check(
    FIELDS.every((f, i) => at(at(probe, '_fieldIds'), f) === i),
    '_fieldIds: an object of field name → field id',
  );
  for (const [name, value] of [
    ['_documentCount', 1],
    ['_nextId', 1],
    ['_dirtCount', 0],
  ] as const)
    check(at(probe, name) === value, `${name}: a number`);
  const iterable = typeof index === 'object' && index !== null && typeof Reflect.get(index, Symbol.iterator) === 'function';
  const first = iterable ? [...(index as Iterable<unknown>)][0] : undefined;
  check(typeof at(first, 0) === 'string' && at(first, 1) instanceof Map, '_index: iterable as [term, Map of field id → postings]');
  return problems;
}

/**
 * Throws a SearchEngineMismatchError when `probe` (by default a probe of the
 * installed MiniSearch) lacks what this adapter reads. The installed
 * MiniSearch is checked once a process: it cannot change while it runs.
 */
export function checkMiniSearchShape(probe?: unknown, version?: string): void {
  if (probe === undefined && shapeChecked) return;
  let problems: string[];
  try {
    problems = miniSearchShapeProblems(probe ?? probeMiniSearch());
  } catch (error) {
    // A MiniSearch so different that probing it throws is the same mismatch, named with what threw.
    problems = [`probing it threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (problems.length > 0) throw new SearchEngineMismatchError(version ?? installedMiniSearchVersion(), TESTED_MINISEARCH_VERSION, problems);
  if (probe === undefined) shapeChecked = true;
}

let shapeChecked = false;
