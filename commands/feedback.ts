/** `/feedback` (admins): the rated answers, worst first, with their passages, for whoever curates the knowledge folder. */
import { defineCommand } from '../src/commands/command.ts';
import { UserError } from '../src/errors.ts';
import { reply } from '../src/replies.ts';

/** A day (2026-01-31) or a full ISO time: nothing looser, so that a typo is not read as some other date. */
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/u;

/** The date `since` names, or a UserError saying what is expected. */
function parseSince(since: string): Date {
  const date = new Date(since.trim());
  if (!DATE.test(since.trim()) || Number.isNaN(date.getTime())) {
    throw new UserError('bad-argument', `since: expected a date like 2026-01-31 (or an ISO time), got "${since}".`);
  }
  return date;
}

export default defineCommand({
  name: 'feedback',
  description: 'List the rated answers, worst first, with their passages (server managers).',
  options: [{ name: 'since', type: 'string', description: 'Only votes from this date on, e.g. 2026-01-31', maxLength: 40 }],
  admin: true,
  privateReplies: true,
  run({ since }, { feedback }) {
    const from = since === undefined ? undefined : parseSince(since);
    const listing = feedback === undefined ? ({ available: false } as const) : feedback.list(from === undefined ? {} : { since: from });
    return reply('feedback', { listing, ...(from === undefined ? {} : { since: from.toISOString() }) }, { hide: true });
  },
});
