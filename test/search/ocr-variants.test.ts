/**
 * Acronyms as text recognition misreads them (ocr-variants.ts): a question's
 * "CII" also finds the scanned passage's "Cll", and only an acronym with a
 * capital I is read so.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { answer } from '../../src/search/answer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { MAX_OCR_VARIANTS, ocrVariants } from '../../src/search/ocr-variants.ts';
import { QueryPlanner } from '../../src/search/plan.ts';

describe('OCR variants of an acronym', () => {
  it('reads some of its capital I’s as lower-case l’s, one misread letter first', () => {
    expect(ocrVariants('CII')).toEqual(['ClI', 'CIl', 'Cll']);
    expect(ocrVariants('CNII')).toEqual(['CNlI', 'CNIl', 'CNll']);
    expect(ocrVariants('NATO')).toEqual([]);
    expect(ocrVariants('IIIII')).toHaveLength(MAX_OCR_VARIANTS);
  });

  const actors: Actor[] = [{ id: 'atlantis', name: 'Atlantis', kind: 'state', aliases: [] }];
  const planner = new QueryPlanner({ actors, glossary: [] });

  it('adds them to the plan as expansions of the acronym, its plural included', () => {
    const plan = planner.plan('Who protects the CIIs of Atlantis?');
    expect(plan.expansions.filter((e) => e.found === 'CII').flatMap((e) => e.addedTerms)).toEqual(['cli', 'cil', 'cll']);
    expect(planner.plan('Who protects the infrastructure?').expansions).toEqual([]);
  });

  it('finds the scanned passage that spells the acronym with l’s', () => {
    const doc = (id: string, text: string) => ({
      id,
      title: 'Atlantis strategy 2021',
      actor: 'atlantis',
      topics: [],
      source: { publisher: 'p', title: 't', url: 'https://example.org/', retrieved: '2021-01-01' },
      file: `${id}.md`,
      paragraphs: [text],
    });
    const passages = chunkDocuments(
      [
        doc('scanned', 'Computer emergency response teams will be registered in all Clls by the agency.'),
        ...Array.from({ length: 8 }, (_, i) => doc(`f${i}`, `Filler paragraph ${i} about harbours and ships.`)),
      ],
      new Map([['atlantis', 'Atlantis']]),
    );
    const index = SearchIndex.build(passages);
    const r = answer(planner.plan('Who registers teams in the CIIs of Atlantis?'), index, new Map(passages.map((p) => [p.id, p])), { limit: 3, offset: 0 });
    expect(r.abstained).toBe(false);
    expect(r.results[0]?.passage.docId).toBe('scanned');
  });
});
