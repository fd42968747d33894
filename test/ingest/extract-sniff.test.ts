import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract/index.ts';
import { sniffFormat } from '../../src/ingest/extract/sniff.ts';
import { sampleDocx } from './fixtures/docx.ts';
import { ARTICLE_PAGE } from './fixtures/html.ts';
import { tinyPng, twoPagePdf } from './fixtures/pdf.ts';
import { refusal, utf8 } from './support.ts';

describe('the format comes from the bytes', () => {
  it('tells PDF, DOCX, HTML, Markdown and text apart whatever the file is called', async () => {
    expect(sniffFormat(await twoPagePdf())).toEqual({ format: 'pdf' });
    expect(sniffFormat(sampleDocx())).toEqual({ format: 'docx' });
    expect(sniffFormat(utf8(ARTICLE_PAGE))).toEqual({ format: 'html' });
    expect(sniffFormat(utf8('<!-- saved from url=(0042)https://example.org/ -->\n<html><body><p>x</p></body></html>'))).toEqual({ format: 'html' });
    expect(sniffFormat(utf8('---\ntitle: T\n---\nBody'))).toEqual({ format: 'markdown' });
    expect(sniffFormat(utf8('Plain text about <b> tags and # signs.'))).toEqual({ format: 'text' });
  });

  it('names what the bytes look like when ingest reads none of them', () => {
    expect(sniffFormat(tinyPng())).toEqual({ format: null, looksLike: 'a PNG image' });
    expect(sniffFormat(zipSync({ 'xl/workbook.xml': utf8('<workbook/>') }))).toEqual({ format: null, looksLike: 'an Excel workbook (.xlsx)' });
    expect(sniffFormat(new Uint8Array([1, 2, 3, 0, 0, 250, 7, 8, 9, 0, 1, 2]))).toEqual({ format: null, looksLike: 'binary data' });
  });
});

describe('bad input', () => {
  it('refuses an empty file', async () => {
    const error = await refusal(extractDocument(new Uint8Array(0), 'empty.pdf'));
    expect(error.problem).toBe('empty');
    expect(error.message).toBe('policy-bot ingest: empty.pdf: the file is empty (0 bytes): check that it was saved or downloaded completely.');
  });

  it('refuses a text file with no text in it', async () => {
    const error = await refusal(extractDocument(utf8('\n\n   \r\n'), 'blank.txt'));
    expect(error.problem).toBe('empty');
  });

  it('refuses an oversized file by its size, before parsing anything', async () => {
    // Bytes that would be refused as unsupported if they were looked at: the size check comes first.
    const error = await refusal(extractDocument(new Uint8Array(2048).fill(0xff), 'huge.pdf', { maxBytes: 1024, maxPages: 10 }));
    expect(error.problem).toBe('too-large');
    expect(error.detail).toMatch(/it is 2 KB, over the limit of 1 KB/u);
  });

  it('reads a file whose extension lies by its bytes, and warns', async () => {
    const doc = await extractDocument(await twoPagePdf(), 'strategy.docx');
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.warnings[0]).toBe('its name says Word (DOCX) (.docx) but its bytes are PDF: it was read as PDF');
    const page = await extractDocument(utf8(ARTICLE_PAGE), 'strategy.txt');
    expect(page.format).toBe('html');
    expect(page.warnings[0]).toMatch(/its name says plain text \(\.txt\) but its bytes are HTML/u);
  });

  it('refuses a file whose extension claims a format its bytes are not, naming both', async () => {
    const error = await refusal(extractDocument(tinyPng(), 'strategy.pdf'));
    expect(error.problem).toBe('wrong-extension');
    expect(error.detail).toMatch(/^its name says PDF \(\.pdf\) but its bytes are a PNG image, not PDF/u);
  });

  it('refuses a file of a format ingest does not read, saying which it reads', async () => {
    const error = await refusal(extractDocument(tinyPng(), 'scan.png'));
    expect(error.problem).toBe('unsupported-format');
    expect(error.detail).toMatch(/^it is a PNG image; ingest reads PDF, HTML .*Word \(\.docx\)/u);
  });

  it('refuses a password-protected Word file (an encrypted compound file) as encrypted', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const body = new Uint8Array([...header, ...new Uint8Array(504), ...Buffer.from('EncryptionInfo', 'utf16le')]);
    const error = await refusal(extractDocument(body, 'protected.docx'));
    expect(error.problem).toBe('encrypted');
    expect(error.detail).toMatch(/password-protected Office document: remove the password/u);
  });
});
