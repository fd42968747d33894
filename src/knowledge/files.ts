/**
 * What a knowledge folder holds, by name, without reading any of it: the
 * files with a fixed meaning and the list of knowledge files. Apart from the
 * loader (load.ts) so that what only lists or names files (the corpus
 * cache's check of sizes and times, the curated entries) does not load the
 * front-matter and YAML parsers: a warm start never parses a file.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { KnowledgeError } from '../errors.ts';

/** The file names with a fixed meaning in a knowledge folder. */
export const ACTORS_FILE = 'actors.yaml';
export const GLOSSARY_FILE = 'glossary.yaml';
export const TOPICS_FILE = 'topics.yaml';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(md|ya?ml)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The knowledge files under `dir`, sorted by path; a folder that cannot be listed is a KnowledgeError. */
export async function listKnowledgeFiles(dir: string): Promise<{ rel: string; path: string }[]> {
  let paths: string[];
  try {
    paths = await listFiles(dir);
  } catch (error) {
    throw new KnowledgeError(dir, '', `a readable knowledge folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return paths.map((p) => ({ rel: relative(dir, p).split(sep).join('/'), path: p }));
}

/**
 * How close to a load a file's modification time must be for its size and
 * time not to be trusted as its identity: a second write within the same
 * tick could keep both. The corpus cache and a reload's change detection
 * (load.ts) both hold to it.
 */
export const RACY_MS = 2000;
