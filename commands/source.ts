/** `/source`: one passage whole, with its citation. */
import { defineCommand } from '../src/commands/command.ts';
import { deliveryOf } from '../src/commands/delivery.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'source',
  description: 'Show one passage whole, with its citation.',
  options: [
    { name: 'id', type: 'string', required: true, autocomplete: 'passage', maxLength: 200, description: 'The passage id, e.g. "eu-cyber-strategy#3"' },
    { name: 'hide', type: 'boolean', discordOnly: true, description: 'Only you see it' },
  ],
  run({ id, hide }, { engine }) {
    return reply('passage', { passage: engine.passage(id) }, deliveryOf(hide, undefined));
  },
});
