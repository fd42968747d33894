/**
 * The build process's side of an update in place: given what the serving
 * process serves (its manifest), the changes to hand over when only
 * documents changed, and not too many passages since the last whole build:
 * the served documents to take out, and the new and changed documents with
 * their passages, chunked here. Only those documents are parsed
 * (knowledge/load.ts, loadChangedDocuments). The serving process puts them
 * together with what it has (apply-changes.ts).
 */
import type { BuildOptions } from '../build.ts';
import { InternalError, KnowledgeError } from '../errors.ts';
import type { Corpus, KnowledgeDocument } from '../knowledge/corpus.ts';
import { type ChangedDocuments, loadChangedDocuments } from '../knowledge/load.ts';
import { chunkDocuments, type Passage } from '../passages/chunk.ts';
import { corpusChanges, MAX_DRIFT_SHARE, type ServedManifest } from './changes.ts';

/** The loaded corpus as an update hands it over: every document's id in order, and only the new and changed documents whole. */
export interface ChangedCorpus extends Omit<Corpus, 'documents'> {
  readonly order: readonly string[];
  readonly changed: readonly KnowledgeDocument[];
}

/** An update in place, as the build process hands it over. */
export interface PackedChanges {
  readonly corpus: ChangedCorpus;
  /** The served documents whose passages go (gone or changed). */
  readonly removedDocIds: readonly string[];
  /** The passages of the new and changed documents. */
  readonly passages: readonly Passage[];
}

/**
 * Loads `options`' folder against `served`: the changes to hand over, or why
 * a whole build is due instead. Throws a KnowledgeError for a changed
 * document that does not validate.
 */
export async function loadChanges(options: BuildOptions, served: ServedManifest): Promise<{ readonly changes: PackedChanges } | { readonly whole: string }> {
  const loaded = await loadChangedDocuments(
    options.knowledgeDir,
    served.fingerprints,
    options.maxDocumentBytes === undefined ? {} : { maxDocumentBytes: options.maxDocumentBytes },
    served.fileStats,
  );
  return changesToServe(served, loaded);
}

/** The changes from `served` to the folder `loaded`, or why a whole build is due instead. Throws a KnowledgeError for a changed document whose id another has. */
export function changesToServe(served: ServedManifest, loaded: ChangedDocuments): { readonly changes: PackedChanges } | { readonly whole: string } {
  const changes = corpusChanges(served, loaded.fingerprints, loaded.changed);
  if (changes.kind === 'whole') return { whole: changes.reason };
  const kept = served.documents.filter((d) => !changes.goneFiles.has(d.file));
  const keptById = new Map(kept.map((d) => [d.id, d.file]));
  for (const d of loaded.changed) {
    const other = keptById.get(d.id);
    if (other !== undefined) throw new KnowledgeError(d.file, 'id', `an id no other document uses ("${d.id}" is also the id of ${other})`);
  }
  const gone = served.documents.filter((d) => changes.goneFiles.has(d.file));
  const passages = chunkDocuments(loaded.changed, new Map(loaded.actors.map((a) => [a.id, a.name])));
  const drift = served.drift + gone.reduce((n, d) => n + d.passages, 0) + passages.length;
  const allowed = MAX_DRIFT_SHARE * Math.max(served.passages, 1);
  if (drift > allowed) return { whole: `${drift} passages changed in place since the last whole build, more than ${Math.floor(allowed)}` };
  // Every document's id in the folder's order (its files' paths, as a whole load lists them).
  const idByFile = new Map([...kept.map((d) => [d.file, d.id] as const), ...loaded.changed.map((d) => [d.file, d.id] as const)]);
  const order = Object.keys(loaded.fingerprints).flatMap((file) => {
    const id = idByFile.get(file);
    return id === undefined ? [] : [id];
  });
  const { changed, ...rest } = loaded;
  return { changes: { corpus: { ...rest, order, changed }, removedDocIds: gone.map((d) => d.id), passages } };
}

/** The corpus `changes` were made against, put together from the served corpus and the documents the changes carry. */
export function corpusAfter(served: Corpus, changes: ChangedCorpus): Corpus {
  const byId = new Map<string, KnowledgeDocument>(served.documents.map((d) => [d.id, d]));
  for (const d of changes.changed) byId.set(d.id, d);
  const { order, changed: _changed, ...rest } = changes;
  const documents = order.map((id) => {
    const d = byId.get(id);
    if (d === undefined) throw new InternalError(`policy-bot: an update names document ${id}, which neither the served corpus nor the update has`);
    return d;
  });
  return { ...rest, documents };
}
