/**
 * Asking by message: a member's message that mentions the bot is a question,
 * answered as a reply to it with the same embeds and buttons as `/ask`; a
 * reply to one of the bot's answers, or a mention in a thread made from one,
 * is a follow-up answered with that conversation's context carried over
 * (src/conversation/follow-up.ts). The same rate limits, mention rules and
 * error handling as slash commands; bots (this one included) are never
 * answered. Every message answered ends with one log line.
 */
import type { Message } from 'discord.js';
import type { CommandContext } from '../commands/command.ts';
import { executeCommand } from '../commands/execute.ts';
import type { CommandRegistry } from '../commands/registry.ts';
import { askFollowUp, type ConversationContext } from '../conversation/follow-up.ts';
import type { Engine } from '../engine.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { coverageOf, reply } from '../replies.ts';
import {
  asMessageReply,
  carriedNote,
  EMPTY_REPLY_HINT,
  EXPIRED_CONTEXT_NOTE,
  parseConversationButton,
  withConversationButton,
  withNotes,
} from '../views/discord/conversation.ts';
import { renderDiscord, renderPrivateError } from '../views/discord/render.ts';
import type { ConversationStore } from './conversations.ts';
import { type InteractionRecord, logInteraction, summariseReply } from './interaction-log.ts';
import type { PageStore } from './pages.ts';
import { INTERNAL_ERROR_TEXT } from './router.ts';
import { rateLimitedText, type Throttle } from './throttle.ts';

/** What asking by message serves with. */
export interface MessageAskDeps {
  readonly engine: () => Engine;
  readonly registry: CommandRegistry;
  readonly pages: PageStore;
  readonly conversations: ConversationStore;
  readonly logger: Logger;
  readonly throttle: Throttle;
}

/** How a message reached the bot. */
type Asked =
  | { readonly how: 'mention' }
  /** A reply to one of the bot's messages: `context` is undefined when that answer is no longer remembered. */
  | { readonly how: 'reply'; readonly context: ConversationContext | undefined }
  /** A mention in a thread made from an answer. */
  | { readonly how: 'thread'; readonly context: ConversationContext };

/** Mention markup (users, roles, channels) taken out of a question: the mentions are read from the message's `mentions`. */
export function questionText(content: string): string {
  return content
    .replace(/<(?:@[!&]?|#)\d{17,20}>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The handler: give it to `client.on('messageCreate')`. Never rejects. */
export function createMessageHandler(deps: MessageAskDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const asked = howAsked(message, deps.conversations);
    if (asked === undefined || !message.inGuild()) return;
    const started = performance.now();
    const question = questionText(message.content);
    const record: InteractionRecord = {
      kind: 'message',
      interaction: message.id,
      command: asked.how === 'mention' ? 'mention' : asked.how === 'reply' ? 'reply-follow-up' : 'thread-follow-up',
      guild: message.guildId,
      user: message.author.id,
      options: { question },
    };
    try {
      const verdict = deps.throttle.command(message.author.id, message.guildId);
      if (!verdict.allowed) {
        record.rateLimited = { scope: verdict.scope, retryAfterSeconds: verdict.retryAfterSeconds };
        await message.reply(asMessageReply(renderPrivateError(rateLimitedText(verdict.retryAfterSeconds))));
      } else await answer(message, asked, question, record, deps);
    } catch (error) {
      const user = error instanceof UserError;
      record.error = user ? error.code : 'internal';
      if (!user) deps.logger.error({ command: record.command, user: message.author.id, err: error }, 'message answer failed');
      try {
        await message.reply(asMessageReply(renderPrivateError(user ? error.message : INTERNAL_ERROR_TEXT)));
      } catch (replyError) {
        deps.logger.error({ command: record.command, user: message.author.id, err: replyError }, 'could not tell the user about a failure');
      }
    }
    logInteraction(deps.logger, record, performance.now() - started);
  };
}

/** Whether and how `message` asks the bot anything: undefined for messages it is not to answer. */
function howAsked(message: Message, conversations: ConversationStore): Asked | undefined {
  const me = message.client.user.id;
  // Never a bot's message (its own included): two bots could otherwise answer each other for ever.
  if (message.author.bot || message.system || message.author.id === me) return undefined;
  if (message.reference?.messageId !== undefined && message.mentions.repliedUser?.id === me) {
    return { how: 'reply', context: conversations.get({ message: message.reference.messageId }) ?? contextOfButtons(message, conversations) };
  }
  if (!message.mentions.users.has(me)) return undefined;
  const thread = message.channel.isThread() ? conversations.get({ thread: message.channelId }) : undefined;
  return thread === undefined ? { how: 'mention' } : { how: 'thread', context: thread };
}

/** The context of a replied-to answer the bot knows by its thread button only (a slash command's answer, whose message id the bot never learnt). */
function contextOfButtons(message: Message, conversations: ConversationStore): ConversationContext | undefined {
  const id = message.reference?.messageId;
  const replied = id === undefined ? undefined : message.channel.messages.cache.get(id);
  for (const row of replied?.components ?? []) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const action = 'customId' in component && typeof component.customId === 'string' ? parseConversationButton(component.customId) : undefined;
      if (action?.kind === 'thread') return conversations.get({ key: action.key });
    }
  }
  return undefined;
}

async function answer(message: Message<true>, asked: Asked, question: string, record: InteractionRecord, deps: MessageAskDeps): Promise<void> {
  const engine = deps.engine();
  if (question === '') {
    // A reply whose text did not reach the bot (it did not ping it), or one that only pinged it: a hint; a bare mention: the help.
    if (asked.how === 'reply') {
      await message.reply(asMessageReply(renderPrivateError(EMPTY_REPLY_HINT)));
      return;
    }
    const help = await executeCommand(deps.registry.get('help'), {}, commandContext(message, engine, deps));
    Object.assign(record, summariseReply(help));
    await message.reply(asMessageReply(renderDiscord(help)));
    return;
  }
  const context = asked.how === 'mention' ? undefined : asked.context;
  const followUp = askFollowUp(engine, question, context);
  const answered = reply('ask', { result: followUp.result, covers: coverageOf(engine.catalogue()) });
  Object.assign(record, summariseReply(answered));
  // "More results" runs /ask again: possible when what was carried over is the actor alone, which is an /ask option.
  const pageKey = followUp.carried.words
    ? undefined
    : deps.pages.put({
        command: 'ask',
        raw: { question, ...(followUp.context.actor === undefined ? {} : { actor: followUp.context.actor }) },
        owner: message.author.id,
      });
  const actorName = followUp.carried.actor === undefined ? undefined : engine.kb.corpus.actors.find((a) => a.id === followUp.carried.actor)?.name;
  const notes = [
    asked.how === 'reply' && asked.context === undefined ? EXPIRED_CONTEXT_NOTE : undefined,
    context === undefined ? undefined : carriedNote(followUp.carried, context.topic, actorName),
  ];
  const rendered = withNotes(renderDiscord(answered, pageKey === undefined ? {} : { pageKey }), notes);
  // No thread can be made from a message in a thread.
  const inThread = message.channel.isThread();
  const sent = await message.reply(
    asMessageReply(inThread ? rendered : withConversationButton(rendered, { kind: 'thread', key: deps.conversations.put(followUp.context) })),
  );
  deps.conversations.set({ message: sent.id }, followUp.context);
  // A thread made from an answer follows its latest answer; other threads keep no context of their own.
  if (inThread && deps.conversations.get({ thread: message.channelId }) !== undefined) deps.conversations.set({ thread: message.channelId }, followUp.context);
}

function commandContext(message: Message<true>, engine: Engine, deps: MessageAskDeps): CommandContext {
  return { engine, front: 'discord', userId: message.author.id, isAdmin: false, logger: deps.logger, commands: deps.registry.all };
}
