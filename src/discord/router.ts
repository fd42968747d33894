/**
 * Interaction routing: slash commands, autocomplete and buttons. Each
 * interaction is first weighed by the rate limiter (a refused member is told
 * privately when to try again), then handled inside one wrapper that turns a
 * UserError into a private message as it is, and any other failure into a
 * short private apology, logged with the command, the user id and the error;
 * the bot keeps serving. Every interaction ends with one log line
 * (interaction-log.ts).
 */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { AnyCommand, CommandContext } from '../commands/command.ts';
import type { DocumentIngest } from '../commands/documents.ts';
import { executeCommand } from '../commands/execute.ts';
import type { CommandRegistry } from '../commands/registry.ts';
import { contextOf } from '../conversation/follow-up.ts';
import type { Engine } from '../engine.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ReloadOutcome } from '../reload.ts';
import { type Reply, reply } from '../replies.ts';
import { parseButtonId } from '../views/discord/buttons.ts';
import { parseConversationButton, withConversationButton } from '../views/discord/conversation.ts';
import type { DiscordMessage } from '../views/discord/message.ts';
import { isPaged, renderDiscord } from '../views/discord/render.ts';
import { type AttachmentLimits, uploadedFile } from './attachments.ts';
import { discordChoices } from './choices.ts';
import { handleConversationButton, handleMessageMenu } from './conversation-interactions.ts';
import { ConversationStore } from './conversations.ts';
import { handleIngestButton } from './ingest-buttons.ts';
import { handleRateButton } from './rate-buttons.ts';
import type { FeedbackStore } from '../feedback/store.ts';
import { type InteractionRecord, logInteraction, summariseReply } from './interaction-log.ts';
import { rawOptions } from './options.ts';
import type { PageStore } from './pages.ts';
import type { PlanStore } from './plans.ts';
import { attachPicture } from './picture-reply.ts';
import { DEFER_AFTER_MS, type RepliableInteraction, replyInTime, replyPrivately, withoutFlags } from './respond.ts';
import { rateLimitedText, type Throttle } from './throttle.ts';

/** What the router serves with. */
export interface RouterDeps {
  /** The engine serving now (a reload may swap it between interactions). */
  readonly engine: () => Engine;
  /** Rebuilds the engine from the knowledge folder, for `/reload` (admins only); absent, the command says it is not available. */
  readonly reload?: () => Promise<ReloadOutcome>;
  readonly registry: CommandRegistry;
  readonly pages: PageStore;
  readonly logger: Logger;
  /** The rate limiter asked before any work is done. */
  readonly throttle: Throttle;
  /** How long a command may run before its reply is deferred (default {@link DEFER_AFTER_MS}). */
  readonly deferAfterMs?: number;
  /** Reads uploaded documents, for `/ingest` (admins only); absent, the command says it is not available. */
  readonly ingest?: DocumentIngest;
  /** The `/ingest` plans waiting for Add or Cancel. */
  readonly plans: PlanStore;
  /** How attachments are fetched; absent, attachment options are not resolved. */
  readonly attachments?: AttachmentLimits;
  /** The conversations follow-ups continue ("Follow up in a thread" on `/ask` answers); absent, a store of the router's own. */
  readonly conversations?: ConversationStore;
  /** Where 👍 / 👎 on `/ask` answers are stored, and what `/feedback` lists; absent, answers carry no rating buttons. */
  readonly feedback?: FeedbackStore;
}

/** What a user sees when something failed that is not their doing. */
export const INTERNAL_ERROR_TEXT = 'Sorry, something went wrong while answering. It has been logged; please try again.';
/** What a press of "More results" on a page no longer kept says. */
export const EXPIRED_PAGE_TEXT = 'These results have expired (pages are kept for an hour). Ask again with /ask to get fresh ones.';
/** What a press of a button this bot does not know says. */
export const UNKNOWN_BUTTON_TEXT = 'This button no longer does anything. Ask again with /ask.';
/** What "More results" past the last result says (the corpus changed since). */
export const NO_MORE_TEXT = 'There are no more results for this question.';
/** What an interaction arriving while the bot shuts down gets. */
export const STOPPING_TEXT = 'policy-bot is restarting; please try again in a minute.';

/** The interaction handler: give it to `client.on('interactionCreate')`. Never rejects. */
export function createRouter(routerDeps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const deps = { ...routerDeps, conversations: routerDeps.conversations ?? new ConversationStore() };
  return async (interaction) => {
    const started = performance.now();
    const who = { interaction: interaction.id, guild: interaction.guildId ?? undefined, user: interaction.user.id };
    let record: InteractionRecord;
    if (interaction.isChatInputCommand()) {
      const attachments = deps.attachments;
      const resolve = attachments === undefined ? undefined : (a: Parameters<typeof uploadedFile>[0]) => uploadedFile(a, attachments);
      record = { kind: 'command', command: interaction.commandName, ...who, options: rawOptions(interaction.options.data, resolve) };
      await guarded(interaction, record, deps, () => handleCommand(interaction, record, deps));
    } else if (interaction.isButton()) {
      record = { kind: 'button', command: interaction.customId, ...who };
      await guarded(interaction, record, deps, () => handleButton(interaction, record, deps));
    } else if (interaction.isMessageContextMenuCommand()) {
      record = { kind: 'command', command: interaction.commandName, ...who };
      await guarded(interaction, record, deps, () => handleMessageMenu(interaction, record, contextFor(interaction, deps), deps));
    } else if (interaction.isAutocomplete()) {
      record = { kind: 'autocomplete', command: interaction.commandName, ...who };
      await handleAutocomplete(interaction, record, deps);
    } else {
      return;
    }
    logInteraction(deps.logger, record, performance.now() - started);
  };
}

/** Answers an interaction that arrives during shutdown: a private "try again", or no suggestions. Never rejects. */
export async function answerWhileStopping(interaction: Interaction, logger: Logger): Promise<void> {
  try {
    if (interaction.isChatInputCommand() || interaction.isButton() || interaction.isMessageContextMenuCommand())
      await replyPrivately(interaction, STOPPING_TEXT);
    else if (interaction.isAutocomplete()) await interaction.respond([]);
    logger.info({ user: interaction.user.id, guild: interaction.guildId ?? undefined }, 'interaction turned away: stopping');
  } catch (error) {
    logger.error({ user: interaction.user.id, err: error }, 'could not turn an interaction away while stopping');
  }
}

/** Runs `handle` if the rate limiter allows; failures become private messages and log lines, never rejections. */
async function guarded(interaction: RepliableInteraction, record: InteractionRecord, deps: RouterDeps, handle: () => Promise<void>): Promise<void> {
  const what = record.kind === 'button' ? `button ${record.command}` : record.command;
  try {
    const verdict = deps.throttle.command(record.user, record.guild);
    if (!verdict.allowed) {
      record.rateLimited = { scope: verdict.scope, retryAfterSeconds: verdict.retryAfterSeconds };
      await replyPrivately(interaction, rateLimitedText(verdict.retryAfterSeconds));
      return;
    }
    await handle();
  } catch (error) {
    const user = error instanceof UserError;
    record.error = user ? error.code : 'internal';
    if (user) deps.logger.debug({ command: what, user: interaction.user.id, code: error.code }, 'user error');
    else deps.logger.error({ command: what, user: interaction.user.id, err: error }, 'interaction failed');
    try {
      await replyPrivately(interaction, user ? error.message : INTERNAL_ERROR_TEXT);
    } catch (replyError) {
      deps.logger.error({ command: what, user: interaction.user.id, err: replyError }, 'could not tell the user about a failure');
    }
  }
}

function contextFor(interaction: RepliableInteraction | AutocompleteInteraction, deps: RouterDeps): CommandContext {
  return {
    engine: deps.engine(),
    latestEngine: deps.engine,
    front: 'discord',
    userId: interaction.user.id,
    isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    logger: deps.logger,
    commands: deps.registry.all,
    ...(deps.reload === undefined ? {} : { reload: deps.reload }),
    ...(deps.ingest === undefined ? {} : { ingest: deps.ingest }),
    ...(deps.feedback === undefined ? {} : { feedback: deps.feedback }),
  };
}

/** Where a reply came from: who asked, and the command and options that made it (to make its other pages). */
interface Origin {
  readonly owner: string;
  readonly command: string;
  readonly raw: Readonly<Record<string, unknown>>;
}

/**
 * Renders a reply. One that goes on past this message (an `/ask` answer with
 * more results, a structured answer longer than one message) gets a
 * page-store key for its buttons, standing for the command and options that
 * made it. `key` and `page` re-render a page.
 */
function render(answer: Reply, origin: Origin, deps: Pick<RouterDeps, 'pages' | 'feedback'>, key?: string, page?: number): DiscordMessage {
  const rate = rateKeyFor(answer, origin, deps);
  const rated = rate === undefined ? {} : { rateKey: rate };
  if (!isPaged(answer)) return renderDiscord(answer, rated);
  const pageKey = key ?? deps.pages.put({ command: origin.command, raw: origin.raw, owner: origin.owner });
  return renderDiscord(answer, { pageKey, ...(page === undefined ? {} : { page }), ...rated });
}

/** A key for an `/ask` answer's 👍 / 👎 (each page is an answer of its own), or undefined when it has none to rate or ratings are not kept. */
function rateKeyFor(answer: Reply, origin: Origin, deps: Pick<RouterDeps, 'pages' | 'feedback'>): string | undefined {
  if (deps.feedback === undefined || answer.kind !== 'ask' || answer.result.abstained || answer.result.results.length === 0) return undefined;
  const { result } = answer;
  const rated = {
    question: result.query,
    passageIds: result.results.map((hit) => hit.passage.id),
    ...(result.actor === undefined ? {} : { actor: result.actor }),
  };
  return deps.pages.put({ command: origin.command, raw: origin.raw, owner: origin.owner, answer: rated });
}

async function handleCommand(
  interaction: ChatInputCommandInteraction,
  record: InteractionRecord,
  deps: RouterDeps & { readonly conversations: ConversationStore },
): Promise<void> {
  const command: AnyCommand = deps.registry.get(interaction.commandName);
  const raw = record.options ?? {};
  let answered: Reply | undefined;
  await replyInTime(
    interaction,
    raw['hide'] === true || command.privateReplies === true,
    async () => {
      const answer = await executeCommand(command, { ...raw }, contextFor(interaction, deps));
      Object.assign(record, summariseReply(answer));
      answered = answer;
      // An /ingest plan waits for its asker's Add or Cancel: its buttons carry the key it is kept under.
      if (answer.kind === 'ingest') return renderDiscord(answer, { planKey: deps.plans.put({ plan: answer.plan, owner: interaction.user.id }) });
      const message = render(answer, { owner: interaction.user.id, command: command.name, raw }, deps);
      // A public answer can be followed up in a thread made from it (a private one cannot carry a thread).
      if (answer.kind !== 'ask' || answer.result.abstained || message.flags !== undefined) return message;
      return withConversationButton(message, { kind: 'thread', key: deps.conversations.put(contextOf(answer.result)) });
    },
    deps.logger,
    command.deferAtOnce === true ? 0 : deps.deferAfterMs,
  );
  // A timeline or comparison then gets its picture, added to the answer already sent: drawing it never delays the text.
  if (answered !== undefined) await attachPicture(interaction, answered, deps.logger);
}

async function handleButton(
  interaction: ButtonInteraction,
  record: InteractionRecord,
  deps: RouterDeps & { readonly conversations: ConversationStore },
): Promise<void> {
  const conversation = parseConversationButton(interaction.customId);
  if (conversation !== undefined) return handleConversationButton(interaction, conversation, record, contextFor(interaction, deps), deps);
  const action = parseButtonId(interaction.customId);
  if (action === undefined) return replyPrivately(interaction, UNKNOWN_BUTTON_TEXT);
  if (action.kind === 'ingest') return handleIngestButton(interaction, action, record, deps);
  if (action.kind === 'rate') return handleRateButton(interaction, action, record, deps);
  const engine = deps.engine();
  if (action.kind === 'passage') {
    const answer = reply('passage', { passage: engine.passage(action.id) }, { hide: true });
    Object.assign(record, summariseReply(answer));
    await interaction.reply(renderDiscord(answer));
    return;
  }
  const query = deps.pages.get(action.key);
  if (query === undefined) return replyPrivately(interaction, EXPIRED_PAGE_TEXT);
  // The same command with the same options gives the same answer (until a reload): run it again for the page asked
  // for, from the results to skip ("More results") or as the page of its rendering (page buttons).
  const offset = action.kind === 'more' ? { offset: action.offset } : {};
  const answer = await executeCommand(deps.registry.get(query.command), { ...query.raw }, { ...contextFor(interaction, deps), ...offset });
  Object.assign(record, summariseReply(answer));
  if (answer.kind === 'ask' && answer.result.results.length === 0) return replyPrivately(interaction, NO_MORE_TEXT);
  const message = render(answer, query, deps, action.key, action.kind === 'page' ? action.page : undefined);
  // The asker pages their message in place; anyone else gets the page to themselves, pinging nobody.
  if (interaction.user.id === query.owner) await interaction.update(withoutFlags(message));
  else await interaction.reply({ ...message, allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
}

/** The option being typed, looked for in subcommands too; undefined when the request marks none. */
function focusedOption(options: readonly CommandInteractionOption[]): CommandInteractionOption | undefined {
  for (const option of options) {
    if (option.focused === true) return option;
    const nested = option.options === undefined ? undefined : focusedOption(option.options);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

async function handleAutocomplete(interaction: AutocompleteInteraction, record: InteractionRecord, deps: RouterDeps): Promise<void> {
  try {
    const verdict = deps.throttle.autocomplete(record.user, record.guild);
    if (!verdict.allowed) {
      // Autocomplete cannot carry a message: no suggestions until the bucket refills.
      record.rateLimited = { scope: verdict.scope, retryAfterSeconds: verdict.retryAfterSeconds };
      await interaction.respond([]);
      return;
    }
    const focused = focusedOption(interaction.options.data);
    if (focused === undefined) {
      // A request naming no option being typed (discord.js's getFocused throws on it): nothing to suggest, but an answer all the same.
      record.results = 0;
      await interaction.respond([]);
      return;
    }
    const spec = deps.registry.find(interaction.commandName)?.options.find((o) => o.name === focused.name);
    const choices = spec?.autocomplete === undefined ? [] : discordChoices(contextFor(interaction, deps).engine, spec.autocomplete, String(focused.value));
    record.results = choices.length;
    await interaction.respond(choices);
  } catch (error) {
    // Autocomplete has no message to carry an error: log it; Discord shows "loading options failed".
    record.error = 'internal';
    deps.logger.error({ command: interaction.commandName, user: interaction.user.id, err: error }, 'autocomplete failed');
  }
}
