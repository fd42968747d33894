import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract/index.ts';
import type { ExtractedLine, LineGeometry } from '../../src/ingest/types.ts';
import { ENCRYPTED_PASSWORD, ENCRYPTED_TEXT, encryptedPdf } from './fixtures/encrypted-pdf.ts';
import { imagePdf, manyPagePdf, TWO_PAGE, twoPagePdf } from './fixtures/pdf.ts';
import { refusal, utf8 } from './support.ts';

const geometry = (line: ExtractedLine | undefined) => {
  expect(line?.geometry).toBeDefined();
  return line?.geometry ?? { x: 0, y: 0, height: 0, pageWidth: 0, pageHeight: 0 };
};

describe('a two-page PDF made in the test (running header, footer with page numbers, a hyphenated line end)', () => {
  it('gives every line verbatim, in reading order, on its page', async () => {
    const doc = await extractDocument(await twoPagePdf(), 'strategy.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.emptyPages).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(doc.lines.map((l) => [l.page, l.text])).toEqual([
      [1, TWO_PAGE.header],
      [1, TWO_PAGE.headings[0]],
      ...TWO_PAGE.paragraph1.map((t) => [1, t]),
      ...TWO_PAGE.paragraph2.map((t) => [1, t]),
      [1, 'Page 1 of 2'],
      [2, TWO_PAGE.header],
      [2, TWO_PAGE.headings[1]],
      ...TWO_PAGE.page2.map((t) => [2, t]),
      [2, 'Page 2 of 2'],
    ]);
    // Not cleaned: the hyphen stays at the line end for the cleaning stage to judge.
    expect(doc.lines.find((l) => l.text.endsWith('cyber-'))).toBeDefined();
  });

  it('places each line on its page: header at the top, footer at the bottom, the heading in a larger font', async () => {
    const doc = await extractDocument(await twoPagePdf(), 'strategy.pdf');
    const [header, heading, body] = [0, 1, 2].map((i) => geometry(doc.lines[i])) as [LineGeometry, LineGeometry, LineGeometry];
    const footer = geometry(doc.lines.find((l) => l.text === 'Page 1 of 2'));
    const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(header).toEqual({
      x: 72,
      y: 42,
      height: 9,
      width: expect.closeTo(helvetica.widthOfTextAtSize(TWO_PAGE.header, 9), 0),
      pageWidth: 595,
      pageHeight: 842,
    });
    expect(header.y).toBeLessThan(heading.y);
    expect(heading.y).toBeLessThan(body.y);
    expect(footer.y).toBeGreaterThan(0.9 * footer.pageHeight);
    expect(heading.height).toBe(18);
    expect(body.height).toBe(11);
    expect(heading.height).toBeGreaterThan(body.height);
  });

  it('ends a block where the gap to the next line is wider than the line spacing, or the font changes', async () => {
    const doc = await extractDocument(await twoPagePdf(), 'strategy.pdf');
    const ends = Object.fromEntries(doc.lines.filter((l) => l.page === 1).map((l) => [l.text, l.blockEnd === true]));
    expect(ends).toEqual({
      [TWO_PAGE.header]: true,
      [TWO_PAGE.headings[0]]: true,
      [TWO_PAGE.paragraph1[0]]: false,
      [TWO_PAGE.paragraph1[1]]: false,
      [TWO_PAGE.paragraph1[2]]: true,
      [TWO_PAGE.paragraph2[0]]: true,
      // The page's last line is left open: a paragraph may run on to the next page.
      'Page 1 of 2': false,
    });
  });

  it('reads the metadata: title, author, creation date as the published date, language', async () => {
    const doc = await extractDocument(await twoPagePdf(), 'strategy.pdf');
    expect(doc.metadata).toEqual({ title: TWO_PAGE.title, author: TWO_PAGE.author, published: '2024-03-05', language: 'en-GB' });
  });

  it('puts a space between runs where their positions show a gap, none where they touch, and keeps a superscript on its line', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([400, 400]);
    const at = (text: string, x: number, y = 300, size = 11) => page.drawText(text, { x, y, size, font });
    const w = (text: string, size = 11) => font.widthOfTextAtSize(text, size);
    at('Section', 50);
    at('3.1', 50 + w('Section') + 4);
    at('cyber', 50, 280);
    at('security', 50 + w('cyber'), 280);
    at('incidents', 50, 260);
    at('12', 50 + w('incidents'), 264, 6);
    at('in 2024.', 50 + w('incidents') + w('12', 6) + 3, 260);
    const doc = await extractDocument(await pdf.save(), 'runs.pdf');
    expect(doc.lines.map((l) => l.text)).toEqual(['Section 3.1', 'cybersecurity', 'incidents12 in 2024.']);
  });
});

describe('PDFs that cannot be read', () => {
  it('refuses an encrypted PDF, naming the file and what to do', async () => {
    const bytes = encryptedPdf();
    // The fixture is a real encrypted PDF: with its password pdf.js reads the text.
    const opened = await getDocument({ data: new Uint8Array(bytes), password: ENCRYPTED_PASSWORD, isEvalSupported: false }).promise;
    const content = await (await opened.getPage(1)).getTextContent();
    expect(content.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe(ENCRYPTED_TEXT);
    await opened.destroy();

    const error = await refusal(extractDocument(bytes, 'annex.pdf'));
    expect(error.problem).toBe('encrypted');
    expect(error.file).toBe('annex.pdf');
    expect(error.message).toMatch(/^policy-bot ingest: annex\.pdf: .*password/u);
  });

  it('refuses a corrupt PDF', async () => {
    const error = await refusal(extractDocument(utf8(`%PDF-1.7\n${'garbage 1 0 obj << /Broken '.repeat(40)}`), 'broken.pdf'));
    expect(error.problem).toBe('corrupt');
    expect(error.detail).toMatch(/damaged or incomplete/u);
  });

  it('refuses a PDF whose pages are all images (scanned), saying it needs OCR', async () => {
    const error = await refusal(extractDocument(await imagePdf(2), 'scan.pdf'));
    expect(error.problem).toBe('scanned');
    expect(error.detail).toMatch(/none of its 2 pages has a text layer.*OCR/u);
  });

  it('reads the pages that have text and lists those that need OCR', async () => {
    const doc = await extractDocument(await imagePdf(4, [1, 4]), 'partly-scanned.pdf');
    expect(doc.pages).toBe(4);
    expect(doc.emptyPages).toEqual([2, 3]);
    expect(doc.warnings).toEqual(['pages 2, 3 have no text layer: they need OCR']);
    expect(doc.lines.map((l) => [l.page, l.text])).toEqual([
      [1, 'Text on page 1.'],
      [4, 'Text on page 4.'],
    ]);
  });

  it('refuses a PDF over the page limit before reading its pages', async () => {
    const bytes = await manyPagePdf(5);
    const error = await refusal(extractDocument(bytes, 'long.pdf', { maxBytes: 1024 * 1024, maxPages: 4 }));
    expect(error.problem).toBe('too-large');
    expect(error.detail).toMatch(/5 pages, over the limit of 4/u);
    expect((await extractDocument(bytes, 'long.pdf', { maxBytes: 1024 * 1024, maxPages: 5 })).pages).toBe(5);
  });
});
