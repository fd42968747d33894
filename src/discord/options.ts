/**
 * A slash command's options as raw values for {@link executeCommand}, which
 * parses them with the command's own schema: nothing is cast here.
 */
import type { Attachment, CommandInteractionOption } from 'discord.js';
import type { UploadedFile } from '../commands/options.ts';

/** Turns the attachment Discord resolved for an option into the option's value (the front's fetcher). */
export type AttachmentResolver = (attachment: Attachment) => UploadedFile;

/**
 * The options as sent: `{name: value}`. A user option's value is the user's
 * id, which is what the `user` option type holds. An attachment option's
 * value is the attachment Discord resolved for this interaction, as
 * `resolveAttachment` makes it (without one, it is left out and a command
 * that requires it says so).
 */
export function rawOptions(options: readonly CommandInteractionOption[], resolveAttachment?: AttachmentResolver): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const option of options) {
    if (option.attachment !== undefined) {
      if (resolveAttachment !== undefined) raw[option.name] = resolveAttachment(option.attachment);
    } else if (option.value !== undefined) raw[option.name] = option.value;
  }
  return raw;
}
