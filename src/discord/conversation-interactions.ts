/**
 * The interactions conversations add: the message context-menu command
 * ("Ask policy-bot" on any message: answered privately, with "Show in
 * channel"), and the "Show in channel" and "Follow up in a thread" buttons.
 * The router calls these inside its guard (rate limit, error handling).
 */
import { type ButtonInteraction, MessageFlags, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { CommandContext } from '../commands/command.ts';
import { executeCommand } from '../commands/execute.ts';
import type { CommandRegistry } from '../commands/registry.ts';
import { MAX_QUESTION_CHARS } from '../engine.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { type ConversationAction, withConversationButton } from '../views/discord/conversation.ts';
import { clipText } from '../views/discord/limits.ts';
import { isPaged, renderDiscord } from '../views/discord/render.ts';
import type { ConversationStore } from './conversations.ts';
import { type InteractionRecord, summariseReply } from './interaction-log.ts';
import { questionText } from './message-ask.ts';
import type { PageStore } from './pages.ts';
import { replyInTime, replyPrivately } from './respond.ts';
import { commandOfMenu } from './slash.ts';

/** What these handlers serve with. */
export interface ConversationInteractionDeps {
  readonly registry: CommandRegistry;
  readonly pages: PageStore;
  readonly conversations: ConversationStore;
  readonly logger: Logger;
  readonly deferAfterMs?: number;
}

/** What a press of "Show in channel" or "Follow up in a thread" on an answer no longer kept says. */
export const EXPIRED_CONVERSATION_TEXT = 'This answer has expired (answers are kept for an hour). Ask again by mentioning me or with /ask.';
/** What a message with no text to ask about gets from the context menu. */
export const NO_TEXT_TEXT = 'That message has no text to ask about.';
/** What the member who pressed "Follow up in a thread" is told: where to go on. */
export function threadStartedText(threadId: string): string {
  return `Follow up in <#${threadId}>: mention me there, or reply to my answers.`;
}
/** The longest thread name Discord takes. */
const THREAD_NAME_CHARS = 100;

/** A message context-menu command: asks the command behind it about the message's text, privately, with "Show in channel". */
export async function handleMessageMenu(
  interaction: MessageContextMenuCommandInteraction,
  record: InteractionRecord,
  context: CommandContext,
  deps: ConversationInteractionDeps,
): Promise<void> {
  const command = commandOfMenu(deps.registry.all, interaction.commandName);
  const menu = command?.messageMenu;
  if (command === undefined || menu === undefined) throw new UserError('unknown-command', `Unknown command "${interaction.commandName}".`);
  const max = command.options.find((o) => o.name === menu.option)?.maxLength ?? MAX_QUESTION_CHARS;
  // Capped like a question: a long message is asked about by its beginning, not refused.
  const text = questionText(interaction.targetMessage.content).slice(0, max).trim();
  if (text === '') throw new UserError('empty-question', NO_TEXT_TEXT);
  const raw = { [menu.option]: text };
  Object.assign(record, { options: raw });
  await replyInTime(
    interaction,
    true,
    async () => {
      const answer = await executeCommand(command, { ...raw }, context);
      Object.assign(record, summariseReply(answer));
      // One key for both: "More results" and "Show in channel" run the same command with the same options.
      const key = deps.pages.put({ command: command.name, raw, owner: interaction.user.id });
      const message = renderDiscord(answer, isPaged(answer) ? { pageKey: key } : {});
      return { ...withConversationButton(message, { kind: 'show', key }), flags: MessageFlags.Ephemeral };
    },
    deps.logger,
    deps.deferAfterMs,
  );
}

/** "Show in channel" and "Follow up in a thread". */
export async function handleConversationButton(
  interaction: ButtonInteraction,
  action: ConversationAction,
  record: InteractionRecord,
  context: CommandContext,
  deps: ConversationInteractionDeps,
): Promise<void> {
  if (action.kind === 'show') {
    const query = deps.pages.get(action.key);
    if (query === undefined) return replyPrivately(interaction, EXPIRED_CONVERSATION_TEXT);
    const answer = await executeCommand(deps.registry.get(query.command), { ...query.raw }, context);
    Object.assign(record, summariseReply(answer));
    const { flags: _flags, ...message } = renderDiscord(answer, isPaged(answer) ? { pageKey: action.key } : {});
    // Shown to everyone, pinging nobody.
    await interaction.reply({ ...message, allowedMentions: { parse: [] } });
    return;
  }
  const conversation = deps.conversations.get({ key: action.key });
  if (conversation === undefined) return replyPrivately(interaction, EXPIRED_CONVERSATION_TEXT);
  // Discord makes one thread per message, with the message's id.
  const existing = interaction.message.hasThread ? interaction.message.thread : null;
  const thread = existing ?? (await interaction.message.startThread({ name: clipText(conversation.topic, THREAD_NAME_CHARS) || 'Follow-up' }));
  deps.conversations.set({ thread: thread.id }, conversation);
  // Not through replyPrivately, whose notice escapes markup: the channel link is the point here (it pings nobody).
  await interaction.reply({ content: threadStartedText(thread.id), allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
}
