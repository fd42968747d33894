/**
 * `/feedback` on Discord (private, admins): the rated questions, worst first,
 * each with its votes and the passage ids it was answered with, in one embed
 * within Discord's limits (the rest are counted, not shown).
 */
import type { APIEmbed } from 'discord.js';
import type { Delivery, ReplyBodies } from '../../replies.ts';
import type { RatedQuestion } from '../../feedback/store.ts';
import { feedbackHeading } from '../feedback-text.ts';
import { escapeDiscord } from './escape.ts';
import { fitText, LIMITS } from './limits.ts';
import { allowedMentionsOf, type DiscordMessage, flagsOf } from './message.ts';

/** Colour of the feedback embed. */
export const FEEDBACK_COLOUR = 0x6f2f9f;
/** The most questions shown as fields: Discord allows 25 per embed. */
const MAX_FIELDS = 25;

function field(q: RatedQuestion, n: number): { name: string; value: string } {
  const actor = q.actor === undefined ? '' : ` (${q.actor})`;
  return {
    name: fitText(`${n}. ${q.question}${actor}`, LIMITS.fieldName, escapeDiscord),
    value: fitText(`👎 ${q.down} · 👍 ${q.up}\npassages: ${q.passageIds.join(', ') || '-'}`, LIMITS.fieldValue, escapeDiscord),
  };
}

/** Renders a feedback listing. */
export function renderFeedback(body: ReplyBodies['feedback'], delivery: Delivery | undefined): DiscordMessage {
  const base = { content: escapeDiscord(feedbackHeading(body)), allowedMentions: allowedMentionsOf(delivery), ...flagsOf(delivery), components: [] };
  if (!body.listing.available || body.listing.questions.length === 0) return { ...base, embeds: [] };
  const questions = body.listing.questions;
  const fields: { name: string; value: string }[] = [];
  let size = 0;
  for (const [i, q] of questions.slice(0, MAX_FIELDS).entries()) {
    const f = field(q, i + 1);
    // Leave room for the footer within the 6,000 characters of an embed.
    if (size + f.name.length + f.value.length > LIMITS.embedTotal - 200) break;
    size += f.name.length + f.value.length;
    fields.push(f);
  }
  const left = questions.length - fields.length;
  const embed: APIEmbed = {
    color: FEEDBACK_COLOUR,
    title: 'Rated answers, worst first',
    fields,
    ...(left > 0 ? { footer: { text: `${left} more: run "npx policy-bot feedback" for the whole list.` } } : {}),
  };
  return { ...base, embeds: [embed] };
}
