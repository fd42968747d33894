/**
 * The load run shared by `npm run bench:load` and its small version in
 * `npm test`: N interactions from simulated users spread over a few guilds,
 * a fixed mix of commands, autocomplete and button presses, dispatched as
 * fast as the bot takes them (a bounded number outstanding), then counted:
 * every interaction must have exactly one callback.
 */
import { DEFAULT_RATE_LIMITS } from '../../src/config.ts';
import { RATE_LIMITED_PREFIX } from '../../src/discord/throttle.ts';
import { callbacksPerInteraction } from './callbacks.ts';
import type { FakeDiscord, InteractionCallback } from './fake-discord.ts';
import { autocomplete, buttonPress, OPTION_TYPE, slashCommand, type TestUser, testUser } from './interactions.ts';
import { nextSnowflake } from './snowflakes.ts';

/** The rate limits a deployment gets when it sets none, as environment variables (the test harness is generous otherwise). */
export const DEFAULT_LIMITS_ENV = {
  RATE_LIMIT_USER_CAPACITY: String(DEFAULT_RATE_LIMITS.userCapacity),
  RATE_LIMIT_USER_PER_MINUTE: String(DEFAULT_RATE_LIMITS.userPerMinute),
  RATE_LIMIT_GUILD_CAPACITY: String(DEFAULT_RATE_LIMITS.guildCapacity),
  RATE_LIMIT_GUILD_PER_MINUTE: String(DEFAULT_RATE_LIMITS.guildPerMinute),
};

/** How a run is shaped. */
export interface LoadPlan {
  readonly interactions: number;
  readonly users: number;
  /** The users are spread evenly over this many guilds, fresh ones: another run's buckets are not this one's. */
  readonly guilds: number;
  /** How many interactions may await their callback at once. */
  readonly outstanding: number;
  /** Passage ids for /source and "Full passage" presses. */
  readonly passageIds: readonly string[];
  /** Resolves once the bot has finished with every id (each reply and anything after it), so that late duplicates would be counted. */
  readonly settled: (ids: readonly string[]) => Promise<void>;
}

/** Latency percentiles, ms. */
export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** What a run found. */
export interface LoadReport {
  readonly interactions: number;
  readonly users: number;
  readonly guilds: number;
  readonly answeredExactlyOnce: number;
  readonly unanswered: number;
  readonly answeredMoreThanOnce: number;
  /** Commands and presses refused by the rate limiter (told "try again in N s"). */
  readonly rateLimited: number;
  readonly rateLimitedUsers: number;
  readonly byKind: Readonly<Record<string, number>>;
  /** Dispatch (at the fake) to the first callback (at the fake), ms, of every interaction. */
  readonly latency: Latency;
  /** The same, of the interactions that were answered rather than rate-limited. */
  readonly latencyAnswered: Latency;
  readonly wallMs: number;
}

const QUESTIONS = ['What is NIS2?', 'capacity building', 'What has Japan done on confidence-building measures?', 'US cyber strategy', 'a chocolate cake recipe', 'incident response in the EU'];
const ACTORS = ['eu', 'japan', 'us'];

/** The i-th interaction of the mix: 40 % /ask, then /source, /help, /actor, /timeline, /compare, autocomplete and button presses. */
function nth(fake: FakeDiscord, i: number, user: TestUser, passageIds: readonly string[]): { kind: string; interaction: { id: string; token: string } & Record<string, unknown> } {
  const pick = <T>(list: readonly T[], fallback: T): T => list[i % list.length] ?? fallback;
  const text = (name: string, value: string) => ({ name, type: OPTION_TYPE.string, value });
  switch (i % 20) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
      return { kind: 'ask', interaction: slashCommand(fake, user, 'ask', [text('question', pick(QUESTIONS, 'NIS2'))]) };
    case 8: case 9:
      return { kind: 'source', interaction: slashCommand(fake, user, 'source', [text('id', pick(passageIds, ''))]) };
    case 10:
      return { kind: 'help', interaction: slashCommand(fake, user, 'help') };
    case 11: case 12:
      return { kind: 'actor', interaction: slashCommand(fake, user, 'actor', [text('name', pick(ACTORS, 'eu'))]) };
    case 13:
      return { kind: 'timeline', interaction: slashCommand(fake, user, 'timeline', [text('actor', pick(ACTORS, 'eu'))]) };
    case 14:
      return { kind: 'compare', interaction: slashCommand(fake, user, 'compare', [text('actor_a', 'eu'), text('actor_b', 'japan')]) };
    case 15: case 16:
      return { kind: 'autocomplete', interaction: autocomplete(fake, user, 'source', text('id', 'eu-')) };
    default:
      return { kind: 'button', interaction: buttonPress(fake, user, `passage:${pick(passageIds, '')}`) };
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function latencyOf(ms: readonly number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? Number.NaN) };
}

function isRateLimited(callback: InteractionCallback): boolean {
  const content = callback.body.data?.['content'];
  return typeof content === 'string' && content.startsWith(RATE_LIMITED_PREFIX);
}

/** Runs `plan` against the bot connected to `fake`. */
export async function runLoad(fake: FakeDiscord, plan: LoadPlan): Promise<LoadReport> {
  const guilds = Array.from({ length: plan.guilds }, () => nextSnowflake());
  const users = Array.from({ length: plan.users }, (_, u) => testUser(`user${u}`, '0', guilds[u % guilds.length]));
  const work = Array.from({ length: plan.interactions }, (_, i) => nth(fake, i, users[(i * 7) % users.length] ?? users[0]!, plan.passageIds));
  const owner = new Map(work.map((w, i) => [w.interaction.id, users[(i * 7) % users.length]?.id ?? '']));
  const byKind: Record<string, number> = {};
  for (const w of work) byKind[w.kind] = (byKind[w.kind] ?? 0) + 1;

  const started = performance.now();
  const latencies: { ms: number; refused: boolean }[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < work.length) {
      const w = work[next++];
      if (w === undefined) return;
      try {
        const callback = await fake.interact(w.interaction, 30_000);
        latencies.push({ ms: callback.request.at - (fake.dispatchedAt.get(w.interaction.id) ?? Number.NaN), refused: isRateLimited(callback) });
      } catch {
        // Unanswered: counted below from the fake's records, which are the truth.
      }
    }
  };
  await Promise.all(Array.from({ length: plan.outstanding }, worker));
  const ids = work.map((w) => w.interaction.id);
  await plan.settled(ids);
  const wallMs = performance.now() - started;

  const counts = callbacksPerInteraction(fake.callbacks.filter((c) => owner.has(c.interactionId)));
  const refused = fake.callbacks.filter((c) => owner.has(c.interactionId) && isRateLimited(c));
  return {
    interactions: work.length,
    users: users.length,
    guilds: guilds.length,
    answeredExactlyOnce: ids.filter((id) => counts.get(id) === 1).length,
    unanswered: ids.filter((id) => !counts.has(id)).length,
    answeredMoreThanOnce: ids.filter((id) => (counts.get(id) ?? 0) > 1).length,
    rateLimited: refused.length,
    rateLimitedUsers: new Set(refused.map((c) => owner.get(c.interactionId))).size,
    byKind,
    latency: latencyOf(latencies.map((l) => l.ms)),
    latencyAnswered: latencyOf(latencies.filter((l) => !l.refused).map((l) => l.ms)),
    wallMs: Math.round(wallMs),
  };
}
