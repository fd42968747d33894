/**
 * The one-shot terminal front: `policy-bot <command> [arguments] [--flags]`.
 * Every command in `commands/` is a subcommand, its options are flags
 * (`--actor eu`) and its string options, in order, take the positional
 * arguments. `--json` prints one JSON object; `--stdin` answers one input
 * line per output line.
 */
import { parseArgs } from 'node:util';
import type { AnyCommand, CommandContext } from '../commands/command.ts';
import type { CommandRegistry } from '../commands/registry.ts';
import type { TerminalStyle } from '../views/terminal/style.ts';
import { EXIT_OK, EXIT_USER_ERROR, UsageError } from './exit-codes.ts';
import type { TerminalIO } from './io.ts';
import { writePicture } from './picture-file.ts';
import { runForTerminal } from './run-line.ts';
import { isPictured } from '../views/picture/kinds.ts';

/** Subcommand names that stand for another command. */
export const SUBCOMMAND_ALIASES: Readonly<Record<string, string>> = { show: 'source' };

/** Flags every subcommand takes. */
export const GLOBAL_FLAGS = {
  json: { type: 'boolean' },
  stdin: { type: 'boolean' },
  knowledge: { type: 'string' },
  png: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A parsed one-shot command line. */
export interface OneShot {
  readonly command: AnyCommand;
  readonly raw: Record<string, string | boolean>;
  readonly json: boolean;
  readonly stdin: boolean;
  readonly knowledge: string | undefined;
  /** Where to write the reply's picture (timeline, compare). */
  readonly png: string | undefined;
  readonly help: boolean;
}

/** Parses `args` (after the subcommand) for `command`. Throws UsageError for unknown flags or surplus arguments. */
export function parseOneShot(command: AnyCommand, args: readonly string[]): OneShot {
  const specs = command.options.filter((o) => o.discordOnly !== true);
  const flags: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const o of specs) flags[o.name] = o.type === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: true };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...flags, ...GLOBAL_FLAGS }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see: policy-bot ${command.name} --help)`);
  }
  const values = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
  const raw: Record<string, string | boolean> = {};
  for (const o of specs) {
    const v = values[o.name];
    if (v === undefined) continue;
    // A repeated flag (--actor eu --actor japan) is passed on as a comma-separated list.
    raw[o.name] = Array.isArray(v) ? v.map(String).join(',') : v;
  }
  if (typeof values.png === 'string' && values.stdin === true)
    throw new UsageError(`--png writes one picture: it does not go with --stdin (see: policy-bot ${command.name} --help)`);
  if (values.png === '') throw new UsageError(`--png needs a file name (see: policy-bot ${command.name} --help)`);
  const targets = specs.filter((o) => o.type !== 'boolean' && !(o.name in raw));
  const positionals = parsed.positionals;
  const required = targets.filter((o) => o.required === true);
  if (positionals.length > 0) {
    if (targets.length === 0) throw new UsageError(`policy-bot ${command.name} takes no arguments (got "${positionals[0]}").`);
    const [only] = required;
    if (required.length === 1 && only !== undefined) {
      // One required argument (a question, an id): unquoted words are joined back into it.
      raw[only.name] = positionals.join(' ');
    } else {
      assignInOrder(
        command,
        targets.map((o) => o.name),
        positionals,
        raw,
      );
    }
  }
  return {
    command,
    raw,
    json: values.json === true,
    stdin: values.stdin === true,
    knowledge: typeof values.knowledge === 'string' ? values.knowledge : undefined,
    png: typeof values.png === 'string' ? values.png : undefined,
    help: values.help === true,
  };
}

function assignInOrder(command: AnyCommand, names: readonly string[], positionals: readonly string[], raw: Record<string, string | boolean>): void {
  if (positionals.length > names.length) {
    throw new UsageError(`policy-bot ${command.name} takes at most ${names.length} argument(s); got ${positionals.length}. Quote an argument that has spaces.`);
  }
  positionals.forEach((p, i) => {
    const name = names[i];
    if (name !== undefined) raw[name] = p;
  });
}

/** Usage text for one command, from its definition. */
export function commandUsage(command: AnyCommand): string {
  const specs = command.options.filter((o) => o.discordOnly !== true);
  const args = specs
    .filter((o) => o.type !== 'boolean')
    .map((o) => (o.required === true ? `<${o.name}>` : `[--${o.name} <${o.type === 'integer' ? 'n' : o.name}>]`));
  const bools = specs.filter((o) => o.type === 'boolean').map((o) => `[--${o.name}]`);
  const lines = [
    `policy-bot ${command.name} ${[...args, ...bools].join(' ')} [--json] [--stdin] [--knowledge DIR]${isPictured(command.name) ? ' [--png FILE]' : ''}`
      .replace(/\s+/gu, ' ')
      .trim(),
    `  ${command.description}`,
  ];
  for (const o of specs) lines.push(`  ${o.required === true ? `<${o.name}>` : `--${o.name}`}: ${o.description}`);
  return lines.join('\n');
}

/** Usage text for the whole CLI. */
export function usage(registry: CommandRegistry): string {
  return [
    'policy-bot: answers questions from policy sources, quoting them verbatim.',
    '',
    'Usage:',
    '  policy-bot                      the interactive console (/ask, /help, ...)',
    // A Discord-only command (inTerminal set) is no subcommand: the terminal's own way to do it is listed instead.
    ...registry.all.filter((c) => c.inTerminal === undefined).map((c) => `  policy-bot ${c.name.padEnd(21)}${c.description}`),
    ...Object.entries(SUBCOMMAND_ALIASES).map(([alias, name]) => `  policy-bot ${alias.padEnd(21)}the same as "${name}"`),
    '  policy-bot ingest FILE...       adds PDF, HTML, DOCX or text files to the knowledge folder (see: policy-bot ingest --help)',
    '',
    'Every command takes --json (one JSON object), --knowledge DIR (another corpus) and --help.',
    '"ask" also takes --stdin: one question per input line, one JSON object per output line.',
    '"timeline" and "compare" also take --png FILE: the picture the bot attaches on Discord, written to FILE.',
  ].join('\n');
}

/**
 * Runs a parsed one-shot command: prints the answer, or a message to
 * standard error. With `stdin`, each input line fills the command's first
 * string option and gets one JSON line, in order, an `error` field for a
 * line it refuses. Resolves to the exit code.
 */
export async function runOneShot(shot: OneShot, context: CommandContext, io: TerminalIO, style: TerminalStyle): Promise<number> {
  if (!shot.stdin) {
    const outcome = await runForTerminal(shot.command, shot.raw, context, { json: shot.json, style });
    if (outcome.ok) {
      io.out(`${outcome.text}\n`);
      if (shot.png !== undefined) await writePicture(outcome.reply, shot.png, io);
      return EXIT_OK;
    }
    if (shot.json) io.out(`${JSON.stringify({ error: outcome.error.message })}\n`);
    io.err(`${outcome.error.message}\n`);
    return EXIT_USER_ERROR;
  }
  const target = shot.command.options.find((o) => o.type === 'string' && o.required === true);
  if (target === undefined) throw new UsageError(`--stdin needs a command that takes text; ${shot.command.name} takes none.`);
  let failed = false;
  for await (const line of io.lines()) {
    const outcome = await runForTerminal(shot.command, { ...shot.raw, [target.name]: line }, context, { json: true, style });
    if (outcome.ok) io.out(`${outcome.text}\n`);
    else {
      failed = true;
      io.out(`${JSON.stringify({ [target.name === 'question' ? 'query' : target.name]: line, error: outcome.error.message })}\n`);
    }
  }
  return failed ? EXIT_USER_ERROR : EXIT_OK;
}
