import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract/index.ts';
import { readZipDirectory, readZipEntry, ZipTooLargeError } from '../../src/ingest/extract/zip.ts';
import { docxParts, SAMPLE_DOCX, sampleDocx, understateSize } from './fixtures/docx.ts';
import { refusal } from './support.ts';

const SMALL = { maxBytes: 512 * 1024, maxPages: 10 };
const zeros = (n: number): Uint8Array => new Uint8Array(n);

describe('a Word file (DOCX) made in the test', () => {
  it('gives headings with their level, paragraphs, list items and table rows, each block ended', async () => {
    const doc = await extractDocument(sampleDocx(), 'framework.docx');
    expect(doc.format).toBe('docx');
    expect(doc.pages).toBeNull();
    expect(doc.warnings).toEqual([]);
    expect(doc.lines).toEqual([
      { text: 'Digital Security Framework', page: null, hint: { kind: 'heading', level: 1 }, blockEnd: true },
      { text: 'This framework sets out how the state protects its networks.', page: null, blockEnd: true },
      { text: 'Priorities', page: null, hint: { kind: 'heading', level: 2 }, blockEnd: true },
      { text: 'Protect critical infrastructure', page: null, hint: { kind: 'list-item' }, blockEnd: true },
      { text: 'Grow the cyber workforce', page: null, hint: { kind: 'list-item' }, blockEnd: true },
      { text: 'Each priority has an owner and a budget.', page: null, blockEnd: true },
      { text: 'Priority | Owner', page: null, hint: { kind: 'table-row' }, blockEnd: true },
      { text: 'Infrastructure | Ministry of Interior', page: null, hint: { kind: 'table-row' }, blockEnd: true },
    ]);
  });

  it('reads the core properties: title, created date, creator, language', async () => {
    const doc = await extractDocument(sampleDocx(), 'framework.docx');
    expect(doc.metadata).toEqual({ title: SAMPLE_DOCX.title, published: '2023-11-20', author: SAMPLE_DOCX.creator, language: 'en-IE' });
  });

  it('refuses a zip bomb by the sizes its directory states, before inflating anything', async () => {
    const bomb = sampleDocx({ 'word/media/filler.bin': zeros(2 * 1024 * 1024) });
    expect(bomb.byteLength).toBeLessThan(SMALL.maxBytes / 10);
    const error = await refusal(extractDocument(bomb, 'bomb.docx', SMALL));
    expect(error.problem).toBe('too-large');
    expect(error.detail).toMatch(/word\/media\/filler\.bin unpacks to 2 MB, over the limit of 512 KB/u);
  });

  it('refuses a zip bomb that understates its sizes: the inflate stops at the limit', async () => {
    const liar = understateSize(sampleDocx({ 'word/media/filler.bin': zeros(2 * 1024 * 1024) }), 'word/media/filler.bin', 100);
    expect(readZipDirectory(liar).find((e) => e.name === 'word/media/filler.bin')?.uncompressedSize).toBe(100);
    const error = await refusal(extractDocument(liar, 'liar.docx', SMALL));
    expect(error.problem).toBe('too-large');
    expect(error.detail).toMatch(/unpacks to more than it states/u);
  });

  it('refuses a DOCX whose parts together unpack past the total limit, each under the per-part one', async () => {
    const parts = Object.fromEntries([1, 2, 3, 4].map((n) => [`word/media/part${n}.bin`, zeros(300 * 1024)]));
    const error = await refusal(extractDocument(sampleDocx(parts), 'many.docx', { ...SMALL, maxUncompressedBytes: 1024 * 1024 }));
    expect(error.problem).toBe('too-large');
    expect(error.detail).toMatch(/it unpacks to 1\.2 MB, over the limit of 1 MB/u);
    expect((await extractDocument(sampleDocx(parts), 'many.docx', SMALL)).lines).toHaveLength(8);
  });

  it('refuses a damaged DOCX as corrupt', async () => {
    const bytes = sampleDocx();
    const cut = bytes.subarray(0, bytes.byteLength - 30);
    const error = await refusal(extractDocument(cut, 'cut.docx'));
    expect(error.problem).toBe('corrupt');
    expect(error.detail).toMatch(/damaged zip archive .*cut short/u);
  });
});

describe('a DOCX whose document part is damaged', () => {
  it('is refused as corrupt, naming what mammoth could not read', async () => {
    const broken = zipSync(docxParts('', { 'word/document.xml': new TextEncoder().encode('<w:document><w:body><w:p>') }));
    const error = await refusal(extractDocument(broken, 'broken.docx'));
    expect(error.problem).toBe('corrupt');
    expect(error.detail).toMatch(/^the Word file could not be read \(.+\): it may be damaged/u);
  });
});

describe('the zip reader', () => {
  it('lists the entries with their stated sizes and inflates one up to its cap, not past it', () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('hello'), 'b.bin': zeros(10_000) });
    expect(readZipDirectory(zip).map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.txt', 5],
      ['b.bin', 10_000],
    ]);
    const [a, b] = readZipDirectory(zip);
    if (a === undefined || b === undefined) throw new Error('the zip lists two entries');
    expect(new TextDecoder().decode(readZipEntry(zip, a, 5))).toBe('hello');
    expect(readZipEntry(zip, b, 10_000).byteLength).toBe(10_000);
    expect(() => readZipEntry(zip, b, 9_999)).toThrow(ZipTooLargeError);
  });
});
