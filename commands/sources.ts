/** `/sources`: the documents in the corpus, by actor, with their sources. */
import { defineCommand } from '../src/commands/command.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'sources',
  description: 'List the documents the bot answers from, by actor, with their sources.',
  options: [],
  run(_options, { engine }) {
    return reply('sources', { catalogue: engine.catalogue() }, { hide: true });
  },
});
