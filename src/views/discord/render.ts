/**
 * Discord views: a {@link Reply} as a message discord.js sends as it is. Pure
 * functions, one per reply kind, each within Discord's limits (limits.ts);
 * adding a reply kind means adding one renderer here.
 */
import type { Delivery, Reply, ReplyBodies } from '../../replies.ts';
import { hasMore, renderAsk } from './ask.ts';
import { renderHelp, renderSources } from './catalogue.ts';
import { escapeDiscord } from './escape.ts';
import { fitText, LIMITS, orElse } from './limits.ts';
import { allowedMentionsOf, type DiscordMessage, type DiscordRenderContext, flagsOf, mentionPrefix } from './message.ts';
import { renderFeedback } from './feedback.ts';
import { renderIngestPlan } from './ingest.ts';
import { renderPassage } from './passage.ts';
import { comparisonSections, profileSections, renderActor, renderCompare, renderTimeline, timelineSections } from './facts.ts';
import { pageCount } from './sections.ts';

/** A Discord renderer for one kind of reply. */
export type DiscordRenderer<K extends keyof ReplyBodies> = (
  body: ReplyBodies[K],
  delivery: Delivery | undefined,
  context: DiscordRenderContext,
) => DiscordMessage;

/** A short plain message, escaped. */
function renderNotice(body: { readonly text: string }, delivery: Delivery | undefined): DiscordMessage {
  const prefix = mentionPrefix(delivery);
  return {
    content: prefix + orElse(fitText(body.text, LIMITS.content - prefix.length, escapeDiscord), '(no text)'),
    embeds: [],
    components: [],
    allowedMentions: allowedMentionsOf(delivery),
    ...flagsOf(delivery),
  };
}

/** Renderers by reply kind. The facts layer adds its kinds here. */
const RENDERERS: { [K in keyof ReplyBodies]: DiscordRenderer<K> } = {
  ask: renderAsk,
  passage: renderPassage,
  help: renderHelp,
  sources: renderSources,
  actor: renderActor,
  timeline: renderTimeline,
  compare: renderCompare,
  notice: renderNotice,
  ingest: renderIngestPlan,
  feedback: renderFeedback,
};

/** How many pages a reply takes on Discord: structured answers can run long; the others fit one message (or page by "More results"). */
export function discordPageCount(reply: Reply): number {
  switch (reply.kind) {
    case 'actor':
      return pageCount(profileSections(reply.profile, reply.sources));
    case 'timeline':
      return pageCount(timelineSections(reply.timeline, reply.sources));
    case 'compare':
      return pageCount(comparisonSections(reply.comparison, reply.sources));
    default:
      return 1;
  }
}

/** Whether a reply goes on past this message (page buttons, or "More results" for `/ask`): the front then keeps a page key for it. */
export function isPaged(reply: Reply): boolean {
  return reply.kind === 'ask' ? hasMore(reply.result) : discordPageCount(reply) > 1;
}

/** Renders any reply as a Discord message. */
export function renderDiscord(reply: Reply, context: DiscordRenderContext = {}): DiscordMessage {
  const render = RENDERERS[reply.kind] as DiscordRenderer<typeof reply.kind>;
  return render(reply as never, reply.delivery, context);
}

/** A private message for the user alone: what went wrong (a UserError's message, or a short apology). Pings nobody. */
export function renderPrivateError(text: string): DiscordMessage {
  return renderNotice({ text }, { hide: true });
}
