import { describe, expect, it } from 'vitest';
import { reply } from '../../src/replies.ts';
import type { Passage } from '../../src/passages/chunk.ts';
import { citationUrl, placeLabel } from '../../src/text/fragment.ts';
import { passageEmbed } from '../../src/views/discord/passage.ts';
import { quoteField } from '../../src/views/discord/sections.ts';
import { renderJson } from '../../src/views/json/render.ts';
import { renderTerminal } from '../../src/views/terminal/render.ts';

const source = { publisher: 'Government of Atlantis', title: 'National Strategy', url: 'https://example.org/strategy.pdf', retrieved: '2026-12-05' };
const text = 'Operators shall report significant incidents within a day.';
const paged: Passage = {
  id: 'atlantis-strategy#7',
  docId: 'atlantis-strategy',
  actor: 'atlantis',
  actorName: 'Atlantis',
  title: 'National Strategy',
  source,
  topics: [],
  position: { index: 7, paragraph: 5 },
  text,
  sentenceBounds: [0, text.length],
  page: 12,
  headings: ['Chapter 2', 'Build resilient infrastructure'],
};
const { page: _page, headings: _headings, ...rest } = paged;
const unpaged: Passage = rest;

describe('citations of a passage with a page and a heading path', () => {
  it('link to the page of a paged source, to the sentence of a web page, and nowhere without a URL', () => {
    expect(citationUrl(source.url, 12, text)).toBe('https://example.org/strategy.pdf#page=12');
    expect(citationUrl('https://example.org/page#old', undefined, 'short quote')).toBe('https://example.org/page#:~:text=short%20quote');
    expect(citationUrl(undefined, 12, text)).toBeUndefined();
    expect(placeLabel(paged)).toBe('p. 12 · Chapter 2 › Build resilient infrastructure');
    expect(placeLabel(unpaged)).toBe('');
  });

  it('JSON: page, headings and the page link', () => {
    expect(renderJson(reply('passage', { passage: paged }))).toMatchObject({
      page: 12,
      headings: ['Chapter 2', 'Build resilient infrastructure'],
      link: 'https://example.org/strategy.pdf#page=12',
    });
    expect(renderJson(reply('passage', { passage: unpaged }))).toMatchObject({ page: null, headings: [] });
    const noUrl = { ...paged, source: { publisher: 'P', title: 'T', retrieved: '2026-12-05' } };
    expect(renderJson(reply('passage', { passage: noUrl }))).toMatchObject({ link: null, source: { title: 'T' } });
  });

  it('terminal: the place under the title, the page link at the end', () => {
    const out = renderTerminal(reply('passage', { passage: paged }));
    expect(out.split('\n').slice(0, 2)).toEqual(['atlantis-strategy#7 · National Strategy', 'p. 12 · Chapter 2 › Build resilient infrastructure']);
    expect(out.endsWith('https://example.org/strategy.pdf#page=12')).toBe(true);
    const noUrl = renderTerminal(reply('passage', { passage: { ...paged, source: { publisher: 'P', title: 'T', retrieved: '2026-12-05' } } }));
    expect(noUrl).not.toContain('http');
  });

  it('Discord: the place in the footer, the page link on the title, no link without a URL', () => {
    const embed = passageEmbed(paged);
    expect(embed.url).toBe('https://example.org/strategy.pdf#page=12');
    expect(embed.footer?.text).toBe('atlantis-strategy#7 · p. 12 · Chapter 2 › Build resilient infrastructure · passage 7, paragraph 5');
    const bare = passageEmbed({ ...paged, source: { publisher: 'P', title: 'T', retrieved: '2026-12-05' } });
    expect(bare.url).toBeUndefined();
    expect(JSON.stringify(bare)).not.toContain('http');
    expect(quoteField('x', text, paged.id, { url: source.url, page: 12 }).value).toContain('(https://example.org/strategy.pdf#page=12)');
  });
});

describe('layout-marked passages', () => {
  it('state no facts: an acknowledgements block names no partners or instruments', async () => {
    const { extractFacts } = await import('../../src/facts/extract.ts');
    const { FactLexicon } = await import('../../src/facts/lexicon.ts');
    const sentence = 'Atlantis adopted the National Cybersecurity Act in 2021.';
    const body: Passage = { ...paged, text: sentence, sentenceBounds: [0, sentence.length] };
    const corpus = {
      dir: '/',
      hash: '',
      documents: [],
      actors: [{ id: 'atlantis', name: 'Atlantis', kind: 'state' as const, aliases: [] }],
      glossary: [],
      topics: [],
    };
    const lexicon = new FactLexicon(corpus);
    expect(extractFacts([body], lexicon).events.length).toBeGreaterThan(0);
    const marked = extractFacts([{ ...body, layout: 'acknowledgements' }], lexicon);
    expect([marked.events, marked.instruments, marked.organisations, marked.themes, marked.stances].every((l) => l.length === 0)).toBe(true);
  });
});
