import { describe, expect, it } from 'vitest';
import { removeLayoutLines } from '../../../src/ingest/clean/layout-lines.ts';
import { isPageNumberLine, pageNumberRun } from '../../../src/ingest/clean/page-numbers.ts';
import { runningKey } from '../../../src/ingest/clean/running-lines.ts';
import { findTocLines } from '../../../src/ingest/clean/toc.ts';
import { workLine } from '../../../src/ingest/clean/work-line.ts';
import type { ExtractedLine } from '../../../src/ingest/types.ts';
import { bodyLines, workLines } from './helpers.ts';

const common = (w: string): boolean => ['of', 'and', 'the', 'to'].includes(w.toLowerCase());
const HEADER = 'Malaysia Cyber Security Strategy 2020-2024';

/** A text of `pages` pages of body lines, with the header and a page number between pages. */
function unpagedText(pages: number, between: (page: number) => string[]): string {
  const out: string[] = [];
  for (let p = 1; p <= pages; p += 1) {
    out.push(...bodyLines(6, `page ${p}`));
    if (p < pages) out.push(...between(p));
  }
  return out.join('\n');
}

describe('running lines and page numbers in text without pages', () => {
  it('finds the constant part of a running line whatever its page number', () => {
    expect(runningKey('14 | Malaysia Cyber Security Strategy 2020-2024')).toBe(runningKey('Malaysia Cyber Security Strategy 2020-2024 | 15'));
    expect(runningKey('Samoa National Cybersecurity Strategy 2016 - 2021  7')).toBe(runningKey('Samoa National Cybersecurity Strategy 2016 - 2021  12'));
  });

  it('removes a header repeated through the document, and the sentence around it runs on', () => {
    const text = unpagedText(8, (p) =>
      p === 3 ? ['ensure the effectiveness of cyber', '', `| ${HEADER}`, '', 'security controls over vital assets.'] : ['', `${p} | ${HEADER}`, ''],
    );
    const r = removeLayoutLines(workLines(text), { format: 'text', pages: null }, common);
    expect(r.removed.filter((x) => x.reason === 'header-footer')).toHaveLength(7);
    expect(r.lines.some((l) => l.text.includes('Malaysia'))).toBe(false);
    const before = r.lines.find((l) => l.text === 'ensure the effectiveness of cyber');
    expect(before?.pageBreakAfter).toBe(true);
    expect(r.lines.map((l) => l.text)).toContain('security controls over vital assets.');
  });

  it('removes a header with OCR noise for its page number, but not a sentence that runs into the header text', () => {
    const text = unpagedText(7, (p) => ['', p === 2 ? `ae | ${HEADER}` : `${HEADER} | ${p}`, '']) + `\nThe plan is the\n${HEADER} and`;
    const r = removeLayoutLines(workLines(text), { format: 'text', pages: null }, common);
    expect(r.removed.map((x) => x.text)).toContain(`ae | ${HEADER}`);
    expect(r.lines.map((l) => l.text)).toContain(`${HEADER} and`);
  });

  it('keeps a line repeated only a few times or only in one place', () => {
    const text = unpagedText(8, (p) => (p < 3 ? ['Key Actions for this pillar'] : []));
    expect(removeLayoutLines(workLines(text), { format: 'text', pages: null }, common).removed).toEqual([]);
  });

  it('removes bare page numbers that rise through the document, not numbers of a chart', () => {
    const text = unpagedText(6, (p) => ['', String(p + 1), '']) + '\nAgencies in 2013\n96\nAgencies in 2017\n100';
    const r = removeLayoutLines(workLines(text), { format: 'text', pages: null }, common);
    expect(r.removed.map((x) => x.text)).toEqual(['2', '3', '4', '5', '6']);
    expect(r.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['96', '100']));
  });

  it('recognises lines that say they are page numbers', () => {
    for (const t of ['Page 2 of 21', 'page 3', '- 7 -', '3 | P a g e', '12 / 40']) expect(isPageNumberLine(t)).toBe(true);
    for (const t of ['2 agencies', 'Chapter 3', '2020']) expect(isPageNumberLine(t)).toBe(false);
  });

  it('takes the longest rising run as the page numbering', () => {
    const run = pageNumberRun([
      { index: 1, value: 1 },
      { index: 5, value: 2 },
      { index: 7, value: 96 },
      { index: 9, value: 3 },
      { index: 12, value: 100 },
      { index: 14, value: 5 },
    ]);
    expect([...run].sort((a, b) => a - b)).toEqual([1, 5, 9, 14]);
  });
});

describe('tables of contents among the lines', () => {
  it('finds dot-leader lines and the title-then-number runs of a contents page, and keeps their numbers', () => {
    const lines = workLines(
      [
        'Contents',
        'Executive Summary ........................ 4',
        'Goals ..................................... 7',
        'Overview of the Strategy',
        '1',
        'Introduction',
        '5',
        'Chapter 1: Build Resilient',
        'Infrastructure',
        '13',
        'Conclusion',
        '57',
        'Body text starts here and runs on.',
      ].join('\n'),
    );
    expect([...findTocLines(lines)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const r = removeLayoutLines(lines, { format: 'text', pages: null }, common);
    expect(r.removed).toEqual([]);
    expect(r.lines.filter((l) => l.toc)).toHaveLength(12);
  });
});

describe('running lines with pages', () => {
  const line = (text: string, page: number, y: number): ExtractedLine => ({ text, page, geometry: { x: 72, y, height: 10, pageWidth: 600, pageHeight: 800 } });
  it('removes lines repeated at the top or bottom of pages (digits aside) and page numbers there, by geometry', () => {
    const lines: ExtractedLine[] = [];
    for (let p = 1; p <= 4; p += 1) {
      lines.push(
        line('National Strategy 2024', p, 30),
        line(`Body text of page ${p} talks about the National Strategy 2024.`, p, 100),
        line(`More body on page ${p}.`, p, 400),
        line(`Page ${p} of 4`, p, 770),
        line(String(p), p, 785),
      );
    }
    const r = removeLayoutLines(
      lines.map((l) => workLine(l, l.text)),
      { format: 'pdf', pages: 4 },
      common,
    );
    expect(r.removed.filter((x) => x.reason === 'header-footer').map((x) => x.text)).toEqual([
      'National Strategy 2024',
      'National Strategy 2024',
      'National Strategy 2024',
      'National Strategy 2024',
    ]);
    expect(r.removed.filter((x) => x.reason === 'page-number').map((x) => x.text)).toEqual([
      'Page 1 of 4',
      '1',
      'Page 2 of 4',
      '2',
      'Page 3 of 4',
      '3',
      'Page 4 of 4',
      '4',
    ]);
    expect(r.lines.map((l) => l.text).filter((t) => t.startsWith('Body'))).toHaveLength(4);
  });
});
