/** `/actor`: one actor's profile — documents, themes, approach, partners, plans — each entry with its quote. */
import { defineCommand } from '../src/commands/command.ts';
import { DELIVERY_OPTIONS, deliveryOf } from '../src/commands/delivery.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'actor',
  readsFacts: true,
  description: 'An actor’s profile: documents, themes, approach, partners and plans, each with its quote.',
  options: [
    { name: 'name', type: 'string', required: true, autocomplete: 'actor', maxLength: 100, description: 'The actor, e.g. "Japan" or "EU"' },
    ...DELIVERY_OPTIONS,
  ],
  run({ name, hide, mention }, { engine }) {
    return reply('actor', engine.citedProfile(name), deliveryOf(hide, mention));
  },
});
