/**
 * The knowledge folder as ingest sees it: validated before anything is
 * written (a folder that does not load is a KnowledgeError, exit 3), with
 * what ingest checks a new document against: the actors, and each
 * document's id, file, original sha256 and paragraphs.
 *
 * A folder with an actors.yaml and no document yet is a valid place to
 * ingest the first one (the bot itself needs at least one to start).
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KnowledgeError } from '../errors.ts';
import type { Actor, Corpus } from '../knowledge/corpus.ts';
import { parseKnowledge } from '../knowledge/issues.ts';
import { ACTORS_FILE, loadKnowledge } from '../knowledge/load.ts';
import { actorsFileSchema } from '../knowledge/schema.ts';

/** One document already in the folder. */
export interface FolderDocument {
  readonly id: string;
  /** Relative to the folder. */
  readonly file: string;
  readonly title: string;
  /** The original file's sha256, for an ingested document. */
  readonly sha256: string | undefined;
  readonly paragraphs: readonly string[];
}

/** A validated knowledge folder. */
export interface KnowledgeFolder {
  /** Absolute. */
  readonly dir: string;
  readonly actors: readonly Actor[];
  readonly documents: readonly FolderDocument[];
}

async function hasDocuments(dir: string): Promise<boolean> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new KnowledgeError(dir, '', `a readable knowledge folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return entries.some((e) => e.isFile() && /\.md$/iu.test(e.name) && !/^readme\.md$/iu.test(e.name));
}

/** Only actors.yaml, checked as the loader checks it. */
async function actorsOnly(dir: string): Promise<readonly Actor[]> {
  let text: string;
  try {
    text = await readFile(resolve(dir, ACTORS_FILE), 'utf8');
  } catch {
    throw new KnowledgeError(ACTORS_FILE, '', `a file listing the actors (none in ${dir})`);
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new KnowledgeError(ACTORS_FILE, '', `valid YAML (${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''})`);
  }
  return parseKnowledge(actorsFileSchema, value, ACTORS_FILE).actors;
}

function fromCorpus(corpus: Corpus): KnowledgeFolder {
  return {
    dir: corpus.dir,
    actors: corpus.actors,
    documents: corpus.documents.map((d) => ({ id: d.id, file: d.file, title: d.title, sha256: d.ingest?.sha256, paragraphs: d.paragraphs })),
  };
}

/** Loads and validates `dir`: the whole folder as the bot loads it, or only its actors while it has no document. */
export async function openFolder(dir: string): Promise<KnowledgeFolder> {
  const root = resolve(dir);
  if (!(await hasDocuments(root))) return { dir: root, actors: await actorsOnly(root), documents: [] };
  return fromCorpus(await loadKnowledge(root));
}
