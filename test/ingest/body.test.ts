import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/ingest/render.ts';
import type { Block } from '../../src/ingest/types.ts';
import { parseBody } from '../../src/knowledge/body.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { markdownParagraphs } from '../../src/text/paragraphs.ts';
import { knowledgeFolder } from './fixtures.ts';

const BLOCKS: Block[] = [
  { kind: 'heading', level: 1, text: 'Chapter 1', page: 1 },
  { kind: 'paragraph', text: 'Atlantis opens its strategy here.', page: 1 },
  { kind: 'toc', text: 'Contents 1 Chapter 1 ... 1 2 Chapter 2 ... 2', page: 1 },
  { kind: 'heading', level: 1, text: 'Chapter 2', page: 2 },
  { kind: 'heading', level: 2, text: 'Build resilient infrastructure', page: 2 },
  { kind: 'paragraph', text: 'Operators shall report incidents within a day.', page: 2 },
  { kind: 'list-item', text: 'a national response team;', page: 2 },
  { kind: 'list-item', text: 'a skills programme.', page: 2 },
  { kind: 'paragraph', text: '- this paragraph starts with a dash and # is no heading', page: 3 },
  { kind: 'heading', level: 2, text: 'Train people', page: 3 },
  { kind: 'paragraph', text: '<!-- page: 9 --> is text here, not a marker', page: 3 },
];

describe('the structured body', () => {
  it('renders pages, headings, list items and layout markers as the contract says', () => {
    const body = renderBody(BLOCKS);
    expect(body).toContain('<!-- page: 1 -->\n\n# Chapter 1\n\nAtlantis opens its strategy here.\n\n<!-- layout: toc -->\n\nContents');
    expect(body).toContain('<!-- page: 2 -->\n\n# Chapter 2\n\n## Build resilient infrastructure');
    expect(body).toContain('- a national response team;\n- a skills programme.');
    expect(body).toContain('\\- this paragraph starts with a dash');
  });

  it('reads back every non-heading block as a paragraph, verbatim, with its page, heading path and layout kind', () => {
    const { paragraphs, places } = parseBody(renderBody(BLOCKS));
    const expected = BLOCKS.filter((b) => b.kind !== 'heading');
    expect(paragraphs).toEqual(expected.map((b) => b.text));
    expect(places?.map((p) => p.page)).toEqual(expected.map((b) => b.page));
    expect(places?.map((p) => p.headings.join(' › '))).toEqual([
      'Chapter 1',
      'Chapter 1',
      'Chapter 2 › Build resilient infrastructure',
      'Chapter 2 › Build resilient infrastructure',
      'Chapter 2 › Build resilient infrastructure',
      'Chapter 2 › Build resilient infrastructure',
      'Chapter 2 › Train people',
    ]);
    expect(places?.map((p) => p.layout)).toEqual([null, 'toc', null, null, null, null, null]);
  });

  it('round-trips any blocks: texts in order, pages kept, headings never paragraphs', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9#<>\\\-!.,']{1,8}$/u);
    const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    const block = fc.record({
      kind: fc.constantFrom('heading', 'paragraph', 'list-item', 'table', 'toc'),
      text,
      page: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
      level: fc.integer({ min: 1, max: 6 }),
    }) as fc.Arbitrary<Block>;
    fc.assert(
      fc.property(fc.array(block, { maxLength: 25 }), (blocks) => {
        // Pages only ever go forward in a document: the writer marks a page where it changes.
        let last = 0;
        const ordered = blocks.map((b) => {
          if (b.page !== null) last = Math.max(last, b.page);
          return { ...b, page: b.page === null ? null : last };
        });
        const { paragraphs, places } = parseBody(renderBody(ordered));
        const body = ordered.filter((b) => b.kind !== 'heading');
        expect(paragraphs).toEqual(body.map((b) => b.text));
        if (places !== undefined) {
          let page: number | null = null;
          body.forEach((b, i) => {
            const started = ordered
              .slice(0, ordered.indexOf(b) + 1)
              .filter((x) => x.page !== null)
              .at(-1);
            page = started?.page ?? null;
            expect(places[i]?.page).toBe(page);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads a body without markers exactly as before', () => {
    const body = 'One line\nwrapped here.\n\nSecond paragraph with 3 numbers 1. 2.\n\n\n  Third.  \n';
    expect(parseBody(body)).toEqual({ paragraphs: markdownParagraphs(body) });
  });

  it('loads passages that carry page, heading path and layout kind, and never run across a heading', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence ${i + 1} of the long section says something about cyber resilience.`).join(' ');
    const blocks: Block[] = [...BLOCKS.slice(0, 6), { kind: 'paragraph', text: long, page: 2 }, ...BLOCKS.slice(6)];
    const dir = await knowledgeFolder();
    const front =
      '---\nid: atlantis-test\ntitle: Atlantis test\nactor: atlantis\nsource:\n  publisher: Atlantis\n  title: Atlantis test\n  url: https://example.org/a.pdf\n  retrieved: 2026-01-01\n---\n\n';
    await writeFile(join(dir, 'atlantis-test.md'), front + renderBody(blocks));
    const corpus = await loadKnowledge(dir);
    const passages = chunkDocuments(corpus.documents, new Map([['atlantis', 'Atlantis']]));
    const first = passages[0];
    expect(first).toMatchObject({ text: 'Atlantis opens its strategy here.', page: 1, headings: ['Chapter 1'] });
    expect(first?.layout).toBeUndefined();
    expect(passages[1]).toMatchObject({ layout: 'toc', page: 1 });
    const longParts = passages.filter((p) => p.text.startsWith('Sentence') || p.text.includes('of the long section'));
    expect(longParts.length).toBeGreaterThan(1);
    for (const p of longParts) expect(p.headings).toEqual(['Chapter 2', 'Build resilient infrastructure']);
    // No passage holds a heading's text, and each lies within one paragraph (so never on both sides of a heading).
    const doc = corpus.documents[0];
    for (const p of passages) {
      expect(p.text).not.toMatch(/Build resilient|Train people/u);
      expect(doc?.paragraphs[p.position.paragraph - 1]).toContain(p.text);
    }
    expect(passages.find((p) => p.text.startsWith('<!--'))).toMatchObject({ page: 3, headings: ['Chapter 2', 'Train people'] });
  });
});
