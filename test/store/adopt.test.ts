import { describe, expect, it } from 'vitest';
import { buildInThisThread } from '../../src/build.ts';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { adopt, adoptCooperatively } from '../../src/store/adopt.ts';
import { runAll, runCooperatively, type Steps } from '../../src/steps.ts';

const QUESTIONS = ['What is NIS2?', 'What did Japan introduce at the G7 summit?', 'capacity building in the Western Balkans'];

describe('adopting a packed knowledge base', () => {
  it('a few steps at a time gives the same knowledge base as all at once, and lets other work run between the steps', async () => {
    const packed = await buildInThisThread({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
    const whole = new Engine(adopt(packed, silentLogger()));
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // A zero budget pauses at every step: the other work gets a turn at each.
    const stepwise = new Engine(await adoptCooperatively(packed, silentLogger(), 0));
    ticking = false;
    expect(turns).toBeGreaterThan(3);
    for (const q of QUESTIONS) {
      expect(stepwise.ask(q, { top: 5 }).results.map((r) => [r.passage.id, r.score])).toEqual(whole.ask(q, { top: 5 }).results.map((r) => [r.passage.id, r.score]));
    }
    expect(stepwise.kb.passages).toEqual(whole.kb.passages);
    expect(stepwise.kb.facts.facts).toEqual(whole.kb.facts.facts);
  });

  it('runs steps to the same result straight through or cooperatively, and passes their errors on', async () => {
    function* count(n: number): Steps<number> {
      let sum = 0;
      for (let i = 1; i <= n; i++) {
        yield;
        sum += i;
      }
      if (n < 0) throw new RangeError('negative');
      return sum;
    }
    expect(runAll(count(100))).toBe(5050);
    expect(await runCooperatively(count(100), 0)).toBe(5050);
    await expect(runCooperatively(count(-1), 0)).rejects.toThrow(RangeError);
  });
});
