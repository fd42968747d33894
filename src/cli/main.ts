/**
 * `policy-bot`: the terminal front's entry point. The only module (with
 * main.ts) that touches the process: arguments, standard streams, exit code.
 */
import { createInterface } from 'node:readline';
import { loadCommands } from '../commands/registry.ts';
import { loadConfig } from '../config.ts';
import { Engine } from '../engine.ts';
import { EngineHolder } from '../reload.ts';
import { createLogger, type Logger } from '../log.ts';
import { ANSI_STYLE, PLAIN_STYLE } from '../views/terminal/style.ts';
import { runConsole } from './console.ts';
import { EXIT_OK, EXIT_USAGE, exitCodeOf, UsageError } from './exit-codes.ts';
import type { TerminalIO } from './io.ts';
import { commandUsage, parseOneShot, runOneShot, SUBCOMMAND_ALIASES, usage } from './one-shot.ts';

/** The process's own standard streams as a TerminalIO. */
export function processIO(): TerminalIO {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false }),
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  };
}

/** Runs the CLI with `args` (without node and the script). Resolves to the exit code; never throws. */
export async function runCli(args: readonly string[], io: TerminalIO, env?: Readonly<Record<string, string | undefined>>): Promise<number> {
  let logger: Logger | undefined;
  try {
    const config = loadConfig({ ...(env === undefined ? {} : { env }), defaultLogLevel: 'warn' });
    logger = createLogger(config.logLevel);
    const registry = await loadCommands();
    const [first, ...rest] = args;
    if (first === '--help' || first === '-h' || first === 'help' && rest.length === 0 && registry.find('help') === undefined) {
      io.out(`${usage(registry)}\n`);
      return EXIT_OK;
    }
    const style = io.interactive ? ANSI_STYLE : PLAIN_STYLE;
    if (first === undefined || first === 'console' || first.startsWith('--')) {
      const knowledge = first === '--knowledge' ? rest[0] : first === 'console' && rest[0] === '--knowledge' ? rest[1] : undefined;
      if (first !== undefined && first !== 'console' && first !== '--knowledge') throw new UsageError(`Unknown flag ${first}. ${usage(registry)}`);
      const holder = await EngineHolder.open({ knowledgeDir: knowledge ?? config.knowledgeDir, cacheDir: config.cacheDir, logger });
      const log = logger;
      await runConsole(registry, () => ({ engine: holder.current, front: 'console', isAdmin: true, logger: log, reload: () => holder.reload() }), io);
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
    return await runOneShot(shot, { engine, front: 'cli', isAdmin: true, logger }, io, style);
  } catch (error) {
    const code = exitCodeOf(error);
    if (code === EXIT_USAGE || error instanceof Error && code !== 70) {
      io.err(`${(error as Error).message}\n`);
    } else {
      logger?.error({ err: error }, 'policy-bot failed');
      io.err(`policy-bot: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return code;
  }
}
