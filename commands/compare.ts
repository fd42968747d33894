/** `/compare`: two or three actors side by side, optionally on a topic, with what they share and what only one has. */
import { defineCommand } from '../src/commands/command.ts';
import { DELIVERY_OPTIONS, deliveryOf } from '../src/commands/delivery.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'compare',
  readsFacts: true,
  description: 'Two or three actors side by side: documents, approach, partners, capacity building.',
  options: [
    { name: 'actor_a', type: 'string', required: true, autocomplete: 'actor', maxLength: 100, description: 'The first actor' },
    { name: 'actor_b', type: 'string', required: true, autocomplete: 'actor', maxLength: 100, description: 'The second actor' },
    { name: 'actor_c', type: 'string', autocomplete: 'actor', maxLength: 100, description: 'A third actor (optional)' },
    { name: 'topic', type: 'string', autocomplete: 'topic', maxLength: 100, description: 'Compare on this topic, e.g. "resilience"' },
    ...DELIVERY_OPTIONS,
  ],
  run({ actor_a, actor_b, actor_c, topic, hide, mention }, { engine }) {
    const names = actor_c === undefined ? [actor_a, actor_b] : [actor_a, actor_b, actor_c];
    return reply('compare', engine.citedComparison(names, topic), deliveryOf(hide, mention));
  },
});
