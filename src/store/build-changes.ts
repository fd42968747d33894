/**
 * The build process's side of an update in place: given what the serving
 * process serves (its manifest) and the folder as just loaded, the changes
 * to hand over when only documents changed, and not too many passages since
 * the last whole build: the served documents to take out, and the new and
 * changed documents with their passages, chunked here. The serving process
 * puts them together with what it has (apply-changes.ts).
 */
import { InternalError } from '../errors.ts';
import type { Corpus, KnowledgeDocument } from '../knowledge/corpus.ts';
import { chunkDocuments, type Passage } from '../passages/chunk.ts';
import { actorNames } from './adopt.ts';
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

/** The changes from `served` to `corpus`, or why a whole build is due instead. */
export function changesToServe(served: ServedManifest, corpus: Corpus): { readonly changes: PackedChanges } | { readonly whole: string } {
  const changes = corpusChanges(served, corpus);
  if (changes.kind === 'whole') return { whole: changes.reason };
  const gone = served.documents.filter((d) => changes.goneFiles.has(d.file));
  const changed = corpus.documents.filter((d) => changes.newFiles.has(d.file));
  const passages = chunkDocuments(changed, actorNames(corpus));
  const drift = served.drift + gone.reduce((n, d) => n + d.passages, 0) + passages.length;
  const allowed = MAX_DRIFT_SHARE * Math.max(served.passages, 1);
  if (drift > allowed) return { whole: `${drift} passages changed in place since the last whole build, more than ${Math.floor(allowed)}` };
  const { documents, ...rest } = corpus;
  return {
    changes: {
      corpus: { ...rest, order: documents.map((d) => d.id), changed },
      removedDocIds: gone.map((d) => d.id),
      passages,
    },
  };
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
