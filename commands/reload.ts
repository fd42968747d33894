/** `/reload` (admins): rebuilds the knowledge base off the serving thread; only a fully valid corpus replaces the one serving. */
import { defineCommand } from '../src/commands/command.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'reload',
  description: 'Reload the knowledge folder (server managers). An invalid file keeps the current corpus.',
  options: [],
  admin: true,
  privateReplies: true,
  // The build runs in a worker and takes seconds on a large corpus: say "thinking" at once, then edit in the outcome.
  deferAtOnce: true,
  async run(_options, { reload }) {
    if (reload === undefined) return reply('notice', { text: 'Reloading is not available here.' }, { hide: true });
    const outcome = await reload();
    const text = outcome.ok
      ? `Reloaded: ${outcome.documents} document(s), ${outcome.passages} passage(s) in ${outcome.ms} ms${outcome.changed ? '' : ' (nothing had changed)'}.`
      : `Reload refused, the previous corpus keeps serving. ${outcome.file}: ${outcome.field === '' ? '' : `${outcome.field}: `}${outcome.reason}`;
    return reply('notice', { text }, { hide: true });
  },
});
