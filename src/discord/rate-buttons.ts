/**
 * 👍 / 👎 under an `/ask` answer. The button carries a key into the page
 * store, where the answer (question, passage ids, actor) was kept when it was
 * sent; the press is stored in the feedback store, one vote per member per
 * answer (a second press changes it), and acknowledged privately. An answer
 * no longer kept, or a database that cannot be written, is said so: the
 * vote is not stored, and the bot goes on answering.
 */
import type { ButtonInteraction } from 'discord.js';
import type { FeedbackStore, VoteOutcome } from '../feedback/store.ts';
import type { ButtonAction } from '../views/discord/buttons.ts';
import type { InteractionRecord } from './interaction-log.ts';
import type { PageStore } from './pages.ts';
import { replyPrivately } from './respond.ts';

/** What a press says when votes cannot be stored. */
export const FEEDBACK_UNAVAILABLE_BUTTON_TEXT = 'Feedback is unavailable right now: your vote was not recorded. The answer itself is unaffected.';
/** What a press on an answer no longer kept says. */
export const EXPIRED_RATING_TEXT =
  'This answer has expired (answers are kept for an hour), so your vote was not recorded. Ask again with /ask to rate a fresh one.';

/** The private acknowledgement of a stored vote. */
export function voteText(value: 'up' | 'down', outcome: Exclude<VoteOutcome, 'unavailable'>): string {
  const mark = value === 'up' ? '👍' : '👎';
  if (outcome === 'changed') return `Vote changed to ${mark}. Thank you.`;
  if (outcome === 'unchanged') return `You had already rated this answer ${mark}.`;
  return `Thank you: your ${mark} is recorded for whoever curates the sources.`;
}

/** What the rating handler needs. */
export interface RateButtonDeps {
  readonly pages: PageStore;
  /** Absent: this front keeps no ratings. */
  readonly feedback?: FeedbackStore;
}

/** Answers a press of 👍 or 👎. */
export async function handleRateButton(
  interaction: ButtonInteraction,
  action: Extract<ButtonAction, { kind: 'rate' }>,
  record: InteractionRecord,
  deps: RateButtonDeps,
): Promise<void> {
  if (deps.feedback === undefined || !deps.feedback.available) {
    record.error = 'feedback-unavailable';
    return replyPrivately(interaction, FEEDBACK_UNAVAILABLE_BUTTON_TEXT);
  }
  const answer = deps.pages.get(action.key)?.answer;
  if (answer === undefined) return replyPrivately(interaction, EXPIRED_RATING_TEXT);
  const outcome = deps.feedback.vote({
    answer: action.key,
    rated: answer,
    userId: interaction.user.id,
    ...(interaction.guildId === null ? {} : { guild: interaction.guildId }),
    value: action.value,
  });
  if (outcome === 'unavailable') {
    record.error = 'feedback-unavailable';
    return replyPrivately(interaction, FEEDBACK_UNAVAILABLE_BUTTON_TEXT);
  }
  await replyPrivately(interaction, voteText(action.value, outcome));
}
