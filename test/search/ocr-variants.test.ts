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

  const withGlossary = new QueryPlanner({ actors, glossary: [{ term: 'CII', means: ['critical information infrastructure'] }] });

  it('adds the misreadings of an acronym the glossary added for the long form typed, standing for the long form', () => {
    const plan = withGlossary.plan('Who protects the critical information infrastructure of Atlantis?');
    const variants = plan.expansions.filter((e) => e.addedTerms.length === 1 && ['cli', 'cil', 'cll'].includes(e.addedTerms[0] ?? ''));
    expect(variants.map((e) => e.added[0])).toEqual(['ClI', 'CIl', 'Cll']);
    for (const e of variants) expect(e.foundTerms).toEqual(['critic', 'inform', 'infrastructur']);
    // None for a glossary acronym without a capital I, nor where no glossary entry was found.
    expect(withGlossary.plan('Who protects the harbours of Atlantis?').expansions).toEqual([]);
  });

  it('finds the scanned passage that writes the acronym with l’s for a question typing the long form, the long form matched', () => {
    const { ask } = answeringOver(
      [atlantisDocument('scanned', 'Response teams will be registered in all Cll sectors by the agency.'), ...fillerDocuments()],
      withGlossary,
    );
    const r = ask('Who registers response teams for the critical information infrastructure of Atlantis?');
    expect(r.results[0]?.passage.docId).toBe('scanned');
    // "Cll" stands for the long form: without it, the passage matches "response", "teams" and "registers" only.
    expect(r.results[0]?.evidence).toBe(1);
  });
});
