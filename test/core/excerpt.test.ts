import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { textFragmentUrl } from '../../src/text/fragment.ts';
import { MAX_EXCERPT_SENTENCES } from '../../src/search/excerpt.ts';
import { seedEngine } from '../support/engine.ts';
import { sentenceSpans } from '../../src/text/passage-sentences.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('excerpts', () => {
  it('picks the sentence that matches, verbatim, with the matched words marked', () => {
    const hit = engine.ask('Ise-Shima Principles').results[0];
    expect(hit?.passage.id).toBe('japan-resilience-capacity-building#3');
    const excerpt = hit?.excerpt;
    expect(excerpt?.text).toBe('At the G7 Ise-Shina Summit in May 2016, for instance, Japan introduced the Ise-Shima Principles, which included the enhancement of cooperation on CCB.');
    expect(hit?.passage.text.slice(excerpt?.start, excerpt?.end)).toBe(excerpt?.text);
    const marked = excerpt?.marks.map((m) => excerpt.text.slice(m.start, m.end));
    expect(marked).toEqual(expect.arrayContaining(['Shima', 'Principles']));
  });

  it('joins neighbouring sentences only when they add matched words, at most three', () => {
    const hit = engine.ask('NATO AUKUS GGE').results[0];
    expect(hit?.passage.id).toBe('us-resilience-capacity-building#3');
    const sentences = (hit === undefined ? [] : sentenceSpans(hit.passage)).filter((s) => s.start >= (hit?.excerpt.start ?? 0) && s.end <= (hit?.excerpt.end ?? 0));
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.length).toBeLessThanOrEqual(MAX_EXCERPT_SENTENCES);
  });

  it('links to the source page at the quote', () => {
    const hit = engine.ask('layered resilience').results[0];
    expect(hit?.link?.startsWith(`${hit.passage.source.url}#:~:text=`)).toBe(true);
  });
});

describe('text fragment links', () => {
  it('quotes a short text whole, encoding the characters fragments reserve', () => {
    expect(textFragmentUrl('https://example.org/p#old', 'cyber-diplomacy, toolbox & more')).toBe(
      'https://example.org/p#:~:text=cyber%2Ddiplomacy%2C%20toolbox%20%26%20more',
    );
  });

  it('quotes a long text by its first and last words', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(textFragmentUrl('https://example.org/p', quote)).toBe('https://example.org/p#:~:text=one%20two%20three%20four%20five,ten%20eleven%20twelve%20thirteen%20fourteen');
  });
});
