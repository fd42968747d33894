/**
 * Acronyms as text recognition misreads them (ocr-variants.ts): a question's
 * "CII" also finds the scanned passage's "Cll", and only an acronym with a
 * capital I is read so.
 */
import { describe, expect, it } from 'vitest';
import { ATLANTIS_ACTORS, answeringOver, atlantisDocument, fillerDocuments } from '../support/atlantis.ts';
import { MAX_OCR_VARIANTS, ocrVariants } from '../../src/search/ocr-variants.ts';
import { QueryPlanner } from '../../src/search/plan.ts';

describe('OCR variants of an acronym', () => {
  it('reads some of its capital I’s as lower-case l’s, one misread letter first', () => {
    expect(ocrVariants('CII')).toEqual(['ClI', 'CIl', 'Cll']);
    expect(ocrVariants('CNII')).toEqual(['CNlI', 'CNIl', 'CNll']);
    expect(ocrVariants('NATO')).toEqual([]);
    expect(ocrVariants('IIIII')).toHaveLength(MAX_OCR_VARIANTS);
  });

  const actors = ATLANTIS_ACTORS;
  const planner = new QueryPlanner({ actors, glossary: [] });

  it('adds them to the plan as expansions of the acronym, its plural included', () => {
    const plan = planner.plan('Who protects the CIIs of Atlantis?');
    expect(plan.expansions.filter((e) => e.found === 'CII').flatMap((e) => e.addedTerms)).toEqual(['cli', 'cil', 'cll']);
    expect(planner.plan('Who protects the infrastructure?').expansions).toEqual([]);
  });

  it('finds the scanned passage that spells the acronym with l’s', () => {
    const { ask } = answeringOver(
      [atlantisDocument('scanned', 'Computer emergency response teams will be registered in all Clls by the agency.'), ...fillerDocuments()],
      planner,
    );
    const r = ask('Who registers teams in the CIIs of Atlantis?');
    expect(r.abstained).toBe(false);
    expect(r.results[0]?.passage.docId).toBe('scanned');
  });
});
