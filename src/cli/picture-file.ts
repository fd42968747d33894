/**
 * `--png FILE`: the picture of a reply (the one the bot attaches on Discord)
 * written to a file, and a line on standard error saying so (standard output
 * keeps the answer, one JSON object with --json).
 */
import { writeFile } from 'node:fs/promises';
import { UserError } from '../errors.ts';
import type { Reply } from '../replies.ts';
import { PICTURED_KINDS } from '../views/picture/kinds.ts';
import type { TerminalIO } from './io.ts';

/** Writes the picture of `reply` to `file`. A reply without a picture, or a file that cannot be written, is a UserError. */
export async function writePicture(reply: Reply, file: string, io: TerminalIO): Promise<void> {
  if (!PICTURED_KINDS.includes(reply.kind)) throw new UserError('bad-argument', `--png: only ${PICTURED_KINDS.join(' and ')} draw a picture.`);
  // Loaded only here: resvg's addon and the font reader cost the other commands nothing.
  const { pictureOf, renderPicture } = await import('../views/picture/render.ts');
  const picture = pictureOf(reply);
  if (picture === undefined) {
    io.err('policy-bot: nothing to draw (no event matches); no picture written.\n');
    return;
  }
  const rendered = await renderPicture(picture);
  try {
    await writeFile(file, rendered.png);
  } catch (error) {
    const code = error instanceof Error ? ('code' in error ? String(error.code) : error.message) : String(error);
    throw new UserError('bad-argument', `--png: cannot write ${file} (${code}).`);
  }
  io.err(`policy-bot: picture written to ${file} (${rendered.width}×${rendered.height} px, ${Math.ceil(rendered.png.byteLength / 1024)} KiB)\n`);
}
