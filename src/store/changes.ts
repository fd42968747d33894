/**
 * Which documents changed between the knowledge a process serves and the
 * folder as just loaded, by the fingerprint (SHA-256 of the bytes) the
 * loader takes of every file. A reload that changed documents only updates
 * the served knowledge base in place for those documents
 * (apply-changes.ts); anything else (actors, glossary or topics changed, a
 * corpus without fingerprints, too much changed since the last full build)
 * is a whole build.
 */
import type { Corpus } from '../knowledge/corpus.ts';

/** What a build process is told of the knowledge the serving process has: enough to tell what changed, not its text. */
export interface ServedManifest {
  /** The served corpus's hash (Corpus.hash): the key its cache parts were written under. */
  readonly hash: string;
  /** Each file's fingerprint, by path relative to the folder. */
  readonly fingerprints: Readonly<Record<string, string>>;
  /** The size and time of the files whose fingerprint they identify (Corpus.fileStats). */
  readonly fileStats: Readonly<Record<string, readonly [number, number]>>;
  /** The documents: file, id and passage count (the other files are actors, glossary and topics). */
  readonly documents: readonly { readonly file: string; readonly id: string; readonly passages: number }[];
  /** How many passages the served knowledge base holds, and how many of them an update in place has changed since its last whole build. */
  readonly passages: number;
  readonly drift: number;
}

/** The changes from a served knowledge base to a loaded corpus: some documents, or a whole build (and why). */
export type CorpusChanges =
  | {
      readonly kind: 'documents';
      /** Files of the served documents that are gone or changed: their passages go. */
      readonly goneFiles: ReadonlySet<string>;
      /** Files of the loaded corpus's documents that are new or changed: their passages come. */
      readonly newFiles: ReadonlySet<string>;
    }
  | { readonly kind: 'whole'; readonly reason: string };

/**
 * The share of a knowledge base's passages that updates in place may change
 * before a whole build is due: an update keeps BM25's statistics exact but
 * lets caps drift (search/update.ts), and a whole build puts them right.
 */
export const MAX_DRIFT_SHARE = 0.1;

/** The manifest of `corpus`, served as a knowledge base of `passages` with `drift` of them changed in place. */
export function manifestOf(corpus: Corpus, passages: readonly { readonly docId: string }[], drift: number): ServedManifest | undefined {
  if (corpus.fingerprints === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const p of passages) counts.set(p.docId, (counts.get(p.docId) ?? 0) + 1);
  const documents = corpus.documents.map((d) => ({ file: d.file, id: d.id, passages: counts.get(d.id) ?? 0 }));
  return { hash: corpus.hash, fingerprints: corpus.fingerprints, fileStats: corpus.fileStats ?? {}, documents, passages: passages.length, drift };
}

/** What changed from `served` to the folder as loaded: its files' fingerprints, and the documents whose files are new or changed. */
export function corpusChanges(served: ServedManifest, now: Readonly<Record<string, string>>, changed: readonly { readonly file: string }[]): CorpusChanges {
  const before = served.fingerprints;
  const documentFiles = new Set([...served.documents.map((d) => d.file), ...changed.map((d) => d.file)]);
  for (const file of new Set([...Object.keys(before), ...Object.keys(now)])) {
    if (!documentFiles.has(file) && before[file] !== now[file]) return { kind: 'whole', reason: `${file} changed` };
  }
  const goneFiles = new Set(served.documents.map((d) => d.file).filter((file) => before[file] !== now[file]));
  const newFiles = new Set(changed.map((d) => d.file).filter((file) => before[file] !== now[file]));
  return { kind: 'documents', goneFiles, newFiles };
}
