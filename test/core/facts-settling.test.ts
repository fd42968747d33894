/**
 * The commands that read facts wait, without holding the event loop, until
 * the serving engine's facts have settled (an update's added documents'
 * facts are extracted between interactions after the swap): reading them
 * sooner finished the extraction in the reader's turn and held every other
 * interaction behind it (~0.3 s at 100k passages). Meanwhile other commands
 * answer; and a command that waited runs on the engine serving once it is
 * done waiting, never on one a reload replaced meanwhile.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import actor from '../../commands/actor.ts';
import ask from '../../commands/ask.ts';
import type { AnyCommand, CommandContext } from '../../src/commands/command.ts';
import { executeCommand } from '../../src/commands/execute.ts';
import { Engine } from '../../src/engine.ts';
import type { FactBase } from '../../src/facts/base.ts';
import { silentLogger } from '../../src/log.ts';
import { seedEngine } from '../support/engine.ts';

/** An engine over the seed whose facts settle when `settle` is called, counting reads of its facts before that. */
async function unsettledEngine(): Promise<{ engine: Engine; settle: () => void; earlyReads: () => number }> {
  const { kb } = await seedEngine();
  const base = kb.facts;
  let settled = false;
  let early = 0;
  let settle = (): void => {};
  const promise = new Promise<void>((resolve) => {
    settle = () => {
      settled = true;
      resolve();
    };
  });
  const facts: FactBase = {
    get facts() {
      if (!settled) early++;
      return base.facts;
    },
    curated: base.curated,
    documents: base.documents,
    passagesByTopic: base.passagesByTopic,
    settled: promise,
  };
  return { engine: new Engine({ ...kb, facts }), settle, earlyReads: () => early };
}

function contextOf(engine: Engine, latestEngine?: () => Engine): CommandContext {
  return {
    engine,
    front: 'console',
    isAdmin: false,
    logger: silentLogger(),
    commands: [actor, ask] as AnyCommand[],
    ...(latestEngine ? { latestEngine } : {}),
  };
}

describe('a command that reads facts', () => {
  it('waits for the facts to settle, reading none before, while other commands answer', async () => {
    const { engine, settle, earlyReads } = await unsettledEngine();
    let profiled = false;
    const profile = executeCommand(actor, { name: 'Japan' }, contextOf(engine)).then((reply) => {
      profiled = true;
      return reply;
    });
    for (let i = 0; i < 5; i++) await nextTurn();
    expect(profiled).toBe(false);
    const answer = await executeCommand(ask, { question: 'What did Japan introduce at the G7 summit?' }, contextOf(engine));
    expect(answer.kind).toBe('ask');
    expect(profiled).toBe(false);
    settle();
    const reply = await profile;
    expect(reply.kind).toBe('actor');
    expect(earlyReads()).toBe(0);
  });

  it('runs on the engine serving once its wait is over, not on one a reload replaced meanwhile', async () => {
    const replaced = await unsettledEngine();
    const { kb } = await seedEngine();
    const serving = new Engine(kb);
    const profileOnServing = vi.spyOn(serving, 'actorProfile');
    const profileOnReplaced = vi.spyOn(replaced.engine, 'actorProfile');
    let now = replaced.engine;
    const reply = executeCommand(
      actor,
      { name: 'Japan' },
      contextOf(replaced.engine, () => now),
    );
    await nextTurn();
    now = serving;
    replaced.settle();
    expect((await reply).kind).toBe('actor');
    expect(profileOnServing).toHaveBeenCalled();
    expect(profileOnReplaced).not.toHaveBeenCalled();
  });

  it('runs at once where the facts have settled (no update pending)', async () => {
    const engine = await seedEngine();
    await expect(engine.factsSettled()).resolves.toBeUndefined();
    expect((await executeCommand(actor, { name: 'Japan' }, contextOf(engine))).kind).toBe('actor');
  });
});
