/**
 * What passes between {@link extractInWorker} and its worker thread, checked
 * on arrival on both sides (a worker is another program as far as types go).
 */
import { z } from 'zod';
import type { IngestProblem } from '../../errors.ts';
import type { ExtractedDocument, ExtractedLine, ExtractedMetadata, LineGeometry } from '../types.ts';

const limitsSchema = z.object({
  maxBytes: z.number().int().positive(),
  maxPages: z.number().int().positive(),
  maxUncompressedBytes: z.number().int().positive().exactOptional(),
});

/** The worker's input. */
export const workerInputSchema = z.object({
  bytes: z.instanceof(Uint8Array),
  file: z.string(),
  limits: limitsSchema,
});

const hintSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.number().int().min(1).max(6) }),
  z.object({ kind: z.literal('list-item') }),
  z.object({ kind: z.literal('table-row') }),
]);

const geometrySchema = z.strictObject({
  x: z.number(),
  y: z.number(),
  height: z.number(),
  width: z.number().exactOptional(),
  pageWidth: z.number(),
  pageHeight: z.number(),
});

const metadataSchema = z.strictObject({
  title: z.string().exactOptional(),
  published: z.string().exactOptional(),
  author: z.string().exactOptional(),
  language: z.string().exactOptional(),
});

const lineSchema = z.strictObject({
  text: z.string(),
  page: z.number().int().positive().nullable(),
  geometry: geometrySchema.exactOptional(),
  hint: hintSchema.exactOptional(),
  blockEnd: z.boolean().exactOptional(),
});

/** An {@link ExtractedDocument} as it comes back from the worker. */
export const extractedDocumentSchema = z.strictObject({
  format: z.enum(['pdf', 'html', 'docx', 'text', 'markdown']),
  lines: z.array(lineSchema),
  pages: z.number().int().nonnegative().nullable(),
  metadata: metadataSchema,
  emptyPages: z.array(z.number().int().positive()),
  warnings: z.array(z.string()),
});

const problemSchema = z.enum([
  'unsupported-format',
  'wrong-extension',
  'encrypted',
  'corrupt',
  'empty',
  'scanned',
  'too-large',
  'timeout',
  'unknown-actor',
  'actor-unsure',
  'id-collision',
  'duplicate',
]);

/** The worker's one message: the document, the refusal, or a failure nobody expected (a bug, with its stack). */
export const workerOutputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), document: extractedDocumentSchema }),
  z.object({ kind: z.literal('refused'), file: z.string(), problem: problemSchema, detail: z.string() }),
  z.object({ kind: z.literal('failed'), message: z.string(), stack: z.string().exactOptional() }),
]);

/** What the worker posts: the schema's shape, with the document as extraction typed it. */
export type WorkerOutput =
  | Exclude<z.infer<typeof workerOutputSchema>, { kind: 'document' }>
  | { readonly kind: 'document'; readonly document: ExtractedDocument };

// The schemas must say what the types say: these fail to compile when one of them changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const problemsMatch: Same<z.infer<typeof problemSchema>, IngestProblem> = true;
const documentsMatch: Same<z.infer<typeof extractedDocumentSchema>, DeepMutable<ExtractedDocument>> = true;
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
// Optional fields escape the check above (a type without one is still assignable both ways): their names are compared too.
const fieldsMatch: [
  Same<keyof z.infer<typeof geometrySchema>, keyof LineGeometry>,
  Same<keyof z.infer<typeof lineSchema>, keyof ExtractedLine>,
  Same<keyof z.infer<typeof metadataSchema>, keyof ExtractedMetadata>,
  Same<keyof z.infer<typeof extractedDocumentSchema>, keyof ExtractedDocument>,
] = [true, true, true, true];
void problemsMatch;
void documentsMatch;
void fieldsMatch;
