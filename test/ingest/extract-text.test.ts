import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract/index.ts';
import { utf8 } from './support.ts';

const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));

describe('plain text', () => {
  it('drops a UTF-8 byte-order mark, reads CRLF line ends, starts a page at each form feed and a block at each blank line', async () => {
    const text = 'National Strategy\r\nfirst line of a paragraph\r\nsecond line\r\n\r\nAnother paragraph\f\r\nPage two text   \r\n\f';
    const doc = await extractDocument(bytes([0xef, 0xbb, 0xbf], utf8(text)), 'strategy.txt');
    expect(doc.format).toBe('text');
    // pdftotext ends every page with a form feed: the last one starts no page.
    expect(doc.pages).toBe(2);
    expect(doc.warnings).toEqual([]);
    expect(doc.lines).toEqual([
      { text: 'National Strategy', page: 1 },
      { text: 'first line of a paragraph', page: 1 },
      { text: 'second line', page: 1, blockEnd: true },
      { text: 'Another paragraph', page: 1 },
      { text: 'Page two text', page: 2, blockEnd: true },
    ]);
  });

  it('reads UTF-16 with either byte-order mark', async () => {
    const text = 'Stratégie nationale\nCybersécurité';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const encoded of [bytes([0xff, 0xfe], le), bytes([0xfe, 0xff], be)]) {
      const doc = await extractDocument(encoded, 'fr.txt');
      expect(doc.lines.map((l) => l.text)).toEqual(['Stratégie nationale', 'Cybersécurité']);
      expect(doc.pages).toBeNull();
    }
  });

  it('reads invalid UTF-8 as Windows-1252, with a warning, instead of replacement characters', async () => {
    const doc = await extractDocument(bytes(utf8('Strat'), [0xe9], utf8('gie num'), [0xe9], utf8('rique')), 'old.txt');
    expect(doc.lines.map((l) => l.text)).toEqual(['Stratégie numérique']);
    expect(doc.warnings).toEqual([expect.stringMatching(/not valid UTF-8: it was read as Windows-1252/u)]);
  });

  it('has no pages when there is no form feed', async () => {
    const doc = await extractDocument(utf8('one\ntwo\n'), 'plain.txt');
    expect(doc.pages).toBeNull();
    expect(doc.lines.map((l) => l.page)).toEqual([null, null]);
  });
});

describe('Markdown', () => {
  const MARKDOWN = [
    '---',
    'title: Cyber Resilience Act notes',
    'published: 2024-10-10',
    'actor: eu',
    '---',
    '# Overview',
    '',
    'The regulation sets essential requirements',
    'for products with digital elements.',
    '',
    '## Obligations',
    '- Report actively exploited vulnerabilities',
    '- Provide security updates',
    '',
    '| Role | Duty |',
    '| --- | --- |',
    '| Manufacturer | Conformity assessment |',
    '',
    'Setext heading',
    '==============',
    '```',
    '# not a heading',
    '```',
  ].join('\n');

  it('drops the front matter from the lines and takes its title and date', async () => {
    const doc = await extractDocument(utf8(MARKDOWN), 'cra.md');
    expect(doc.format).toBe('markdown');
    expect(doc.metadata).toEqual({ title: 'Cyber Resilience Act notes', published: '2024-10-10' });
    expect(doc.lines.map((l) => l.text).join('\n')).not.toMatch(/actor: eu|---/u);
  });

  it('marks headings (ATX and setext) with their level, list items and table rows, markup dropped; code kept as text', async () => {
    const doc = await extractDocument(utf8(MARKDOWN), 'cra.md');
    expect(doc.lines).toEqual([
      { text: 'Overview', page: null, hint: { kind: 'heading', level: 1 }, blockEnd: true },
      { text: 'The regulation sets essential requirements', page: null },
      { text: 'for products with digital elements.', page: null, blockEnd: true },
      { text: 'Obligations', page: null, hint: { kind: 'heading', level: 2 }, blockEnd: true },
      { text: 'Report actively exploited vulnerabilities', page: null, hint: { kind: 'list-item' }, blockEnd: true },
      { text: 'Provide security updates', page: null, hint: { kind: 'list-item' }, blockEnd: true },
      { text: 'Role | Duty', page: null, hint: { kind: 'table-row' }, blockEnd: true },
      { text: 'Manufacturer | Conformity assessment', page: null, hint: { kind: 'table-row' }, blockEnd: true },
      { text: 'Setext heading', page: null, hint: { kind: 'heading', level: 1 }, blockEnd: true },
      { text: '# not a heading', page: null, blockEnd: true },
    ]);
  });

  it('is told from plain text by its headings, not by the extension', async () => {
    expect((await extractDocument(utf8('# Title\n\nText.'), 'notes.txt')).format).toBe('markdown');
    expect((await extractDocument(utf8('Title\n\nText with a # sign.'), 'notes.md')).format).toBe('text');
    // Text and Markdown are one family: neither is a lying extension.
    expect((await extractDocument(utf8('# Title\n\nText.'), 'notes.txt')).warnings).toEqual([]);
  });
});
