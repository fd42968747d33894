/**
 * What the first questions after a start would otherwise load while someone
 * waits for the answer, loaded as soon as the bot is up, one piece a turn of
 * the event loop: the code's first run (V8 compiles a function when it is
 * first called), the facts (read from the cache on the first /actor), the
 * English word list the spelling corrector reads (~0.2 s on the first
 * misspelt question), the language detector (~0.25 s on the first question
 * whose words could be another language's), the world's country names
 * (~35 ms on the first question naming one). Each is what a real question
 * does, through the engine: nothing is set up that a question would not.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Engine } from './engine.ts';
import { UserError } from './errors.ts';

/**
 * The questions asked: plain, misspelt, another language's words, and one
 * naming a country (where the library has none of its documents, the first
 * such question builds the matcher of the world's country names, ~35 ms:
 * search/absent-countries.ts).
 */
const QUESTIONS = [
  'national cybersecurity strategy',
  'incidnet reportng obligations',
  'stratégie nationale de cybersécurité',
  'How does Germany protect its critical infrastructure?',
] as const;

/** Runs `engine` through what first questions do, a piece at a time; a question it may refuse (a UserError) is no failure. */
export async function warmUp(engine: Engine): Promise<void> {
  const actor = engine.kb.corpus.actors[0]?.name;
  const pieces: (() => unknown)[] = [...QUESTIONS.map((q) => () => engine.ask(q)), ...(actor === undefined ? [] : [() => engine.citedProfile(actor)])];
  for (const piece of pieces) {
    await nextTurn();
    try {
      piece();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
  }
}
