import { describe, expect, it } from 'vitest';
import { askFollowUp, CARRIED_WORD_WEIGHT, contextOf, withCarriedWords } from '../../src/conversation/follow-up.ts';
import { seedEngine } from '../support/engine.ts';

describe('follow-up questions', () => {
  it('keep the earlier actor when the follow-up names none, and answer from that actor alone', async () => {
    const engine = await seedEngine();
    const first = engine.ask('What does Japan say about capacity building?');
    const context = contextOf(first);
    expect(context).toEqual({ topic: 'What does Japan say about capacity building?', actor: 'japan' });
    const next = askFollowUp(engine, 'and what about its partners?', context);
    expect(next.carried.actor).toBe('japan');
    expect(next.result.abstained).toBe(false);
    expect(next.result.results.every((hit) => hit.passage.actor === 'japan')).toBe(true);
    expect(next.result.query).toBe('and what about its partners?');
  });

  it('replace the actor and keep the topic when the follow-up names another actor in words too weak alone', async () => {
    const engine = await seedEngine();
    const context = contextOf(engine.ask('What does Japan say about capacity building?'));
    // Its only term is the actor's name: no topic of its own.
    const next = askFollowUp(engine, 'what does the US say?', context);
    expect(next.carried).toEqual({ words: true });
    expect(next.result.abstained).toBe(false);
    expect(next.result.results.every((hit) => hit.passage.actor === 'us')).toBe(true);
    // The topic stays the first question's, the actor is now the US's.
    expect(next.context).toEqual({ topic: context.topic, actor: 'us' });
  });

  it('answer a follow-up whose own words answer from those words alone', async () => {
    const engine = await seedEngine();
    const context = contextOf(engine.ask('What does Japan say about capacity building?'));
    const next = askFollowUp(engine, 'What is NIS2?', context);
    expect(next.carried.words).toBe(false);
    expect(next.context.topic).toBe('What is NIS2?');
  });

  it('answer without a context as a fresh question', async () => {
    const engine = await seedEngine();
    const fresh = askFollowUp(engine, 'What does Japan say about capacity building?', undefined);
    expect(fresh.carried).toEqual({ words: false });
    expect(fresh.result.results.map((h) => h.passage.id)).toEqual(engine.ask('What does Japan say about capacity building?').results.map((h) => h.passage.id));
  });

  it('add the earlier words at a lower weight, without the earlier actor names or words already asked', async () => {
    const engine = await seedEngine();
    const own = engine.kb.planner.plan('what about partners?');
    const earlier = engine.kb.planner.plan('Japan partners capacity');
    const merged = withCarriedWords(own, earlier);
    const terms = merged?.terms ?? [];
    expect(terms.filter((t) => t.source === 'actor')).toEqual([]);
    expect(terms.filter((t) => t.term.startsWith('partner'))).toHaveLength(1);
    const carried = terms.slice(own.terms.length);
    expect(carried.length).toBeGreaterThan(0);
    for (const t of carried) expect(t.weight).toBe((earlier.terms.find((e) => e.term === t.term)?.weight ?? 0) * CARRIED_WORD_WEIGHT);
    expect(withCarriedWords(own, engine.kb.planner.plan('Japan'))).toBeUndefined();
  });
});
