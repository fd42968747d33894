import { describe, expect, it } from 'vitest';
import { discordChoices, MAX_CHOICE_CHARS, MAX_CHOICES, type Suggester } from '../../src/discord/choices.ts';
import type { Choice } from '../../src/engine.ts';
import { seedEngine } from '../support/engine.ts';

describe('autocomplete on Discord', () => {
  it('asks the engine for at most 25 choices and cuts names and values to 100 characters', () => {
    const asked: number[] = [];
    const many = (limit: number): Choice[] => {
      asked.push(limit);
      return Array.from({ length: Math.min(limit, 40) }, (_, i) => ({ name: `${'n'.repeat(150)}${i}`, value: `${'v'.repeat(120)}${i}` }));
    };
    const engine: Suggester = {
      suggestActors: (_t, limit) => many(limit),
      suggestTopics: (_t, limit) => many(limit),
      suggestPassages: (_t, limit) => many(limit),
    };
    for (const source of ['actor', 'topic', 'passage'] as const) {
      const choices = discordChoices(engine, source, '');
      expect(choices).toHaveLength(MAX_CHOICES);
      for (const c of choices) {
        expect(c.name).toHaveLength(MAX_CHOICE_CHARS);
        expect(c.name.endsWith('…')).toBe(true);
        expect(c.value).toHaveLength(MAX_CHOICE_CHARS);
      }
    }
    expect(asked).toEqual([MAX_CHOICES, MAX_CHOICES, MAX_CHOICES]);
  });

  it('leaves the engine’s suggestions whole: the bounds are Discord’s, not the engine’s', async () => {
    const engine = await seedEngine();
    const whole = engine.suggestPassages('eu-', 100);
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.some((c) => c.name.length > MAX_CHOICE_CHARS)).toBe(true);
    expect(engine.suggestPassages('eu-', 1)).toEqual(whole.slice(0, 1));
    const cut = discordChoices(engine, 'passage', 'eu-');
    expect(cut.map((c) => c.value)).toEqual(whole.map((c) => c.value));
    expect(cut.every((c) => c.name.length <= MAX_CHOICE_CHARS)).toBe(true);
  });
});
