import { describe, expect, it } from 'vitest';
import { markLayout, type TextBlock } from '../../../src/ingest/clean/layout-kinds.ts';

const blocks = (...spec: [TextBlock['kind'], string][]): TextBlock[] => spec.map(([kind, text]) => ({ kind, text, page: null }));

describe('layout blocks marked', () => {
  it('marks dot-leader contents, ISBN and copyright blocks', () => {
    const b = blocks(
      ['paragraph', 'Executive Summary ........................ 4 Goals ......... 7'],
      ['paragraph', 'Copyright © 2021 by the Agency. All rights reserved.'],
      ['paragraph', 'ISBN: 978-981-18-2258-2'],
      ['paragraph', 'The strategy protects copyright holders and creators online.'],
    );
    expect(markLayout(b, new Set())).toEqual({ toc: 1, copyright: 2 });
    expect(b.map((x) => x.kind)).toEqual(['toc', 'copyright', 'copyright', 'paragraph']);
  });

  it('marks an acknowledgement list and its introducing sentence, and stops at the first real paragraph', () => {
    const b = blocks(
      ['paragraph', 'We would like to thank the following individuals, groups, and agencies for their valuable input:'],
      ['list-item', '• The Ministry of Defence'],
      ['list-item', '• The Singapore Police Force'],
      ['paragraph', 'Five years ago, we launched the first strategy. The world is now a different place.'],
    );
    expect(markLayout(b, new Set())).toEqual({ acknowledgements: 3 });
    expect(b.map((x) => x.kind)).toEqual(['acknowledgements', 'acknowledgements', 'acknowledgements', 'paragraph']);
  });

  it('marks the entries under an Acknowledgements heading, not the heading', () => {
    const b = blocks(['heading', 'Acknowledgements'], ['paragraph', 'Ministry of Communications'], ['paragraph', 'National Police'], ['heading', 'Foreword']);
    markLayout(b, new Set());
    expect(b.map((x) => x.kind)).toEqual(['heading', 'acknowledgements', 'acknowledgements', 'heading']);
  });

  it('leaves a list that a sentence of thanks does not introduce', () => {
    const b = blocks(['paragraph', 'The government will:'], ['list-item', '• train staff'], ['list-item', '• fund research']);
    expect(markLayout(b, new Set())).toEqual({});
  });

  it('marks reference lists under their heading and footnote texts whose marker was found', () => {
    const b = blocks(
      ['paragraph', 'Body text.'],
      ['paragraph', '17 For example, cases where information leaked.'],
      ['paragraph', '18 agencies took part in the exercise.'],
      ['heading', 'References'],
      ['paragraph', 'Smith, J. (2019). Cyber norms. Journal 4(2).'],
      ['heading', 'Annex'],
    );
    expect(markLayout(b, new Set(['17']))).toEqual({ references: 2 });
    const headingLike = blocks(['heading', '34 February 2, 2006 Information Security Policy Council'], ['heading', '3 Prioritised Areas']);
    markLayout(headingLike, new Set(['34', '3']));
    expect(headingLike.map((x) => x.kind)).toEqual(['references', 'heading']);
    expect(b.map((x) => x.kind)).toEqual(['paragraph', 'references', 'paragraph', 'heading', 'references', 'heading']);
  });

  it('keeps kinds already found from the lines (tables, contents)', () => {
    const b = blocks(['table', '| a | b |'], ['toc', 'Contents Introduction 1']);
    expect(markLayout(b, new Set())).toEqual({ table: 1, toc: 1 });
  });
});
