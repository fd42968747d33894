/**
 * Loads and validates a knowledge folder: every `*.md` file (front matter +
 * body) and `actors.yaml`, `glossary.yaml`, `topics.yaml`. Either the whole
 * folder validates and a {@link Corpus} comes back, or the first problem is
 * thrown as a {@link KnowledgeError} naming the file, the field and what was
 * expected. Nothing is ever half-loaded.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { KnowledgeError } from '../errors.ts';
import { parseBody } from './body.ts';
import type { Corpus, KnowledgeDocument } from './corpus.ts';
import { parseKnowledge } from './issues.ts';
import { readKnowledgeText } from './read-text.ts';
import { actorsFileSchema, frontMatterSchema, glossaryFileSchema, topicsFileSchema } from './schema.ts';

import { ACTORS_FILE, GLOSSARY_FILE, listKnowledgeFiles, RACY_MS, TOPICS_FILE } from './files.ts';

export { ACTORS_FILE, GLOSSARY_FILE, listKnowledgeFiles, TOPICS_FILE };

interface RawFile {
  /** Path relative to the knowledge folder, with forward slashes. */
  readonly rel: string;
  readonly text: string;
}

/** How many files are read ahead at once: enough to keep the disk busy, few enough that a large folder is never all in memory as raw text. */
const READ_AHEAD = 32;

/**
 * Calls `each` with every file's text, in the order given, reading at most
 * READ_AHEAD files ahead: a folder of thousands of documents is parsed as it
 * is read, so only the parsed paragraphs stay, never every file's raw text
 * (at 100k passages that raw text and its parsing garbage added ~150 MB of
 * resident memory that the process never gave back).
 */
async function forEachText(files: readonly { rel: string; path: string }[], known: ReadonlyMap<string, RawFile>, each: (file: RawFile) => void): Promise<void> {
  for (let at = 0; at < files.length; at += READ_AHEAD) {
    const batch = files.slice(at, at + READ_AHEAD);
    const texts = await Promise.all(batch.map((f) => known.get(f.rel)?.text ?? readKnowledgeText(f.path, f.rel)));
    batch.forEach((f, i) => {
      each({ rel: f.rel, text: texts[i] ?? '' });
    });
  }
}

function parseYamlFile(file: RawFile): unknown {
  try {
    return parseYaml(file.text, { prettyErrors: true });
  } catch (error) {
    throw new KnowledgeError(file.rel, '', `valid YAML (${firstLine(error)})`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function parseDocument(file: RawFile): KnowledgeDocument {
  if (!/^---\r?\n/.test(file.text)) {
    throw new KnowledgeError(file.rel, '', 'front matter between "---" lines at the top of the file');
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(file.text, { engines: { yaml: (s: string) => parseYaml(s) as object } });
  } catch (error) {
    throw new KnowledgeError(file.rel, '', `front matter that is valid YAML (${firstLine(error)})`);
  }
  const front = parseKnowledge(frontMatterSchema, parsed.data, file.rel);
  const { paragraphs, places } = parseBody(parsed.content);
  if (paragraphs.length === 0) throw new KnowledgeError(file.rel, '', 'a body with at least one paragraph of text');
  return { ...front, file: file.rel, paragraphs, ...(places === undefined ? {} : { places }) };
}

/** A Markdown document of the corpus (a README is not one). */
function isDocument(rel: string): boolean {
  return rel.toLowerCase().endsWith('.md') && !/(^|\/)readme\.md$/i.test(rel);
}

function duplicates(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}

/** How loading is bounded. */
export interface LoadOptions {
  /** The largest file loaded, in bytes (config: MAX_DOCUMENT_MB); a larger one is a KnowledgeError naming its size. */
  readonly maxDocumentBytes?: number;
}

/** The documents of a folder that changed since a served load, and everything else a {@link Corpus} holds but the unchanged documents. */
export interface ChangedDocuments extends Omit<Corpus, 'documents' | 'fingerprints'> {
  readonly fingerprints: Readonly<Record<string, string>>;
  /** The documents whose files are new or whose bytes changed, parsed and checked. */
  readonly changed: readonly KnowledgeDocument[];
}

/**
 * Loads the knowledge folder `dir` as {@link loadKnowledge} does, but parses
 * only the documents whose bytes differ from `unchanged` (a fingerprint by
 * file), and reads only those whose size and time differ from
 * `unchangedStats`: a reload that changed one document of thousands stats
 * every file, and reads, parses and checks that one. The others were checked when
 * they were loaded, against the same actors and topics (a change to those is
 * the caller's whole load); whether a changed document's id is another's is
 * the caller's to check, against the documents it has. Throws a
 * KnowledgeError on the first problem.
 */
export async function loadChangedDocuments(
  dir: string,
  unchanged: Readonly<Record<string, string>>,
  options: LoadOptions = {},
  unchangedStats: Readonly<Record<string, readonly [number, number]>> = {},
): Promise<ChangedDocuments> {
  const { documents, ...rest } = await loadFolder(
    dir,
    options,
    (rel, fingerprint) => unchanged[rel] === fingerprint,
    // A document whose size and time are those of the served load is that load's document (see Corpus.fileStats).
    (rel, { size, mtimeMs }) => {
      const known = unchangedStats[rel];
      return known !== undefined && known[0] === size && known[1] === mtimeMs ? unchanged[rel] : undefined;
    },
  );
  return { ...rest, changed: documents };
}

/** Refuses the first of `files` larger than `max` bytes, before any is read: parsing a 50 MB file took 29 s and 641 MB. */
async function checkSizes(files: readonly { rel: string; path: string }[], max: number): Promise<void> {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  for (let at = 0; at < files.length; at += READ_AHEAD) {
    const batch = files.slice(at, at + READ_AHEAD);
    const sizes = await Promise.all(batch.map(async (f) => (await stat(f.path)).size));
    const i = sizes.findIndex((s) => s > max);
    const big = batch[i];
    if (big !== undefined) {
      throw new KnowledgeError(big.rel, '', `a file of at most ${mb(max)} (it has ${mb(sizes[i] ?? 0)}; split it, or raise MAX_DOCUMENT_MB)`);
    }
  }
}

/** A knowledge file's fingerprint: the SHA-256 of its text as read (Corpus.fingerprints). */
export function fingerprintOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Loads the knowledge folder `dir`. Throws a KnowledgeError on the first
 * problem; resolves to a complete, cross-checked Corpus otherwise.
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  return loadFolder(
    dir,
    options,
    () => false,
    () => undefined,
  );
}

/**
 * {@link loadKnowledge}, leaving out the documents `skip` says (by file and
 * fingerprint) need not be parsed, and those whose fingerprint
 * `knownFingerprint` gives from their size and time, without reading them.
 */
async function loadFolder(
  dir: string,
  options: LoadOptions,
  skip: (rel: string, fingerprint: string) => boolean,
  knownFingerprint: (rel: string, stats: { readonly size: number; readonly mtimeMs: number }) => string | undefined,
): Promise<Corpus & Required<Pick<Corpus, 'fingerprints' | 'fileStats'>>> {
  const root = resolve(dir);
  const files = await listKnowledgeFiles(root);
  if (options.maxDocumentBytes !== undefined) await checkSizes(files, options.maxDocumentBytes);
  // The YAML files are small and are checked first; the documents are parsed as they are read (forEachText).
  const byName = new Map<string, RawFile>();
  for (const f of files) if (!isDocument(f.rel)) byName.set(f.rel, { rel: f.rel, text: await readKnowledgeText(f.path, f.rel) });

  const actorsFile = byName.get(ACTORS_FILE);
  if (actorsFile === undefined) throw new KnowledgeError(ACTORS_FILE, '', `a file listing the actors (none in ${root})`);
  const { actors } = parseKnowledge(actorsFileSchema, parseYamlFile(actorsFile), ACTORS_FILE);
  const dupActor = duplicates(actors.map((a) => a.id));
  if (dupActor !== undefined) throw new KnowledgeError(ACTORS_FILE, 'actors', `ids that are unique ("${dupActor}" appears twice)`);
  const aliasOwners = new Map<string, string>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = name.toLowerCase();
      const owner = aliasOwners.get(key);
      if (owner !== undefined && owner !== actor.id) {
        throw new KnowledgeError(ACTORS_FILE, `actors.${actor.id}.aliases`, `names that belong to one actor only ("${name}" is also ${owner})`);
      }
      aliasOwners.set(key, actor.id);
    }
  }

  const glossaryFile = byName.get(GLOSSARY_FILE);
  const glossary = glossaryFile === undefined ? [] : parseKnowledge(glossaryFileSchema, parseYamlFile(glossaryFile), GLOSSARY_FILE).entries;
  const topicsFile = byName.get(TOPICS_FILE);
  const topics = topicsFile === undefined ? [] : parseKnowledge(topicsFileSchema, parseYamlFile(topicsFile), TOPICS_FILE).topics;
  const dupTopic = duplicates(topics.map((t) => t.id));
  if (dupTopic !== undefined) throw new KnowledgeError(TOPICS_FILE, 'topics', `ids that are unique ("${dupTopic}" appears twice)`);

  const actorIds = new Set(actors.map((a) => a.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const documents: KnowledgeDocument[] = [];
  const docFiles = new Map<string, string>();
  const fingerprints: Record<string, string> = {};
  const fileStats: Record<string, readonly [number, number]> = {};
  // Documents known unchanged by their size and time are not read at all (an update in place: loadChangedDocuments).
  const toRead: typeof files = [];
  const now = Date.now();
  for (let at = 0; at < files.length; at += READ_AHEAD) {
    const batch = files.slice(at, at + READ_AHEAD);
    const stats = await Promise.all(batch.map((f) => (isDocument(f.rel) ? stat(f.path) : undefined)));
    batch.forEach((f, i) => {
      const s = stats[i];
      const fingerprint = s === undefined ? undefined : knownFingerprint(f.rel, s);
      // A time recent enough that another write within the same tick could keep it is not kept (RACY_MS).
      if (s !== undefined && now - s.mtimeMs >= RACY_MS) fileStats[f.rel] = [s.size, s.mtimeMs];
      if (fingerprint === undefined) toRead.push(f);
      else fingerprints[f.rel] = fingerprint;
    });
  }
  let skipped = files.length - toRead.length;
  await forEachText(toRead, byName, (file) => {
    const fingerprint = fingerprintOf(file.text);
    fingerprints[file.rel] = fingerprint;
    if (!isDocument(file.rel)) return;
    if (skip(file.rel, fingerprint)) {
      skipped++;
      return;
    }
    const doc = parseDocument(file);
    if (!actorIds.has(doc.actor)) {
      throw new KnowledgeError(file.rel, 'actor', `one of the actors in ${ACTORS_FILE} (${[...actorIds].join(', ')}), got "${doc.actor}"`);
    }
    doc.topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) {
        throw new KnowledgeError(
          file.rel,
          `topics.${i}`,
          `one of the topics in ${TOPICS_FILE} (${[...topicIds].join(', ') || 'none defined'}), got "${topic}"`,
        );
      }
    });
    const other = docFiles.get(doc.id);
    if (other !== undefined) throw new KnowledgeError(file.rel, 'id', `an id no other document uses ("${doc.id}" is also the id of ${other})`);
    docFiles.set(doc.id, file.rel);
    documents.push(doc);
  });
  if (documents.length + skipped === 0) throw new KnowledgeError(root, '', 'at least one Markdown document');

  // Every file's path and fingerprint in path order: the hash says whether a cache is for exactly these files.
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(f.rel)
      .update('\0')
      .update(fingerprints[f.rel] ?? '')
      .update('\0');
  // In path order too: the order of the folder's documents (build-changes.ts reads it so).
  const inOrder = Object.fromEntries(files.map((f) => [f.rel, fingerprints[f.rel] ?? '']));
  return { dir: root, hash: hash.digest('hex'), fingerprints: inOrder, fileStats, documents, actors, glossary, topics };
}
