import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { textFragmentUrl } from '../../src/text/fragment.ts';
import { bestExcerpt, MAX_EXCERPT_CHARS, MAX_EXCERPT_SENTENCES } from '../../src/search/excerpt.ts';
import { chunkDocuments, type Passage } from '../../src/passages/chunk.ts';
import { processWord } from '../../src/text/terms.ts';
import { seedEngine } from '../support/engine.ts';
import { sentenceSpans } from '../../src/passages/sentences.ts';

let engine: Engine;

/** One passage of the given text (shorter than a chunk). */
function passageOf(text: string): Passage {
  const doc = {
    id: 'd',
    title: 'd',
    actor: 'a',
    topics: [],
    source: { publisher: 'p', title: 't', url: 'https://example.org/', retrieved: '2020-01-01' },
    file: 'd.md',
    paragraphs: [text],
  };
  const [p] = chunkDocuments([doc], new Map(), 5000);
  if (p === undefined) throw new Error('no passage');
  return p;
}
beforeAll(async () => {
  engine = await seedEngine();
});

describe('excerpts', () => {
  it('picks the sentence that matches, verbatim, with the matched words marked', () => {
    const hit = engine.ask('Ise-Shima Principles').results[0];
    expect(hit?.passage.id).toBe('japan-resilience-capacity-building#3');
    const excerpt = hit?.excerpt;
    expect(excerpt?.text).toBe(
      'At the G7 Ise-Shina Summit in May 2016, for instance, Japan introduced the Ise-Shima Principles, which included the enhancement of cooperation on CCB.',
    );
    expect(hit?.passage.text.slice(excerpt?.start, excerpt?.end)).toBe(excerpt?.text);
    const marked = excerpt?.marks.map((m) => excerpt.text.slice(m.start, m.end));
    expect(marked).toEqual(expect.arrayContaining(['Shima', 'Principles']));
  });

  it('joins neighbouring sentences only when they add matched words, at most three, within MAX_EXCERPT_CHARS', () => {
    const p = passageOf('Ports are busy. NATO met in May. AUKUS followed in June. The GGE met later. Weather was fine. NATO again.');
    const excerpt = bestExcerpt(p, new Set(['NATO', 'AUKUS', 'GGE'].map((w) => processWord(w) ?? w)), () => 1);
    const sentences = sentenceSpans(p).filter((s) => s.start >= excerpt.start && s.end <= excerpt.end);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.length).toBeLessThanOrEqual(MAX_EXCERPT_SENTENCES);
    expect(excerpt.text).toBe('NATO met in May. AUKUS followed in June. The GGE met later.');
    expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
  });

  it('cuts one overlong sentence (a run of bullets) to the part that matched, on word boundaries, verbatim', () => {
    const bullets = Array.from({ length: 40 }, (_, i) => `• item ${i} about harbours`).join(' ');
    const p = passageOf(`${bullets} • item 40 about quarantine of servers ${bullets}`);
    const excerpt = bestExcerpt(p, new Set([processWord('quarantine') ?? '']), () => 1);
    expect(excerpt.text.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
    expect(p.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.text);
    expect(excerpt.text).toContain('quarantine of servers');
    expect(excerpt.text).toMatch(/^\S.*\S$/su);
    expect(excerpt.marks.map((m) => excerpt.text.slice(m.start, m.end))).toEqual(['quarantine']);
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
    expect(textFragmentUrl('https://example.org/p', quote)).toBe(
      'https://example.org/p#:~:text=one%20two%20three%20four%20five,ten%20eleven%20twelve%20thirteen%20fourteen',
    );
  });
});
