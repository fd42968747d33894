/**
 * The bot's warm-up after a start: it puts the engine through what first
 * questions do (asks, a profile), and treats a refused question as no
 * failure but a bug as one.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { InternalError, UserError } from '../../src/errors.ts';
import { warmUp } from '../../src/warm-up.ts';
import { seedEngine } from '../support/engine.ts';

describe('warming up', () => {
  it('asks the engine questions and reads an actor’s profile, through the seed engine', async () => {
    const engine = await seedEngine();
    const asked: string[] = [];
    const profiled: string[] = [];
    const watched = new Proxy(engine, {
      get(target, key, receiver) {
        if (key === 'ask')
          return (q: string) => {
            asked.push(q);
            return target.ask(q);
          };
        if (key === 'citedProfile')
          return (name: string) => {
            profiled.push(name);
            return target.citedProfile(name);
          };
        return Reflect.get(target, key, receiver);
      },
    });
    await warmUp(watched);
    expect(asked).toHaveLength(4);
    expect(asked.some((q) => /[éè]/u.test(q))).toBe(true);
    // One names a country, so that the first real question naming one does not build the world's country names.
    expect(asked.some((q) => /Germany/u.test(q))).toBe(true);
    expect(profiled).toEqual([engine.kb.corpus.actors[0]?.name]);
  });

  it('goes on past a question the engine refuses, and fails on a bug', async () => {
    const engine = await seedEngine();
    const refusing = Object.assign(Object.create(engine) as Engine, {
      ask: () => {
        throw new UserError('bad-argument', 'no');
      },
    });
    await expect(warmUp(refusing)).resolves.toBeUndefined();
    const broken = Object.assign(Object.create(engine) as Engine, {
      ask: () => {
        throw new InternalError('a bug');
      },
    });
    await expect(warmUp(broken)).rejects.toThrow('a bug');
  });
});
