/**
 * Rate limiting at the Discord front. Commands and button presses share one
 * set of token buckets (per user and per guild, limits from config), because
 * both run the engine. Autocomplete has buckets of its own, {@link AUTOCOMPLETE_FACTOR}
 * times as generous: Discord sends one request per keystroke, each is cheap
 * (bounded suggestions from in-memory lists), and typing must never use up
 * the tokens a member needs to send the command they are typing.
 */
import { type RateLimits, type RateVerdict, RateLimiter } from '../rate-limit.ts';

/** How many times the command limits autocomplete gets, in burst and in rate. */
export const AUTOCOMPLETE_FACTOR = 4;

/** How the message to a refused member begins. */
export const RATE_LIMITED_PREFIX = "You're asking faster than I can answer";

/** What a member who is refused sees (privately). */
export function rateLimitedText(retryAfterSeconds: number): string {
  return `${RATE_LIMITED_PREFIX}; try again in ${retryAfterSeconds} s.`;
}

/** The two sets of buckets the router asks before doing any work. */
export class Throttle {
  private readonly commands: RateLimiter;
  private readonly suggestions: RateLimiter;

  constructor(limits: RateLimits, now?: () => number) {
    const scaled = (spec: RateLimits['perUser']) => ({
      capacity: spec.capacity * AUTOCOMPLETE_FACTOR,
      refillPerSecond: spec.refillPerSecond * AUTOCOMPLETE_FACTOR,
    });
    this.commands = new RateLimiter(limits, now);
    this.suggestions = new RateLimiter({ perUser: scaled(limits.perUser), perGuild: scaled(limits.perGuild) }, now);
  }

  /** A slash command or a button press by `userId` in `guildId` (undefined in DMs). */
  command(userId: string, guildId: string | undefined): RateVerdict {
    return this.commands.take(userId, guildId);
  }

  /** An autocomplete request. */
  autocomplete(userId: string, guildId: string | undefined): RateVerdict {
    return this.suggestions.take(userId, guildId);
  }
}
