/**
 * The interactions of `npm run bench:reload`: users each sending a mix of
 * /ask, /source, /help, /actor, /timeline, /compare, autocomplete and
 * "Full passage" presses, one after the other (each waits for its answer,
 * then thinks a moment), until told to stop; every interaction's dispatch → first callback time
 * measured at the fake, and every callback checked to be a real answer.
 */
import { INTERNAL_ERROR_TEXT } from '../src/discord/router.ts';
import { RATE_LIMITED_PREFIX } from '../src/discord/throttle.ts';
import type { FakeDiscord, InteractionCallback } from '../fixtures/discord/fake-discord.ts';
import { type MixMaterial, mixedInteraction } from '../fixtures/discord/interaction-mix.ts';
import { type TestUser, testUser } from '../fixtures/discord/interactions.ts';
import { nextSnowflake } from '../fixtures/discord/snowflakes.ts';
import type { ReloadCorpus } from './reload-corpus.ts';

/** One measured interaction: when it was dispatched (performance.now at the fake) and how long its first callback took. */
export interface Sample {
  readonly id: string;
  readonly kind: string;
  readonly at: number;
  readonly ms: number;
}

/** What the mix asks of `corpus`: its questions, actors and each document's first passage. */
function materialOf(corpus: ReloadCorpus): MixMaterial {
  const pick = (i: number) => corpus.documents[i % corpus.documents.length] ?? '';
  return {
    questions: corpus.questions,
    actors: corpus.actors,
    passageIds: corpus.documents.map((d) => `${d}#1`),
    typed: (i) => pick(i).slice(0, 4),
  };
}

/** How long a user waits for an answer before counting the interaction unanswered (Discord's window is 3 s; this only keeps a run going). */
export const UNANSWERED_AFTER_MS = 60_000;

/** True when a callback is not the answer asked for: an internal error, or "busy, try again". */
export function isRefusal(callback: InteractionCallback): boolean {
  const content = callback.body.data?.['content'];
  return typeof content === 'string' && (content.startsWith(RATE_LIMITED_PREFIX) || content === INTERNAL_ERROR_TEXT);
}

/** A running load: stop it to get every sample. */
export interface Load {
  stop(): Promise<Sample[]>;
}

/**
 * Starts `users` users sending the mix to the bot behind `fake` until
 * stopped, each pausing `thinkMs` (±50 %, so they do not move in step) after
 * each answer. `prefix` names the users (each run its own).
 */
export function startLoad(fake: FakeDiscord, corpus: ReloadCorpus, users: number, prefix: string, thinkMs: number): Load {
  const guild = nextSnowflake();
  const people = Array.from({ length: users }, (_, u) => testUser(`${prefix}${u}`, '0', guild));
  const material = materialOf(corpus);
  const samples: Sample[] = [];
  let stopped = false;
  let i = 0;
  const user = async (person: TestUser): Promise<void> => {
    while (!stopped) {
      const { kind, interaction } = mixedInteraction(fake, material, i++, person);
      const at = () => fake.dispatchedAt.get(interaction.id) ?? Number.NaN;
      try {
        const callback = await fake.interact(interaction, UNANSWERED_AFTER_MS);
        samples.push({ id: interaction.id, kind, at: at(), ms: callback.request.at - at() });
      } catch {
        // No answer in time (Discord would have expired the interaction): counted as such, and the user goes on.
        samples.push({ id: interaction.id, kind, at: at(), ms: Number.POSITIVE_INFINITY });
      }
      if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
    }
  };
  const running = Promise.all(people.map(user));
  return {
    async stop() {
      stopped = true;
      await running;
      return samples;
    },
  };
}

/** p50, p99 and max of `ms`, rounded to 0.01 ms. */
export function percentiles(ms: readonly number[]): { n: number; p50: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { n: sorted.length, p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? Number.NaN) };
}
