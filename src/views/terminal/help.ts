/** `/help` in a terminal: what the corpus holds, and every command with how to call it, listed from the registry. */
import type { CommandSummary, ReplyBodies } from '../../replies.ts';
import { languageCounts } from '../languages.ts';
import type { TerminalStyle } from './style.ts';

/** How wide the usage column is before the description. */
const USAGE_WIDTH = 44;

/**
 * How a command is typed in the console (`/timeline [actor:<actor>] [from:<n>]`):
 * free text fills its first required string option (command-line.ts), every
 * other option is `name:<value>`, an optional one in brackets. Options only
 * Discord offers are left out.
 */
export function consoleUsage(command: CommandSummary): string {
  const options = command.options.filter((o) => o.discordOnly !== true);
  const free = options.find((o) => o.type === 'string' && o.required === true);
  const parts = options.map((o) => {
    const value = o.type === 'integer' ? 'n' : o.type === 'boolean' ? 'true|false' : o.name;
    if (o === free) return `<${o.name}>`;
    return o.required === true ? `${o.name}:<${value}>` : `[${o.name}:<${value}>]`;
  });
  return [`/${command.name}`, ...parts].join(' ');
}

/** Renders `/help`. */
export function renderHelp({ catalogue, commands }: ReplyBodies['help'], style: TerminalStyle): string {
  return [
    style.bold('policy-bot answers questions from its sources, quoting them verbatim.'),
    '',
    `Actors: ${catalogue.actors.map((a) => `${a.actor.name} (${a.actor.id})`).join(', ')}`,
    `Topics: ${catalogue.topics.map((t) => t.name).join(', ') || 'none listed'}`,
    `Passages: ${catalogue.passages} in ${catalogue.actors.reduce((n, a) => n + a.documents.length, 0)} document(s)`,
    `Languages: ${languageCounts(catalogue.actors.flatMap((a) => a.documents))} (ask in any of them; --lang or lang: forces the question's)`,
    '',
    'Commands:',
    ...commands.map((c) => {
      const usage = consoleUsage(c);
      // A usage too long for its column puts the description on the next line, aligned.
      return usage.length < USAGE_WIDTH ? `  ${usage.padEnd(USAGE_WIDTH)} ${c.description}` : `  ${usage}\n  ${' '.repeat(USAGE_WIDTH)} ${c.description}`;
    }),
    '',
    'Ask in plain words: "What has Japan done on capacity building?", "What is NIS2?", "CBMs".',
  ].join('\n');
}
