/** `feedback` in the terminal: one block per rated question, worst first, with its votes and passage ids. */
import type { ReplyBodies } from '../../replies.ts';
import { feedbackHeading } from '../feedback-text.ts';
import type { TerminalStyle } from './style.ts';

/** Renders a feedback listing as terminal text. */
export function renderFeedback(body: ReplyBodies['feedback'], style: TerminalStyle): string {
  const lines = [feedbackHeading(body)];
  if (!body.listing.available) return lines[0] ?? '';
  body.listing.questions.forEach((q, i) => {
    lines.push(`${i + 1}. ${style.bold(q.question)}${q.actor === undefined ? '' : ` (actor ${q.actor})`}`);
    lines.push(`   👎 ${q.down} · 👍 ${q.up} · last vote ${q.lastVote}`);
    lines.push(`   passages: ${q.passageIds.join(', ') || '-'}`);
  });
  return lines.join('\n');
}
