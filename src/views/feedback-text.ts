/**
 * The words of a feedback listing, shared by the terminal and Discord views
 * (which differ only in escaping and emphasis).
 */
import type { ReplyBodies } from '../replies.ts';

/** What the listing says when the database cannot be read. */
export const FEEDBACK_UNAVAILABLE_TEXT = 'Feedback is unavailable: the ratings database could not be opened (see the bot log).';

/** The heading line of a listing. */
export function feedbackHeading({ listing, since }: ReplyBodies['feedback']): string {
  if (!listing.available) return FEEDBACK_UNAVAILABLE_TEXT;
  const from = since === undefined ? '' : ` since ${since.slice(0, 10)}`;
  if (listing.questions.length === 0) return `No rated answers${from} yet.`;
  return `${listing.questions.length} rated question(s)${from}, worst first:`;
}
