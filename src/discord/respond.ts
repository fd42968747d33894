/**
 * Answering an interaction within Discord's 3 seconds: reply directly when the
 * work is done in time (one request, and webhook edits count against
 * discord.js's global rate limit while callbacks do not); defer only when it
 * is not, then edit the deferred reply.
 */
import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { Logger } from '../log.ts';
import type { DiscordMessage } from '../views/discord/message.ts';
import { renderPrivateError } from '../views/discord/render.ts';

/** Interactions that take a message reply. */
export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** Work still running this long after the interaction arrived is deferred: well inside the 3 s, leaving room for the network. */
export const DEFER_AFTER_MS = 1500;

/** The message without its flags, for edits and updates, which cannot change them. */
export function withoutFlags(message: DiscordMessage): Omit<DiscordMessage, 'flags'> {
  const { flags: _flags, ...rest } = message;
  return rest;
}

/**
 * Replies to `interaction` with what `work` renders. If `work` takes longer
 * than `deferAfterMs` ({@link DEFER_AFTER_MS}), the reply is deferred first (privately when
 * `hidden`) and edited when the work is done. Errors of `work` propagate,
 * after the deferral if there was one.
 */
export async function replyInTime(
  interaction: RepliableInteraction,
  hidden: boolean,
  work: () => Promise<DiscordMessage>,
  logger: Logger,
  deferAfterMs: number = DEFER_AFTER_MS,
): Promise<void> {
  let deferral: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    deferral = interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {}).catch((error: unknown) => {
      logger.warn({ err: error, interaction: interaction.id }, 'deferring the reply failed');
    });
  }, deferAfterMs);
  let message: DiscordMessage;
  try {
    message = await work();
  } finally {
    clearTimeout(timer);
    await deferral;
  }
  if (interaction.deferred) await interaction.editReply(withoutFlags(message));
  else await interaction.reply(message);
}

/** Tells the user alone what went wrong, whatever state the interaction is in. */
export async function replyPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  const message = renderPrivateError(text);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(message);
    return;
  }
  // Read before the follow-up: discord.js sets `replied` once a follow-up is sent, deferred reply edited or not.
  const stillThinking = interaction.deferred && !interaction.replied;
  await interaction.followUp(message);
  // A deferred reply that was never edited would say "thinking…" for ever.
  if (stillThinking) await interaction.deleteReply();
}
