/**
 * Rate limiting with token buckets, per user and per guild, so that one
 * member's flood neither hurts the bot nor slows anyone else's answers.
 * Pure and clock-injected: the Discord front asks before running a command.
 */

/** How one kind of bucket fills: `capacity` tokens at most, `refillPerSecond` added each second. */
export interface BucketSpec {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

/** The limits in force. */
export interface RateLimits {
  readonly perUser: BucketSpec;
  readonly perGuild: BucketSpec;
}

/** The verdict on one request. */
export type RateVerdict = { readonly allowed: true } | { readonly allowed: false; readonly scope: 'user' | 'guild'; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets not touched for this long are full again and are forgotten, which bounds memory. */
const IDLE_FORGET_MS = 10 * 60_000;

/** A set of token buckets keyed by user and guild. */
export class RateLimiter {
  private readonly users = new Map<string, Bucket>();
  private readonly guilds = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /**
   * Takes one token from the user's bucket and, if there is a guild, one from
   * the guild's. Either both are taken or neither: a refused request costs nothing.
   */
  take(userId: string, guildId: string | undefined): RateVerdict {
    const t = this.now();
    this.sweep(t);
    const user = this.fill(this.users, userId, this.limits.perUser, t);
    if (user.tokens < 1) return refuse('user', user, this.limits.perUser);
    if (guildId !== undefined) {
      const guild = this.fill(this.guilds, guildId, this.limits.perGuild, t);
      if (guild.tokens < 1) return refuse('guild', guild, this.limits.perGuild);
      guild.tokens -= 1;
    }
    user.tokens -= 1;
    return { allowed: true };
  }

  private fill(map: Map<string, Bucket>, key: string, spec: BucketSpec, t: number): Bucket {
    let bucket = map.get(key);
    if (bucket === undefined) {
      bucket = { tokens: spec.capacity, at: t };
      map.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(spec.capacity, bucket.tokens + ((t - bucket.at) / 1000) * spec.refillPerSecond);
    bucket.at = t;
    return bucket;
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < IDLE_FORGET_MS) return;
    this.lastSweep = t;
    for (const map of [this.users, this.guilds]) {
      for (const [key, bucket] of map) if (t - bucket.at > IDLE_FORGET_MS) map.delete(key);
    }
  }

  /** How many buckets are held (for tests and metrics). */
  get size(): number {
    return this.users.size + this.guilds.size;
  }
}

function refuse(scope: 'user' | 'guild', bucket: Bucket, spec: BucketSpec): RateVerdict {
  const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / spec.refillPerSecond));
  return { allowed: false, scope, retryAfterSeconds };
}
