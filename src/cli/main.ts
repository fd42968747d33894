/**
 * `policy-bot`: the terminal front's entry point. The only module (with
 * main.ts) that touches the process: arguments, standard streams, exit code.
 */
import type { Interface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadCommands } from '../commands/registry.ts';
import { loadConfig } from '../config.ts';
import { Engine } from '../engine.ts';
import { createLogger, type Logger } from '../log.ts';
import { ANSI_STYLE, PLAIN_STYLE } from '../views/terminal/style.ts';
import { EXIT_INTERNAL, EXIT_OK, exitCodeOf, UsageError } from './exit-codes.ts';
import type { TerminalIO } from './io.ts';
import { commandUsage, GLOBAL_FLAGS, parseOneShot, runOneShot, SUBCOMMAND_ALIASES, usage } from './one-shot.ts';

/** The process's own standard streams as a TerminalIO. */
export function processIO(): TerminalIO {
  return streamIO({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

/** The streams a {@link streamIO} reads and writes. */
export interface TerminalStreams {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
}

/**
 * A TerminalIO over `streams`. Output closed by its reader (`| head`: EPIPE)
 * ends the run quietly: nothing more is written, input stops being read (the
 * line loops end as at end of input) and no error escapes as an unhandled
 * 'error' event with a stack. The exit code is what the run had by then.
 */
export function streamIO(streams: TerminalStreams): TerminalIO {
  let closed = false;
  const readers = new Set<Interface>();
  const onOutputError = (error: NodeJS.ErrnoException): void => {
    if (closed) return;
    closed = true;
    // Whoever reads the output has gone: stop reading the input, so that the loops end as they do at end of input.
    for (const reader of readers) reader.close();
    // Any other write failure is worth a line on standard error; a reader that went away (EPIPE) is not a failure.
    if (error.code !== 'EPIPE') streams.stderr.write(`policy-bot: output closed (${error.code ?? error.message})\n`);
  };
  streams.stdout.on('error', onOutputError);
  return {
    out: (text) => {
      if (!closed) streams.stdout.write(text);
    },
    err: (text) => void streams.stderr.write(text),
    lines: async function* () {
      if (closed) return;
      // Imported here: one question from the arguments reads no lines.
      const { createInterface } = await import('node:readline');
      const reader = createInterface({ input: streams.stdin, crlfDelay: Infinity, terminal: false });
      readers.add(reader);
      try {
        // Lines already read ahead are dropped too once the output is gone.
        for await (const line of reader) {
          if (closed) return;
          yield line;
        }
      } finally {
        readers.delete(reader);
        reader.close();
      }
    },
    interactive: streams.stdin.isTTY === true && streams.stdout.isTTY === true,
  };
}

/** The flags of the console itself: `policy-bot [console] [--knowledge DIR] [--help]`. */
function parseConsoleFlags(args: readonly string[]): { knowledge: string | undefined; help: boolean } {
  try {
    const { values } = parseArgs({ args: [...args], options: { knowledge: GLOBAL_FLAGS.knowledge, help: GLOBAL_FLAGS.help }, strict: true });
    return { knowledge: values.knowledge, help: values.help === true };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The feedback store, imported when it is used: it loads SQLite, which one
 * question from the command line never needs (`policy-bot ask` is run many
 * times a day, and every module it loads is time before its answer).
 */
async function openFeedback(config: { readonly dataDir: string }, logger: Logger) {
  const { FeedbackStore } = await import('../feedback/store.ts');
  return new FeedbackStore({ dataDir: config.dataDir, logger });
}

/** Runs the CLI with `args` (without node and the script). Resolves to the exit code; never throws. */
export async function runCli(args: readonly string[], io: TerminalIO, env?: Readonly<Record<string, string | undefined>>): Promise<number> {
  let logger: Logger | undefined;
  try {
    const config = loadConfig({ ...(env === undefined ? {} : { env }), defaultLogLevel: 'warn' });
    logger = createLogger(config.logLevel);
    const [first, ...rest] = args;
    // ingest writes into the knowledge folder: a subcommand of the terminal only, not a bot command.
    // Each path imports what only it needs (ingest: the document readers; the console: reloads and the feedback store).
    if (first === 'ingest') return await (await import('./ingest.ts')).runIngest(rest, io, config.knowledgeDir);
    const registry = await loadCommands();
    const style = io.interactive ? ANSI_STYLE : PLAIN_STYLE;
    if (first === undefined || first === 'console' || first.startsWith('-')) {
      const flags = parseConsoleFlags(first === 'console' ? rest : args);
      if (flags.help) {
        io.out(`${usage(registry)}\n`);
        return EXIT_OK;
      }
      const [{ EngineHolder }, { runConsole }, { buildInThisThread }] = await Promise.all([
        import('../reload.ts'),
        import('./console.ts'),
        import('../build.ts'),
      ]);
      // The console's /reload builds in this process: its one user waits for the answer and nothing else is served
      // meanwhile, so a build process (the bot's way, to keep answering others) would only add its start.
      const holder = await EngineHolder.open({
        knowledgeDir: flags.knowledge ?? config.knowledgeDir,
        cacheDir: config.cacheDir,
        maxDocumentBytes: config.maxDocumentBytes,
        logger,
        builder: buildInThisThread,
      });
      const log = logger;
      const feedback = await openFeedback(config, logger);
      try {
        await runConsole(
          registry,
          () => ({
            engine: holder.current,
            latestEngine: () => holder.current,
            front: 'console',
            isAdmin: true,
            logger: log,
            // Read when a command lists the commands (/help): sorting them loads ICU's collation (~25 ms) that a question does not need.
            get commands() {
              return registry.all;
            },
            reload: () => holder.reload(),
            feedback,
          }),
          io,
        );
      } finally {
        feedback.close();
      }
      return EXIT_OK;
    }
    const command = registry.find(SUBCOMMAND_ALIASES[first] ?? first);
    if (command === undefined) throw new UsageError(`Unknown command "${first}".\n\n${usage(registry)}`);
    const shot = parseOneShot(command, rest);
    if (shot.help) {
      io.out(`${commandUsage(command)}\n`);
      return EXIT_OK;
    }
    const engine = await Engine.open({
      knowledgeDir: shot.knowledge ?? config.knowledgeDir,
      cacheDir: config.cacheDir,
      maxDocumentBytes: config.maxDocumentBytes,
      logger,
    });
    // Only the command that reads the ratings gets the store: asking a question neither loads SQLite nor creates a data folder.
    const feedback = command.name === 'feedback' ? await openFeedback(config, logger) : undefined;
    try {
      return await runOneShot(
        shot,
        {
          engine,
          front: 'cli',
          isAdmin: true,
          logger,
          // Read when a command lists the commands (help): sorting them loads ICU's collation (~25 ms) that a question does not need.
          get commands() {
            return registry.all;
          },
          ...(feedback === undefined ? {} : { feedback }),
        },
        io,
        style,
      );
    } finally {
      feedback?.close();
    }
  } catch (error) {
    const code = exitCodeOf(error);
    if (code !== EXIT_INTERNAL && error instanceof Error) {
      io.err(`${error.message}\n`);
    } else {
      logger?.error({ err: error }, 'policy-bot failed');
      io.err(`policy-bot: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return code;
  }
}
