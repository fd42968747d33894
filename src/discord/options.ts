/**
 * A slash command's options as raw values for {@link executeCommand}, which
 * parses them with the command's own schema: nothing is cast here.
 */
import type { CommandInteractionOption } from 'discord.js';

/**
 * The options as sent: `{name: value}`. A user option's value is the user's
 * id, which is what the `user` option type holds.
 */
export function rawOptions(options: readonly CommandInteractionOption[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const option of options) {
    if (option.value !== undefined) raw[option.name] = option.value;
  }
  return raw;
}
