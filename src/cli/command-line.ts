/**
 * The console's command syntax: `/name free text key:value key:"two words"`.
 * Free text fills the command's first required string option; `key:` is
 * recognised only for the command's own option names, so a question may
 * contain colons ("NIS2: what changes?").
 */
import { UserError } from '../errors.ts';
import type { AnyCommand } from '../commands/command.ts';
import type { CommandRegistry } from '../commands/registry.ts';

/** A parsed console line: the command and its raw option values (strings, as typed). */
export interface CommandLine {
  readonly command: AnyCommand;
  readonly raw: Record<string, string>;
}

/** Parses one console line. A line without a leading slash is a question for `/ask`. */
export function parseCommandLine(line: string, registry: CommandRegistry): CommandLine {
  const trimmed = line.trim();
  const slash = /^\/([-_a-zA-Z0-9]+)(?:\s+|$)/u.exec(trimmed);
  const command = slash === null ? registry.get('ask') : registry.get(slash[1] ?? '');
  const rest = slash === null ? trimmed : trimmed.slice(slash[0].length);
  const names = command.options.filter((o) => o.discordOnly !== true).map((o) => o.name);
  const raw: Record<string, string> = {};
  const free: string[] = [];
  const pattern = names.length === 0 ? null : new RegExp(`(?:^|\\s)(${names.join('|')}):(?:"([^"]*)"|(\\S*))`, 'gu');
  let at = 0;
  if (pattern !== null) {
    for (const m of rest.matchAll(pattern)) {
      free.push(rest.slice(at, m.index));
      const key = m[1] ?? '';
      if (key in raw) throw new UserError('bad-argument', `/${command.name}: option "${key}" is given twice.`);
      raw[key] = m[2] ?? m[3] ?? '';
      at = m.index + m[0].length;
    }
  }
  free.push(rest.slice(at));
  const text = free.join(' ').replace(/\s+/gu, ' ').trim();
  if (text !== '') {
    const target = command.options.find((o) => o.type === 'string' && o.required === true && !(o.name in raw));
    if (target === undefined) throw new UserError('bad-argument', `/${command.name} takes no free text (got "${text.slice(0, 40)}").`);
    raw[target.name] = text;
  }
  return { command, raw };
}
