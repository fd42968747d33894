/** `/feedback` (admins): the rated answers, worst first, with their passages, for whoever curates the knowledge folder. */
import { defineCommand } from '../src/commands/command.ts';
import { parseSince } from '../src/commands/since.ts';
import { reply } from '../src/replies.ts';

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
