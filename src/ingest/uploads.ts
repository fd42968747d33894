/**
 * The ingest pipeline behind a front that takes uploads (Discord's
 * `/ingest`): the {@link DocumentIngest} a command calls. A file is refused
 * by what the front declares (its size, its name and content type) before a
 * byte is fetched, then read as the CLI reads a file (extraction of PDF,
 * HTML and DOCX in the capped worker), described against the knowledge
 * folder, and only written on commit, checked again against the folder as
 * it is then. Commits run one at a time.
 *
 * Refusals are UserErrors worded for a chat: the file named, what is wrong,
 * what to do (the pipeline's own wording names CLI flags; they are turned
 * into the command's options here).
 */
import { z } from 'zod';
import type { DocumentIngest, IngestPlan, UploadFields } from '../commands/documents.ts';
import type { UploadedFile } from '../commands/options.ts';
import { IngestError, KnowledgeError, UserError } from '../errors.ts';
import { partialDate } from '../knowledge/schema.ts';
import { DEFAULT_WORKER_LIMITS, type WorkerLimits } from './extract/index.ts';
import { bytesInWords } from './extract/limits.ts';
import { formatOfExtension } from './extract/sniff.ts';
import { commitDocument, type IngestFields, openFolder, prepareDocument, type ReadDocument, readDocument, requireSureActor, summaryOf } from './ingest.ts';

/** Content types of the formats ingest reads, for a file whose name has no telling extension. */
const CONTENT_TYPES = new Set([
  'application/pdf',
  'text/html',
  'application/xhtml+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
]);

/** What to do about a file of the wrong type. */
const READS =
  'only PDF, HTML (a saved web page), Word (.docx), plain text (.txt) and Markdown (.md) files can be added: export or save the document as one of these';

/** Options of {@link folderIngest}. */
export interface FolderIngestOptions {
  /** The knowledge folder written to. */
  readonly knowledgeDir: string;
  /** The largest file taken (declared and read): `INGEST_MAX_BYTES`. */
  readonly maxBytes: number;
  /** What extraction may spend besides the size (default: the CLI's). */
  readonly limits?: Omit<WorkerLimits, 'maxBytes'>;
}

const fieldsSchema = z.object({
  actor: z.string().trim().min(1, 'a non-empty actor').optional(),
  title: z.string().trim().min(1, 'a non-empty title').optional(),
  published: partialDate.optional(),
});

/** The fields as the pipeline takes them; a bad one is a UserError naming its option. */
function parseFields(fields: UploadFields): IngestFields {
  const parsed = fieldsSchema.safeParse(fields);
  if (parsed.success) return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  const issue = parsed.error.issues[0];
  throw new UserError('bad-argument', `/ingest: option "${String(issue?.path[0] ?? '')}" must be ${issue?.message ?? 'valid'}.`);
}

/** The pipeline's words for a chat: its flags are the command's options there. */
function forChat(detail: string): string {
  return detail
    .replace(/--(actor|title|published)\b/gu, 'the $1 option')
    .replace(/--version-of\b/gu, 'policy-bot ingest --version-of')
    .replace(/raise the limit/gu, "ask the bot's operator to raise INGEST_MAX_BYTES");
}

/** A refusal of `file`, as the user is to read it. */
function refusal(file: string, detail: string): UserError {
  return new UserError('bad-argument', `Cannot add ${file}: ${forChat(detail)}`);
}

/** Runs `work`, turning the pipeline's expected failures into refusals of `file`. */
async function refusing<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IngestError) throw refusal(file, error.detail);
    if (error instanceof KnowledgeError)
      throw refusal(file, `the knowledge folder does not validate (${error.message.replace(/^policy-bot: /u, '')}); fix it first.`);
    if (error instanceof UserError) throw refusal(file, error.message);
    throw error;
  }
}

/** Refuses a file by what the front declares, before it is fetched. */
function checkDeclared(file: UploadedFile, maxBytes: number): void {
  if (file.size > maxBytes) {
    throw refusal(
      file.name,
      `it is ${bytesInWords(file.size)}, over the limit of ${bytesInWords(maxBytes)}: split it, or export it without images (a PDF's text is small), then add it again.`,
    );
  }
  if (file.size === 0) throw refusal(file.name, 'the file is empty (0 bytes): check that it was saved completely.');
  const type = file.contentType?.split(';')[0]?.trim().toLowerCase();
  if (formatOfExtension(file.name) === null && (type === undefined || !CONTENT_TYPES.has(type))) {
    throw refusal(file.name, `${type === undefined ? 'its type is not one ingest reads' : `it is ${type}`}; ${READS}.`);
  }
}

/** The ingest pipeline over `knowledgeDir`, for uploads of at most `maxBytes`. */
export function folderIngest(options: FolderIngestOptions): DocumentIngest {
  const limits: WorkerLimits = { ...DEFAULT_WORKER_LIMITS, ...options.limits, maxBytes: options.maxBytes };
  // One commit at a time: two plans with the same id must not both pass the check before either is written.
  let commits: Promise<unknown> = Promise.resolve();

  /** Describes `read` against the folder as it is now; a file already there, or whose actor is only a guess (the option names it), is refused. */
  async function prepare(read: ReadDocument, fields: IngestFields) {
    const folder = await openFolder(options.knowledgeDir);
    const prepared = prepareDocument(read, fields, folder);
    if (prepared.duplicateOf !== undefined) {
      throw new IngestError(
        read.file,
        'duplicate',
        `it is already in the knowledge base, as ${prepared.duplicateOf} (the same file: same sha256); nothing to add.`,
      );
    }
    requireSureActor(prepared);
    return { prepared, folder };
  }

  return {
    async plan(file, given): Promise<IngestPlan> {
      checkDeclared(file, options.maxBytes);
      const fields = parseFields(given);
      return refusing(file.name, async () => {
        const read = await readDocument(await file.bytes(), file.name, limits);
        const { prepared } = await prepare(read, fields);
        const commit = (): Promise<string> => {
          const run = commits.then(() =>
            refusing(file.name, async () => {
              const again = await prepare(read, fields);
              const { written } = await commitDocument(again.prepared, again.folder);
              if (written === null) throw new IngestError(read.file, 'duplicate', 'it is already in the knowledge base; nothing to add.');
              return written;
            }),
          );
          commits = run.catch(() => undefined);
          return run;
        };
        return { summary: summaryOf(prepared, null), commit };
      });
    },
  };
}
