/**
 * Autocomplete of passage ids (the /source option): ids that start with what
 * was typed first, then ids that contain it, each in corpus order, at most
 * `limit`, case and width folded; each choice named with its passage's text.
 */
import { describe, expect, it } from 'vitest';
import { seedEngine } from '../support/engine.ts';

describe('passage id autocomplete', () => {
  it('lists ids that start with what was typed before those that contain it, in corpus order, at most the limit', async () => {
    const engine = await seedEngine();
    const ids = engine.kb.passages.map((p) => p.id);
    // 'e' starts the EU's ids and is inside every other's.
    const typed = 'e';
    const starting = ids.filter((id) => id.toLowerCase().startsWith(typed.toLowerCase()));
    const containing = ids.filter((id) => !id.toLowerCase().startsWith(typed.toLowerCase()) && id.toLowerCase().includes(typed.toLowerCase()));
    expect(starting.length).toBeGreaterThan(0);
    expect(containing.length).toBeGreaterThan(0);
    expect(engine.suggestPassages(typed.toUpperCase(), 100).map((c) => c.value)).toEqual([...starting, ...containing].slice(0, 100));
    // "#1" is in the middle of every first passage's id: none starts with it, and every one contains it.
    const firsts = ids.filter((id) => id.endsWith('#1'));
    expect(engine.suggestPassages('#1', 2).map((c) => c.value)).toEqual(ids.filter((id) => id.includes('#1')).slice(0, 2));
    expect(firsts.length).toBeGreaterThan(1);
    const [first] = engine.suggestPassages(ids[0] ?? '', 1);
    expect(first).toEqual({ value: ids[0], name: `${ids[0]}: ${engine.kb.passages[0]?.text}` });
    expect(engine.suggestPassages('', 3).map((c) => c.value)).toEqual(ids.slice(0, 3));
  });
});
