/** `/timeline`: dated events in order, planned ones apart, for one actor, several or all. */
import { defineCommand } from '../src/commands/command.ts';
import { DELIVERY_OPTIONS, deliveryOf } from '../src/commands/delivery.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'timeline',
  readsFacts: true,
  description: 'What happened when: dated events in order, then planned ones, each with its quote.',
  options: [
    // The one-shot CLI passes a repeated --actor as "eu,japan": the engine takes a comma-separated list.
    { name: 'actor', type: 'string', autocomplete: 'actor', maxLength: 300, description: 'Only this actor (several: comma-separated, e.g. "eu,japan")' },
    { name: 'topic', type: 'string', autocomplete: 'topic', maxLength: 100, description: 'Only events in passages on this topic' },
    { name: 'from', type: 'integer', minValue: 1900, maxValue: 2100, description: 'From this year on' },
    { name: 'to', type: 'integer', minValue: 1900, maxValue: 2100, description: 'Up to this year' },
    ...DELIVERY_OPTIONS,
  ],
  run({ actor, topic, from, to, hide, mention }, { engine }) {
    return reply('timeline', engine.citedTimeline({ actors: actor, topic, from, to }), deliveryOf(hide, mention));
  },
});
