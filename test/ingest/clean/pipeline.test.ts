import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanWith } from '../../../src/ingest/clean/index.ts';
import { TEXT_FIXES, type TextFix } from '../../../src/ingest/clean/text-fixes.ts';
import type { ExtractedLine } from '../../../src/ingest/types.ts';
import { documentOf, textDocument } from './helpers.ts';

/** A three-page PDF as extraction gives it: a running header, a footer "Page N of 3", a sentence across a page break, a line-end hyphen, a heading in a larger font. */
function pdfLines(): ExtractedLine[] {
  const lines: { readonly page: number; readonly y: number; readonly line: ExtractedLine }[] = [];
  const at = (page: number, text: string, y: number, height = 10): void => {
    lines.push({ page, y, line: { text, page, geometry: { x: 72, y, height, pageWidth: 600, pageHeight: 800 } } });
  };
  for (let page = 1; page <= 3; page += 1) at(page, 'National Cyber\u200bsecurity Strategy 2024', 30, 8);
  at(1, 'Protecting Critical Infrastructure', 80, 16);
  at(1, 'Operators of essential services must report every serious', 110);
  at(1, 'incident within a day. The regulator will publish guid-', 122);
  at(1, 'ance on what counts as serious and will review the rules', 134);
  at(1, 'every two years with the operators and the', 146);
  at(2, 'public so that the rules stay proportionate.', 80);
  at(2, 'Building Skills', 110, 16);
  at(2, 'The eff orts of universities will be supported. The government will:', 140);
  at(2, '• fund secure-by-design courses;', 152);
  at(2, '• train two thousand staff by 2026.', 164);
  at(3, 'Schools will teach online safety from the age of seven.', 80);
  for (let page = 1; page <= 3; page += 1) at(page, `Page ${page} of 3`, 770, 8);
  return lines.sort((a, b) => a.page - b.page || a.y - b.y).map((l) => l.line);
}

describe('cleaning a PDF with line geometry', () => {
  const cleaned = cleanDocument(documentOf(pdfLines()));
  it('gives headings, paragraphs across the page break and list items, with their pages', () => {
    expect(cleaned.blocks).toEqual([
      { kind: 'heading', text: 'Protecting Critical Infrastructure', page: 1, level: 1 },
      {
        kind: 'paragraph',
        text: 'Operators of essential services must report every serious incident within a day. The regulator will publish guidance on what counts as serious and will review the rules every two years with the operators and the public so that the rules stay proportionate.',
        page: 1,
      },
      { kind: 'heading', text: 'Building Skills', page: 2, level: 1 },
      { kind: 'paragraph', text: 'The efforts of universities will be supported. The government will:', page: 2 },
      { kind: 'list-item', text: '• fund secure-by-design courses;', page: 2 },
      { kind: 'list-item', text: '• train two thousand staff by 2026.', page: 2 },
      { kind: 'paragraph', text: 'Schools will teach online safety from the age of seven.', page: 3 },
    ]);
  });
  it('reports what it removed and fixed, and nothing missing', () => {
    expect(cleaned.report).toMatchObject({
      headersFooters: 3,
      pageNumbers: 3,
      hyphenationsJoined: 1,
      ligaturesJoined: 1,
      invisibleRemoved: 3,
      missingWords: [],
      marked: {},
    });
    expect(cleaned.report.wordsExtracted - cleaned.report.wordsKept).toBe(3 * 4 + 3 * 4 + 1 + 1); // header and footer lines, and two words rejoined
    expect(cleaned.warnings).toEqual([]);
  });
  it('keeps the running header it removed: a title may stand only there', () => {
    expect(cleaned.runningLines).toEqual(['National Cybersecurity Strategy 2024']);
  });
});

/** Text extracted from a PDF: no pages, a running header and page numbers between pages, one inside a sentence. */
function extractedText(): string {
  const header = 'Samoa National Cybersecurity Strategy 2016 - 2021';
  const page = (n: number, body: string[]): string[] => [...body, '', `${header}  ${n}`, ''];
  const filler = (n: number): string[] => [
    `Goal ${n} asks the ministry to work with every agency on its plans and to report`,
    'on progress to the national council each year, in writing and in public.',
    'Agencies will share what they learn with the private sector and with',
    'the public, so that all can act on it.',
  ];
  return [
    'Acknowledgements',
    'We would like to thank the following agencies for their input:',
    '• The Ministry of Police',
    '• The Office of the Attorney General',
    ...page(1, ['Contents', 'Introduction ................................ 3', 'Goals ....................................... 4', ...filler(1), ...filler(1)]),
    ...page(2, ['INTRODUCTION', ...filler(2), ...filler(2), 'The strategy was adopted on March 09 of 201223 after a long consulta-']),
    ...page(3, ['tion with the public.', ...filler(3), ...filler(3), 'It aims at the effectiveness of cyber']),
    ...page(4, ['security controls over vital assets.', ...filler(4), ...filler(4)]),
    ...page(5, [...filler(5), ...filler(5)]),
    ...page(6, [...filler(6), ...filler(6)]),
    'Schools will teach online safety.',
  ].join('\n');
}

describe('cleaning text without pages', () => {
  const cleaned = cleanDocument(textDocument(extractedText()));
  const texts = cleaned.blocks.map((b) => b.text);
  it('removes the running header and page numbers, also inside a sentence, and joins the sentence again', () => {
    expect(cleaned.report.headersFooters).toBe(6);
    expect(texts.some((t) => t.includes('Samoa'))).toBe(false);
    expect(texts).toContain('The strategy was adopted on March 09 of 2012 after a long consultation with the public.');
    expect(texts).toContain('It aims at the effectiveness of cyber security controls over vital assets.');
    expect(cleaned.report).toMatchObject({ hyphenationsJoined: 1, footnoteMarkersSeparated: 1, missingWords: [] });
    // Kept as the document's running line, without the page numbers at its end (the years stay).
    expect(cleaned.runningLines).toEqual(['Samoa National Cybersecurity Strategy 2016 - 2021']);
  });
  it('marks the acknowledgements and the contents, and finds the heading', () => {
    expect(cleaned.blocks.filter((b) => b.kind === 'acknowledgements').map((b) => b.text)).toEqual([
      'We would like to thank the following agencies for their input:',
      '• The Ministry of Police',
      '• The Office of the Attorney General',
    ]);
    expect(cleaned.blocks.filter((b) => b.kind === 'toc').map((b) => b.text)).toEqual([
      'Contents Introduction ................................ 3 Goals ....................................... 4',
    ]);
    expect(cleaned.blocks).toContainEqual({ kind: 'heading', text: 'INTRODUCTION', page: null, level: 1 });
    expect(cleaned.report.marked).toEqual({ acknowledgements: 3, toc: 1 });
  });
  it('keeps every word but the removed layout', () => {
    expect(cleaned.report.wordsExtracted - cleaned.report.wordsKept).toBe(6 * 8 + 1); // six header lines, one word rejoined
  });
});

describe('cleaning text with form feeds (pages, no geometry)', () => {
  it('removes the lines repeated at the top of pages and the page numbers at their foot, and gives each block its page', () => {
    const page = (n: number, body: string): string => `Annual Cyber Report 2024\n${body}\n${n}`;
    const text = [
      page(1, 'The council met four times this year and agreed'),
      page(2, 'on a new plan for the protection of networks.'),
      page(3, 'Schools will teach online safety.'),
    ].join('\f');
    const cleaned = cleanDocument(textDocument(text));
    expect(cleaned.blocks).toEqual([
      { kind: 'paragraph', text: 'The council met four times this year and agreed on a new plan for the protection of networks.', page: 1 },
      { kind: 'paragraph', text: 'Schools will teach online safety.', page: 3 },
    ]);
    expect(cleaned.report).toMatchObject({ headersFooters: 3, pageNumbers: 3, missingWords: [] });
  });
});

describe('the nothing-lost check inside cleaning', () => {
  it('reports a word that a step drops, and warns naming it', () => {
    const dropsResilient: TextFix = (text) => ({ text: text.replace(/\bresilient /u, '') });
    const doc = textDocument('Singapore will build a resilient infrastructure.\nIt will also train people.');
    expect(cleanWith(doc, TEXT_FIXES).report.missingWords).toEqual([]);
    const cleaned = cleanWith(doc, [...TEXT_FIXES, dropsResilient]);
    expect(cleaned.report.missingWords).toEqual(['resilient']);
    expect(cleaned.warnings).toEqual(['1 word(s) of the extracted text are missing after cleaning: resilient']);
  });
});

describe('cleaning a structured format (HTML, DOCX)', () => {
  it('takes the blocks and kinds the format states, and removes no repeated line', () => {
    const lines: ExtractedLine[] = [
      { text: 'Our Strategy', page: null, hint: { kind: 'heading', level: 1 }, blockEnd: true },
      { text: 'The plan has three goals and runs until', page: null },
      { text: '2030.', page: null, blockEnd: true },
      { text: 'Protect networks', page: null, hint: { kind: 'list-item' }, blockEnd: true },
      { text: 'Train people', page: null, hint: { kind: 'list-item' }, blockEnd: true },
      { text: '| Goal | Lead |', page: null, hint: { kind: 'table-row' }, blockEnd: true },
      { text: '| Protect | CSA |', page: null, hint: { kind: 'table-row' }, blockEnd: true },
      ...Array.from({ length: 5 }, (): ExtractedLine => ({ text: 'Back to top', page: null, blockEnd: true })),
    ];
    const cleaned = cleanDocument(documentOf(lines, 'html'));
    expect(cleaned.blocks.slice(0, 5)).toEqual([
      { kind: 'heading', text: 'Our Strategy', page: null, level: 1 },
      { kind: 'paragraph', text: 'The plan has three goals and runs until 2030.', page: null },
      { kind: 'list-item', text: 'Protect networks', page: null },
      { kind: 'list-item', text: 'Train people', page: null },
      { kind: 'table', text: '| Goal | Lead | | Protect | CSA |', page: null },
    ]);
    expect(cleaned.blocks.filter((b) => b.text === 'Back to top')).toHaveLength(5);
    expect(cleaned.report).toMatchObject({ headersFooters: 0, pageNumbers: 0, missingWords: [], marked: { table: 1 } });
  });
});
