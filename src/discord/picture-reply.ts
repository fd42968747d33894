/**
 * Adding a reply's picture to the answer already sent: the text goes out as
 * soon as it is ready (within Discord's 3 seconds, see respond.ts), and the
 * picture, which takes longer to draw, follows as an edit of that message.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from '../log.ts';
import type { Reply } from '../replies.ts';
import type { DiscordFile } from '../views/discord/message.ts';
import { isPictured } from '../views/picture/kinds.ts';

/**
 * Edits the reply to `interaction` to attach the picture of `reply`, if it has
 * one. A picture that cannot be drawn is logged and left out: the text answer
 * stands. A failed edit propagates.
 */
export async function attachPicture(interaction: ChatInputCommandInteraction, reply: Reply, logger: Logger): Promise<void> {
  if (!isPictured(reply.kind)) return;
  let file: DiscordFile | undefined;
  try {
    // Loaded on the first picture: resvg's addon and the font reader cost a bot that is never asked for one nothing.
    const { pictureFile } = await import('../views/discord/picture.ts');
    file = await pictureFile(reply);
  } catch (error) {
    logger.error({ command: interaction.commandName, user: interaction.user.id, err: error }, 'drawing the picture failed; the answer stays without it');
    return;
  }
  if (file !== undefined) await interaction.editReply({ files: [file] });
}
