/**
 * A reply's picture (a timeline, a comparison) as the file to attach to its
 * Discord message, with the picture's description as alt text. The message's
 * text stays as it is, for screen readers and search.
 */
import type { Reply } from '../../replies.ts';
import { pictureOf, renderPicture } from '../picture/render.ts';
import { fitText } from './limits.ts';
import type { DiscordFile } from './message.ts';

/** Discord's limit on an attachment's description. */
const DESCRIPTION_MAX = 1024;

/** The file of `reply`'s picture, or undefined when the reply has no picture. */
export async function pictureFile(reply: Reply): Promise<DiscordFile | undefined> {
  const picture = pictureOf(reply);
  if (picture === undefined) return undefined;
  const rendered = await renderPicture(picture);
  return { attachment: rendered.png, name: rendered.fileName, description: fitText(rendered.alt, DESCRIPTION_MAX) };
}
