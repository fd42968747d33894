import { describe, expect, it } from 'vitest';
import { headingLevelOf, listMarker } from '../../../src/ingest/clean/line-kinds.ts';
import { buildBlocks } from '../../../src/ingest/clean/paragraphs.ts';
import { workLine } from '../../../src/ingest/clean/work-line.ts';
import type { ExtractedLine } from '../../../src/ingest/types.ts';
import { workLines } from './helpers.ts';

const shape = (text: string) => buildBlocks(workLines(text)).map((b) => [b.kind, b.lines.join(' '), ...(b.level === undefined ? [] : [b.level])]);

describe('blocks from hard-wrapped text', () => {
  it('rebuilds paragraphs from line length and sentence ends, with headings and list items', () => {
    const text = [
      '1. INTRODUCTION',
      'The digital economy depends on networks that are secure and on people',
      'who trust them. This strategy sets out how the country will protect',
      'them over the next five years.',
      'Five years ago the first strategy was adopted and many of its actions',
      'were completed on time. The government will now build on that work:',
      '• protect critical information infrastructure and government',
      'systems from attack;',
      '• grow a skilled cybersecurity workforce;',
      '(iii) Strengthen international partnerships.',
      'Building Resilient Infrastructure',
      'Operators of essential services will report incidents within a day.',
    ].join('\n');
    expect(shape(text)).toEqual([
      ['heading', '1. INTRODUCTION', 1],
      [
        'paragraph',
        'The digital economy depends on networks that are secure and on people who trust them. This strategy sets out how the country will protect them over the next five years.',
      ],
      [
        'paragraph',
        'Five years ago the first strategy was adopted and many of its actions were completed on time. The government will now build on that work:',
      ],
      ['list-item', '• protect critical information infrastructure and government systems from attack;'],
      ['list-item', '• grow a skilled cybersecurity workforce;'],
      ['list-item', '(iii) Strengthen international partnerships.'],
      ['heading', 'Building Resilient Infrastructure', 2],
      ['paragraph', 'Operators of essential services will report incidents within a day.'],
    ]);
  });

  it('joins a sentence across a removed page break, and keeps a paragraph end there when the sentence ended', () => {
    // The first two lines each end where a page broke.
    const lines = workLines(
      ['ensure the effectiveness of cyber', 'security controls over vital assets.', 'A new paragraph starts on the next page.'].join('\n'),
    ).map((line, i) => (i < 2 ? { ...line, blockEnd: true, pageBreakAfter: true } : line));
    expect(buildBlocks(lines).map((b) => b.lines.join(' '))).toEqual([
      'ensure the effectiveness of cyber security controls over vital assets.',
      'A new paragraph starts on the next page.',
    ]);
  });

  it('puts a marker alone on its line with its item, and a capitalised line inside a sentence stays in it', () => {
    expect(shape('(i)\nBuild a resilient infrastructure;\nWe launched the first Singapore\nCybersecurity Strategy in 2016.')).toEqual([
      ['list-item', '(i) Build a resilient infrastructure;'],
      ['paragraph', 'We launched the first Singapore Cybersecurity Strategy in 2016.'],
    ]);
  });

  it('keeps table rows and contents lines in blocks of their own', () => {
    const lines = workLines('Intro sentence here.\n| Chapter | Action | Lead\n| 4.1 | Train staff | ONSA\nAfter the table.');
    expect(buildBlocks(lines).map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
  });
});

describe('blocks from PDF line geometry', () => {
  const at = (text: string, y: number, height = 10, x = 72): ExtractedLine => ({ text, page: 1, geometry: { x, y, height, pageWidth: 600, pageHeight: 800 } });
  it('ends a paragraph at a wider gap and makes a larger font a heading', () => {
    const lines = [
      at('Building Trust', 60, 18),
      at('Cyberspace must be safe for all. It is', 90),
      at('where we live and work', 102),
      at('Every citizen has a part to play in it and', 130),
      at('every business too.', 142),
      at('Online Safety', 170, 14),
      at('Children need protection online.', 195),
    ].map((l) => workLine(l, l.text));
    expect(buildBlocks(lines).map((b) => [b.kind, b.lines.join(' '), b.level])).toEqual([
      ['heading', 'Building Trust', 1],
      ['paragraph', 'Cyberspace must be safe for all. It is where we live and work', undefined],
      ['paragraph', 'Every citizen has a part to play in it and every business too.', undefined],
      ['heading', 'Online Safety', 2],
      ['paragraph', 'Children need protection online.', undefined],
    ]);
  });
});

describe('line kinds', () => {
  it('reads list markers', () => {
    for (const t of ['2.1. item', '3.2 item', '• item', '◦ item', '▪ item', '- item', '1. item', '2) item', 'a) item', '(iv) item', '\uf0b7 item'])
      expect(listMarker(t)).toBeDefined();
    for (const t of ['2020 was a year', '-5 degrees', 'item • item', '3.5% of GDP']) expect(listMarker(t)).toBeUndefined();
  });
  it('reads heading levels from numbering, capitals and title case', () => {
    expect(headingLevelOf('2.3 Protecting Critical Infrastructure')).toBe(2);
    expect(headingLevelOf('Chapter 2: Enable a Safer Cyberspace')).toBe(1);
    expect(headingLevelOf('STRATEGIC PILLARS')).toBe(1);
    expect(headingLevelOf('Key Shifts in our Cyber Operating Environment')).toBe(2);
    expect(headingLevelOf('① Ensuring free flow of information')).toBe(3);
    expect(headingLevelOf('[More severe risks]')).toBe(3);
    expect(headingLevelOf('Under the Plan, the National Cyber')).toBeUndefined();
    expect(headingLevelOf('The government will act.')).toBeUndefined();
    expect(headingLevelOf('Overview of the')).toBeUndefined();
    expect(headingLevelOf('the strategy continues here')).toBeUndefined();
  });
});
