/**
 * `policy-bot ingest FILE...`: the terminal front of the ingest API. A CLI
 * subcommand, not a bot command: it writes into the knowledge folder, which
 * only the person at the terminal may do.
 *
 * Each file is read, described and (unless `--dry-run`) written in turn; a
 * refused file is reported and the others go on (exit 1 at the end); a
 * knowledge folder that does not validate stops everything (exit 3).
 */
import { readFile } from 'node:fs/promises';
import { IngestError, KnowledgeError, UserError } from '../errors.ts';
import {
  commitDocument,
  type IngestFields,
  type KnowledgeFolder,
  openFolder,
  prepareDocument,
  type PreparedDocument,
  readDocument,
  requireSureActor,
  summaryOf,
} from '../ingest/ingest.ts';
import { EXIT_OK, EXIT_USER_ERROR, UsageError } from './exit-codes.ts';
import { INGEST_USAGE, type IngestArgs, parseIngestArgs } from './ingest-flags.ts';
import { describePrepared, type Prompt, confirm } from './ingest-prompt.ts';
import type { TerminalIO } from './io.ts';

/** What one file came to. */
type Outcome = { readonly ok: true; readonly folder: KnowledgeFolder } | { readonly ok: false };

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new UserError('bad-argument', `policy-bot ingest: ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

/** A line-by-line reader over the front's input, shared by every prompt of the run; questions go to `say`. */
function promptOf(io: TerminalIO, say: (text: string) => void): Prompt {
  const lines = io.lines()[Symbol.asyncIterator]();
  return async (question) => {
    say(question);
    const next = await lines.next();
    return next.done === true ? undefined : next.value;
  };
}

async function ingestOne(file: string, args: IngestArgs, folder: KnowledgeFolder, io: TerminalIO, prompt: Prompt | undefined): Promise<Outcome> {
  // With --json, standard output carries only the JSON lines: the conversation goes to standard error.
  const say = args.json ? io.err : io.out;
  const read = await readDocument(await readBytes(file), file);
  let fields: IngestFields = args.fields;
  let prepared: PreparedDocument = prepareDocument(read, fields, folder);
  if (prompt !== undefined && prepared.duplicateOf === undefined) {
    const decision = await confirm(prepared, fields, prompt, say, (f) => prepareDocument(read, f, folder));
    if (decision === undefined) {
      say(`${file}: skipped, nothing written.\n`);
      return { ok: true, folder };
    }
    ({ prepared, fields } = decision);
  } else if (prepared.duplicateOf === undefined && !args.dryRun) {
    // Nobody to ask (--yes): an actor that is only a guess is refused, not taken. A dry run shows it as a guess.
    requireSureActor(prepared);
  }
  let written: string | null = null;
  let next = folder;
  if (!args.dryRun) ({ written, folder: next } = await commitDocument(prepared, folder));
  const summary = summaryOf(prepared, written);
  io.out(args.json ? `${JSON.stringify(summary)}\n` : `${describePrepared(prepared, written, args.dryRun)}\n`);
  return { ok: true, folder: next };
}

/** Runs `policy-bot ingest` with the arguments after `ingest`; resolves to the exit code. KnowledgeError and UsageError are thrown to the caller. */
export async function runIngest(rawArgs: readonly string[], io: TerminalIO, defaultKnowledgeDir: string): Promise<number> {
  const args = parseIngestArgs(rawArgs);
  if (args.help) {
    io.out(`${INGEST_USAGE}\n`);
    return EXIT_OK;
  }
  const asks = !args.yes && !args.dryRun;
  if (asks && !io.interactive) {
    throw new UsageError('policy-bot ingest: not a terminal, so nothing can be confirmed: pass --yes to take what is inferred, or --dry-run to see it.');
  }
  let folder = await openFolder(args.knowledge ?? defaultKnowledgeDir);
  const prompt = asks ? promptOf(io, args.json ? io.err : io.out) : undefined;
  let failed = false;
  for (const file of args.files) {
    try {
      const outcome = await ingestOne(file, args, folder, io, prompt);
      if (outcome.ok) folder = outcome.folder;
    } catch (error) {
      if (error instanceof KnowledgeError || !(error instanceof IngestError || error instanceof UserError)) throw error;
      failed = true;
      if (args.json) io.out(`${JSON.stringify({ file, error: error.message, problem: error instanceof IngestError ? error.problem : error.code })}\n`);
      io.err(`${error.message}\n`);
    }
  }
  return failed ? EXIT_USER_ERROR : EXIT_OK;
}
