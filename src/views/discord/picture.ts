/**
 * A reply's picture (a timeline, a comparison) attached to its Discord
 * message, with the picture's description as alt text. The message's text
 * stays as it is, for screen readers and search.
 */
import type { Reply } from '../../replies.ts';
import { pictureOf, renderPicture } from '../picture/render.ts';
import { fitText } from './limits.ts';
import type { DiscordMessage } from './message.ts';

/** Discord's limit on an attachment's description. */
const DESCRIPTION_MAX = 1024;

/** `message` with `reply`'s picture attached, or `message` as it is when the reply has no picture. */
export async function withPicture(message: DiscordMessage, reply: Reply): Promise<DiscordMessage> {
  const picture = pictureOf(reply);
  if (picture === undefined) return message;
  const rendered = await renderPicture(picture);
  return { ...message, files: [{ attachment: rendered.png, name: rendered.fileName, description: fitText(rendered.alt, DESCRIPTION_MAX) }] };
}
