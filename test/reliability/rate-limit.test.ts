import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/rate-limit.ts';

function limiter() {
  let t = 1_000_000;
  const rl = new RateLimiter({ perUser: { capacity: 3, refillPerSecond: 0.5 }, perGuild: { capacity: 5, refillPerSecond: 1 } }, () => t);
  return { rl, advance: (ms: number) => (t += ms) };
}

describe('rate limiting', () => {
  it('lets a user through up to the bucket size, then says when to retry', () => {
    const { rl } = limiter();
    expect([1, 2, 3].map(() => rl.take('u1', 'g1').allowed)).toEqual([true, true, true]);
    expect(rl.take('u1', 'g1')).toEqual({ allowed: false, scope: 'user', retryAfterSeconds: 2 });
  });

  it('refills over time', () => {
    const { rl, advance } = limiter();
    for (let i = 0; i < 3; i++) rl.take('u1', undefined);
    expect(rl.take('u1', undefined).allowed).toBe(false);
    advance(2_000);
    expect(rl.take('u1', undefined).allowed).toBe(true);
    expect(rl.take('u1', undefined).allowed).toBe(false);
  });

  it("does not let one user's flood take another user's tokens", () => {
    const { rl } = limiter();
    for (let i = 0; i < 50; i++) rl.take('flooder', undefined);
    expect(rl.take('colleague', undefined).allowed).toBe(true);
  });

  it('limits a guild as a whole, and a refused request costs the user nothing', () => {
    const { rl } = limiter();
    for (const u of ['a', 'b', 'c', 'd', 'e']) expect(rl.take(u, 'g').allowed).toBe(true);
    expect(rl.take('f', 'g')).toMatchObject({ allowed: false, scope: 'guild' });
    // f was refused by the guild: its own bucket is still full.
    expect([1, 2, 3].map(() => rl.take('f', 'other').allowed)).toEqual([true, true, true]);
  });

  it('forgets idle buckets, so memory stays bounded', () => {
    const { rl, advance } = limiter();
    for (let i = 0; i < 100; i++) rl.take(`u${i}`, 'g');
    expect(rl.size).toBe(101);
    advance(11 * 60_000);
    rl.take('late', undefined);
    expect(rl.size).toBe(1);
  });
});
