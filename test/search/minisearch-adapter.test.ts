/**
 * The adapter is the one place that reads MiniSearch's non-public fields:
 * it must refuse a MiniSearch shaped otherwise, clearly, and the version it
 * was written for must be the one package.json pins and installs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngineMismatchError } from '../../src/errors.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import {
  checkMiniSearchShape,
  installedMiniSearchVersion,
  miniSearchShapeProblems,
  probeMiniSearch,
  TESTED_MINISEARCH_VERSION,
} from '../../src/search/minisearch-shape.ts';

/** What the check throws for `probe`, reported as version `version`. */
function mismatchOf(probe: unknown, version: string): SearchEngineMismatchError {
  try {
    checkMiniSearchShape(probe, version);
  } catch (error) {
    if (error instanceof SearchEngineMismatchError) return error;
    throw error;
  }
  throw new Error('the shape check accepted the probe');
}

describe('the MiniSearch adapter', () => {
  it('is written for the MiniSearch that package.json pins exactly and that is installed', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['minisearch']).toBe(TESTED_MINISEARCH_VERSION);
    expect(installedMiniSearchVersion()).toBe(TESTED_MINISEARCH_VERSION);
  });

  it('finds everything it reads in the installed MiniSearch', () => {
    expect(miniSearchShapeProblems(probeMiniSearch())).toEqual([]);
    expect(() => checkMiniSearchShape()).not.toThrow();
  });

  it('refuses a MiniSearch-like object missing a field, naming the version and the field', () => {
    const probe = probeMiniSearch();
    Reflect.deleteProperty(probe, '_fieldLength');
    const error = mismatchOf(probe, '8.0.0');
    expect(error.version).toBe('8.0.0');
    expect(error.tested).toBe(TESTED_MINISEARCH_VERSION);
    expect(error.missing).toContain('_fieldLength: a Map of short id → field lengths');
    expect(error.message).toMatch(/installed minisearch 8\.0\.0 .*written for 7\.2\.0.*_fieldLength/u);
  });

  it('refuses one whose fields hold other shapes, and one that is not a MiniSearch at all', () => {
    const probe = probeMiniSearch();
    Reflect.set(probe, '_documentIds', Object.fromEntries([[0, 'probe']]));
    const missing = mismatchOf(probe, '8.0.0').missing;
    expect(missing[0]).toBe('_documentIds: a Map of short id → document id');
    // A method that throws on the probe is named with what it threw.
    const throwing = probeMiniSearch();
    Reflect.set(Reflect.get(throwing, '_index') as object, 'fuzzyGet', () => {
      throw new Error('no fuzzy walk here');
    });
    expect(mismatchOf(throwing, '8.0.0').missing).toContain('fuzzyGet() threw: no fuzzy walk here');
    const none = mismatchOf({}, 'unknown');
    expect(none.missing.length).toBeGreaterThan(10);
    expect(none.missing[0]).toMatch(/^_index/u);
  });
});
