/** `/help`: what the bot knows (actors, documents, topics) and how to ask. */
import { defineCommand } from '../src/commands/command.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'help',
  description: 'What the bot knows (actors, documents, topics) and how to ask it.',
  options: [],
  run(_options, { engine, commands }) {
    return reply('help', { catalogue: engine.catalogue(), commands }, { hide: true });
  },
});
