/**
 * `policy-bot`: the terminal front's entry point. The only module (with
 * main.ts) that touches the process: arguments, standard streams, exit code.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadCommands } from '../commands/registry.ts';
import { loadConfig } from '../config.ts';
import { Engine } from '../engine.ts';
import { EngineHolder } from '../reload.ts';
import { createLogger, type Logger } from '../log.ts';
import { ANSI_STYLE, PLAIN_STYLE } from '../views/terminal/style.ts';
import { runConsole } from './console.ts';
import { runIngest } from './ingest.ts';
import { EXIT_INTERNAL, EXIT_OK, exitCodeOf, UsageError } from './exit-codes.ts';
import type { TerminalIO } from './io.ts';
import { commandUsage, GLOBAL_FLAGS, parseOneShot, runOneShot, SUBCOMMAND_ALIASES, usage } from './one-shot.ts';

/** The process's own standard streams as a TerminalIO. */
export function processIO(): TerminalIO {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false }),
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
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

/** Runs the CLI with `args` (without node and the script). Resolves to the exit code; never throws. */
export async function runCli(args: readonly string[], io: TerminalIO, env?: Readonly<Record<string, string | undefined>>): Promise<number> {
  let logger: Logger | undefined;
  try {
    const config = loadConfig({ ...(env === undefined ? {} : { env }), defaultLogLevel: 'warn' });
    logger = createLogger(config.logLevel);
    const [first, ...rest] = args;
    // ingest writes into the knowledge folder: a subcommand of the terminal only, not a bot command.
    if (first === 'ingest') return await runIngest(rest, io, config.knowledgeDir);
    const registry = await loadCommands();
    const style = io.interactive ? ANSI_STYLE : PLAIN_STYLE;
    if (first === undefined || first === 'console' || first.startsWith('-')) {
      const flags = parseConsoleFlags(first === 'console' ? rest : args);
      if (flags.help) {
        io.out(`${usage(registry)}\n`);
        return EXIT_OK;
      }
      const holder = await EngineHolder.open({ knowledgeDir: flags.knowledge ?? config.knowledgeDir, cacheDir: config.cacheDir, logger });
      const log = logger;
      await runConsole(registry, () => ({ engine: holder.current, front: 'console', isAdmin: true, logger: log, commands: registry.all, reload: () => holder.reload() }), io);
      return EXIT_OK;
    }
    const command = registry.find(SUBCOMMAND_ALIASES[first] ?? first);
    if (command === undefined) throw new UsageError(`Unknown command "${first}".\n\n${usage(registry)}`);
    const shot = parseOneShot(command, rest);
    if (shot.help) {
      io.out(`${commandUsage(command)}\n`);
      return EXIT_OK;
    }
    const engine = await Engine.open({ knowledgeDir: shot.knowledge ?? config.knowledgeDir, cacheDir: config.cacheDir, logger });
    return await runOneShot(shot, { engine, front: 'cli', isAdmin: true, logger, commands: registry.all }, io, style);
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
