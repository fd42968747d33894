/**
 * What a command may ask of the ingest pipeline: read an uploaded file and
 * say what it would add (the dry run), then add it when the user confirms.
 * The front that offers uploads puts one on the {@link CommandContext}; a
 * command file sees only this interface, never the knowledge folder.
 */
import type { IngestSummary } from '../ingest/ingest.ts';
import type { UploadedFile } from './options.ts';

/** What the user states about an uploaded document; anything left out is inferred. */
export interface UploadFields {
  readonly actor?: string | undefined;
  readonly title?: string | undefined;
  readonly published?: string | undefined;
}

/** A document read and described, not yet written. */
export interface IngestPlan {
  /** What would be written (`written` is null): the summary every front shows. */
  readonly summary: IngestSummary;
  /**
   * Writes the document into the knowledge folder, checked again against the
   * folder as it is then (an id taken or the same file added meanwhile is
   * refused). Resolves to the path written, relative to the folder. Rejects
   * with a UserError for a refusal; nothing is left behind either way.
   */
  commit(): Promise<string>;
}

/** The ingest pipeline as commands call it. */
export interface DocumentIngest {
  /**
   * Reads `file` (refused by its declared size or type before it is fetched)
   * and describes it against the knowledge folder. Rejects with a UserError
   * naming the file and what to do (too large, wrong type, encrypted, scanned,
   * unknown actor, already in the knowledge base); writes nothing.
   */
  plan(file: UploadedFile, fields: UploadFields): Promise<IngestPlan>;
}
