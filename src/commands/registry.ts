/**
 * Loads the commands in `commands/`: one file per command, its default
 * export checked by a schema. A malformed or duplicate command fails at
 * start with the file named; there is no central list to edit.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { PolicyBotError, UserError } from '../errors.ts';
import { issuePath } from '../knowledge/issues.ts';
import { runtimePath } from '../paths.ts';
import { BUNDLED_COMMANDS } from './bundled-commands.ts';
import type { AnyCommand } from './command.ts';
import { DISCORD_ONLY_TYPES, MAX_DESCRIPTION_CHARS, MAX_OPTIONS, MAX_STRING_OPTION_CHARS, NAME_PATTERN, type OptionSpec, optionsSchema } from './options.ts';

/** The folder of command files shipped with the package. */
export const DEFAULT_COMMANDS_DIR = runtimePath('../commands');

/** A command file that does not define a valid command. */
export class CommandDefinitionError extends PolicyBotError {
  override name = 'CommandDefinitionError';
}

const description = z.string().min(1, 'a description').max(MAX_DESCRIPTION_CHARS, `a description of at most ${MAX_DESCRIPTION_CHARS} characters`);
const name = z.string().regex(NAME_PATTERN, 'a lowercase name of 1 to 32 letters, digits, - or _');

const optionSpecSchema = z.strictObject({
  name,
  description,
  type: z.enum(['string', 'integer', 'boolean', 'user', 'attachment']),
  required: z.boolean().optional(),
  autocomplete: z.enum(['actor', 'topic', 'passage']).optional(),
  minLength: z.number().int().min(0).max(MAX_STRING_OPTION_CHARS).optional(),
  maxLength: z.number().int().min(1).max(MAX_STRING_OPTION_CHARS).optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  discordOnly: z.boolean().optional(),
});

const commandSchema = z
  .object({
    name,
    description,
    options: z.array(optionSpecSchema).max(MAX_OPTIONS, `at most ${MAX_OPTIONS} options`),
    admin: z.boolean().optional(),
    privateReplies: z.boolean().optional(),
    inTerminal: z.string().min(1).optional(),
    // Context-menu names may hold spaces and capitals, unlike slash names: Discord allows 1 to 32 characters.
    messageMenu: z.strictObject({ name: z.string().trim().min(1).max(32, 'a menu name of at most 32 characters'), option: name }).optional(),
    run: z.custom<AnyCommand['run']>((v) => typeof v === 'function', 'a run function'),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    let optionalSeen = false;
    const menuOption = c.messageMenu === undefined ? undefined : c.options.find((o) => o.name === c.messageMenu?.option);
    if (c.messageMenu !== undefined && menuOption?.type !== 'string') {
      ctx.addIssue({
        code: 'custom',
        path: ['messageMenu', 'option'],
        message: `the name of one of the command's string options (got "${c.messageMenu.option}")`,
      });
    }
    c.options.forEach((o, i) => {
      if (seen.has(o.name)) ctx.addIssue({ code: 'custom', path: ['options', i, 'name'], message: `a name no other option has ("${o.name}" is used twice)` });
      seen.add(o.name);
      if (o.required === true && optionalSeen)
        ctx.addIssue({ code: 'custom', path: ['options', i], message: 'required options before optional ones (Discord requires it)' });
      if (o.required !== true) optionalSeen = true;
      if (DISCORD_ONLY_TYPES.includes(o.type) && o.discordOnly !== true) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'discordOnly'], message: `true for an option of type ${o.type} (only Discord can give one)` });
      }
      if (o.required === true && o.discordOnly === true && c.inTerminal === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['inTerminal'],
          message: `what a terminal answers instead (option "${o.name}" is required and only Discord gives it)`,
        });
      }
    });
  });

/** The loaded commands, by name. */
export class CommandRegistry {
  private readonly byName: ReadonlyMap<string, AnyCommand>;

  constructor(commands: readonly AnyCommand[]) {
    const map = new Map<string, AnyCommand>();
    for (const c of commands) {
      if (map.has(c.name)) throw new CommandDefinitionError(`policy-bot: two commands are named "${c.name}"`);
      map.set(c.name, c);
    }
    this.byName = map;
  }

  /** Every command, in name order. */
  get all(): readonly AnyCommand[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The command called `name`, or undefined. */
  find(name: string): AnyCommand | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The command called `name`; a UserError listing the commands otherwise. */
  get(name: string): AnyCommand {
    const found = this.find(name);
    if (found !== undefined) return found;
    throw new UserError('unknown-command', `Unknown command "/${name}". Commands: ${this.all.map((c) => `/${c.name}`).join(', ')}.`);
  }
}

/** Validates one module's default export as a command. `file` names it in errors. */
export function validateCommand(exported: unknown, file: string): AnyCommand {
  const parsed = commandSchema.safeParse(exported);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issuePath(issue.path);
    throw new CommandDefinitionError(`policy-bot: ${file}: ${where === '' ? '' : `${where}: `}expected ${issue?.message ?? 'a command'}`);
  }
  return exported as AnyCommand;
}

/**
 * Loads every command file (`*.ts`, `*.js`, `*.mjs`) in `dir`. The shipped
 * folder's commands come from the bundle when this code runs from it
 * ({@link BUNDLED_COMMANDS}), checked the same way.
 */
export async function loadCommands(dir: string = DEFAULT_COMMANDS_DIR): Promise<CommandRegistry> {
  if (dir === DEFAULT_COMMANDS_DIR && BUNDLED_COMMANDS !== undefined) {
    return new CommandRegistry([...BUNDLED_COMMANDS].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, exported]) => validateCommand(exported, file)));
  }
  const files = (await readdir(dir)).filter((f) => /\.(ts|mjs|js)$/u.test(f) && !/\.(d|test)\.ts$/u.test(f)).sort();
  const commands: AnyCommand[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    commands.push(validateCommand(mod.default, file));
  }
  return new CommandRegistry(commands);
}

/** Parses raw option values for `command` (terminal strings or Discord's typed values). A bad one is a UserError naming it. */
export function parseOptions(command: AnyCommand, raw: Record<string, unknown>): Record<string, unknown> {
  const parsed = optionsSchema(command.options).safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    throw new UserError(
      'bad-argument',
      `/${command.name} has no option ${issue.keys.map((k) => `"${k}"`).join(', ')}. Options: ${describeOptions(command.options)}.`,
    );
  }
  const option = issue === undefined ? '' : issuePath(issue.path);
  const missing = issue?.code === 'invalid_type' && issue.input === undefined;
  throw new UserError('bad-argument', `/${command.name}: option "${option}" ${missing ? 'is required' : `must be ${issue?.message ?? 'valid'}`}.`);
}

function describeOptions(options: readonly OptionSpec[]): string {
  return options.map((o) => (o.required === true ? o.name : `[${o.name}]`)).join(' ') || 'none';
}
