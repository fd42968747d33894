/** `/ask`: the best verbatim excerpts for a question, each linked to its source sentence. */
import { defineCommand } from '../src/commands/command.ts';
import { DEFAULT_TOP, MAX_QUESTION_CHARS, MAX_TOP, QUESTION_LANGUAGES } from '../src/engine.ts';
import { coverageOf, reply } from '../src/replies.ts';
import { DELIVERY_OPTIONS, deliveryOf } from '../src/commands/delivery.ts';

export default defineCommand({
  name: 'ask',
  description: 'Ask the sources: the best verbatim excerpts, each linked to the sentence it quotes.',
  options: [
    { name: 'question', type: 'string', required: true, maxLength: MAX_QUESTION_CHARS, description: 'What you want to know, e.g. "What is NIS2?"' },
    { name: 'actor', type: 'string', autocomplete: 'actor', maxLength: 100, description: 'Only passages about this actor' },
    { name: 'top', type: 'integer', minValue: 1, maxValue: MAX_TOP, description: `How many excerpts (default ${DEFAULT_TOP})` },
    { name: 'lang', type: 'string', maxLength: 8, description: `The question's language: ${QUESTION_LANGUAGES.join(', ')} (default: detected)` },
    ...DELIVERY_OPTIONS,
  ],
  messageMenu: { name: 'Ask policy-bot', option: 'question' },
  run({ question, actor, top, lang, hide, mention }, { engine, offset }) {
    const result = engine.ask(question, { actor, top, offset, lang });
    return reply('ask', { result, covers: coverageOf(engine.catalogue()) }, deliveryOf(hide, mention));
  },
});
