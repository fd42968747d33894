/**
 * The ingest API the fronts share (the CLI today, Discord's /ingest later):
 *
 * ```
 * readDocument     bytes → extract → clean                      (no folder needed)
 * prepareDocument  + infer (actor, title, date, language, type, id) + render   (no write: the dry run)
 * commitDocument   write atomically, then check the folder still loads
 * ```
 *
 * Every refusal is an {@link IngestError} (or a UserError for a bad field),
 * thrown before anything is written.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { IngestError } from '../errors.ts';
import { parseBody } from '../knowledge/body.ts';
import type { KnowledgeDocument } from '../knowledge/corpus.ts';
import { parseKnowledge } from '../knowledge/issues.ts';
import { type DocumentType, type FrontMatter, frontMatterSchema } from '../knowledge/schema.ts';
import { chunkDocument } from '../passages/chunk.ts';
import { cleanDocument } from './clean/index.ts';
import { nearDuplicate, sameFile } from './duplicates.ts';
import type { WorkerLimits } from './extract/index.ts';
import { extractFile } from './extract-file.ts';
import { describeDocument, type Inferred } from './describe.ts';
import { type ActorCandidate, type ActorReason, unsureActor } from './infer/actor.ts';
import { type KnowledgeFolder, openFolder } from './folder.ts';
import { renderBody, renderDocument } from './render.ts';
import type { CleanedDocument, ExtractedDocument } from './types.ts';
import { FS_OPS, type WriteOps, writeAtomically } from './write.ts';

/** The knowledge folder as ingest reads it (validated), for fronts that call the API. */
export { openFolder, type KnowledgeFolder };

/** What the user states about a document; anything left out is inferred. */
export interface IngestFields {
  readonly actor?: string;
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly type?: DocumentType;
  /** A BCP 47 tag, or `auto` (the default) to detect it. */
  readonly lang?: string;
  /** The id of the document this one is a new version of. */
  readonly versionOf?: string;
}

/** A file read and cleaned, before anything is inferred: kept so that a corrected field does not extract again. */
export interface ReadDocument {
  /** The file as the user named it (for messages). */
  readonly file: string;
  readonly sha256: string;
  readonly extracted: ExtractedDocument;
  readonly cleaned: CleanedDocument;
}

/** The dry-run result: what would be written, and the summary every front shows. */
export interface PreparedDocument extends Inferred {
  readonly file: string;
  readonly passages: number;
  readonly warnings: readonly string[];
  /** The document of the folder with the same bytes: then nothing is written. */
  readonly duplicateOf: string | undefined;
  /** Where it would be written (absolute), and the whole text. */
  readonly target: string;
  readonly text: string;
  readonly read: ReadDocument;
}

/** The one-line summary of a document (`--json`, the report). */
export interface IngestSummary {
  readonly id: string;
  readonly file: string;
  readonly actor: string;
  readonly title: string;
  readonly published: string | null;
  readonly language: string | null;
  readonly type: DocumentType;
  /** How the actor was decided, whether that is sure, and the actors the text names most (most named first); always set by {@link summaryOf}. */
  readonly actorBasis?: { readonly reason: ActorReason; readonly sure: boolean; readonly candidates: readonly ActorCandidate[] };
  readonly pages: number | null;
  readonly passages: number;
  readonly warnings: readonly string[];
  /** The path written, relative to the knowledge folder; null for a dry run or a file already ingested. */
  readonly written: string | null;
}

/** Extracts and cleans `bytes`. */
export async function readDocument(bytes: Uint8Array, file: string, limits?: WorkerLimits): Promise<ReadDocument> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const extracted = await extractFile(bytes, file, limits);
  const cleaned = cleanDocument(extracted);
  if (!cleaned.blocks.some((b) => b.kind !== 'heading' && b.text.trim() !== '')) {
    throw new IngestError(
      file,
      extracted.pages !== null && extracted.emptyPages.length === extracted.pages ? 'scanned' : 'empty',
      'it has no text to ingest (a scanned file needs OCR first).',
    );
  }
  return { file, sha256, extracted, cleaned };
}

/** The warnings of extraction and cleaning, in words. */
function readingWarnings(read: ReadDocument): string[] {
  const { emptyPages } = read.extracted;
  return [
    ...read.extracted.warnings,
    ...(emptyPages.length === 0 ? [] : [`page(s) ${emptyPages.join(', ')} have no text layer: they need OCR`]),
    ...read.cleaned.warnings,
  ];
}

/** Chunks the body as the loader will, to count the passages it makes. */
function countPassages(front: FrontMatter, body: string): number {
  const { paragraphs, places } = parseBody(body);
  const doc: KnowledgeDocument = { ...front, file: '', paragraphs, ...(places === undefined ? {} : { places }) };
  return chunkDocument(doc, front.actor).length;
}

/** Infers what was not given and renders the file, checking it against `folder`; writes nothing. */
export function prepareDocument(read: ReadDocument, fields: IngestFields, folder: KnowledgeFolder, today: Date = new Date()): PreparedDocument {
  const warnings = readingWarnings(read);
  const inferred = describeDocument(read, fields, folder, today);
  const same = sameFile(read.sha256, folder.documents);
  const target = join(folder.dir, `${inferred.id}.md`);
  if (same === undefined) {
    const taken = folder.documents.find((d) => d.id === inferred.id);
    if (taken !== undefined || existsSync(target)) {
      const by = taken === undefined ? `the file ${basename(target)}` : `${taken.file} ("${taken.title}")`;
      throw new IngestError(
        read.file,
        'id-collision',
        `its id "${inferred.id}" is already used by ${by}. Give it another --title or --published; if it is a new version of that document, add --version-of ${taken?.id ?? inferred.id}.`,
      );
    }
    if (fields.versionOf === undefined) {
      const near = nearDuplicate(
        read.cleaned.blocks.filter((b) => b.kind !== 'heading').map((b) => b.text),
        folder.documents,
      );
      if (near !== undefined) {
        warnings.push(
          `near-duplicate of ${near.document.id} (${near.document.file}): ${near.shared} of its ${near.of} sentences are word for word in it; if it is a new version, ingest it with --version-of ${near.document.id}`,
        );
      }
    }
  } else {
    warnings.push(`already ingested as ${same.file} (same sha256): nothing to do`);
  }
  const front = parseKnowledge(frontMatterSchema, inferred.front, basename(target));
  const body = renderBody(read.cleaned.blocks);
  return {
    ...inferred,
    file: read.file,
    passages: countPassages(front, body),
    warnings,
    duplicateOf: same?.file,
    target,
    text: renderDocument(front, read.cleaned.blocks),
    read,
  };
}

/** The summary of a prepared document; `written` is the path it was written to (relative to the folder), if it was. */
export function summaryOf(prepared: PreparedDocument, written: string | null): IngestSummary {
  return {
    id: prepared.id,
    file: prepared.file,
    actor: prepared.actor.id,
    title: prepared.title,
    published: prepared.published ?? null,
    language: prepared.language ?? null,
    type: prepared.type,
    actorBasis: { reason: prepared.reasons.actor, sure: prepared.actorSure, candidates: prepared.actorCandidates },
    pages: prepared.read.extracted.pages,
    passages: prepared.passages,
    warnings: prepared.warnings,
    written,
  };
}

/**
 * Throws the 'actor-unsure' IngestError for a prepared document whose actor
 * is only a guess: what a front that cannot ask (`--yes`, Discord, a script)
 * does instead of taking it.
 */
export function requireSureActor(prepared: PreparedDocument): void {
  if (!prepared.actorSure) throw unsureActor(prepared.file, prepared.actorCandidates);
}

/**
 * Writes a prepared document into its folder (nothing for one already
 * ingested), then loads the folder again: the written file must load. If
 * it does not, it is removed and the KnowledgeError thrown. Resolves to the
 * path written (relative to the folder) and the folder as it now is.
 */
export async function commitDocument(
  prepared: PreparedDocument,
  folder: KnowledgeFolder,
  ops: WriteOps = FS_OPS,
): Promise<{ written: string | null; folder: KnowledgeFolder }> {
  if (prepared.duplicateOf !== undefined) return { written: null, folder };
  if (existsSync(prepared.target)) {
    throw new IngestError(prepared.file, 'id-collision', `${basename(prepared.target)} appeared in the knowledge folder meanwhile; run ingest again.`);
  }
  await writeAtomically(prepared.target, prepared.text, ops);
  try {
    return { written: relative(folder.dir, prepared.target), folder: await openFolder(folder.dir) };
  } catch (error) {
    await ops.unlink(prepared.target);
    throw error;
  }
}
