/**
 * Proximity (proximity.ts): the smallest window of words holding one of
 * each matched term, the factor it gives, and the order it makes among
 * passages that match the same terms.
 */
import { describe, expect, it } from 'vitest';
import { ATLANTIS_ACTORS, answeringOver, atlantisDocument, fillerDocuments } from '../support/atlantis.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { groupsOf, PROXIMITY_WEIGHT, proximityFactor, smallestWindow } from '../../src/search/proximity.ts';

const set = (...terms: string[]) => new Set(terms);

describe('the smallest window', () => {
  it('counts the words from the first to the last of the closest occurrences, stop words included', () => {
    expect(smallestWindow('Quantum computing threatens cryptography.', [set('quantum'), set('cryptographi')])).toBe(4);
    // The later, closer pair wins over the first occurrences.
    expect(smallestWindow('Quantum research is funded. Later, quantum cryptography is studied.', [set('quantum'), set('cryptographi')])).toBe(2);
    expect(smallestWindow('Quantum research is funded.', [set('quantum'), set('cryptographi')])).toBeUndefined();
  });

  it('takes any index term of a group (a prefix or typo match stands for its query term)', () => {
    expect(smallestWindow('Secure software and securing networks', [set('secur', 'secure'), set('network')])).toBe(2);
  });

  it('gives 1 + the weight side by side, less when spread, 1 for fewer than two terms', () => {
    expect(proximityFactor('quantum cryptography', [set('quantum'), set('cryptographi')])).toBeCloseTo(1 + PROXIMITY_WEIGHT, 9);
    const spread = proximityFactor('quantum is a field where after some years cryptography', [set('quantum'), set('cryptographi')]);
    expect(spread).toBeGreaterThan(1);
    expect(spread).toBeLessThan(1 + PROXIMITY_WEIGHT / 5);
    expect(proximityFactor('quantum cryptography', [set('quantum')])).toBe(1);
  });

  it('groups index terms by the query term they stand for', () => {
    expect(groupsOf(['secur', 'network'], ['secur', 'security', 'networks', 'netwrok', 'zebra'])).toEqual([
      set('secur', 'security'),
      set('networks', 'netwrok'),
    ]);
  });
});

describe('proximity in answering', () => {
  // As many words, each once: only where the two rare terms stand differs (and the other words, so that they are not near-duplicates).
  const scattered = 'Quantum physics laboratories receive grants from universities each spring, while colleges also examine why cryptography matters.';
  const together = 'Physics research gets money from the ministry every year, and the agency also studies how quantum cryptography is taught.';
  const { ask } = answeringOver([atlantisDocument('scattered', scattered), atlantisDocument('together', together), ...fillerDocuments()]);

  it('ranks the passage with the terms side by side first, its excerpt still verbatim', () => {
    const r = ask('quantum cryptography', 2);
    expect(r.results.map((h) => h.passage.docId)).toEqual(['together', 'scattered']);
    for (const h of r.results) expect(h.passage.text).toContain(h.excerpt.text);
  });
});

describe('proximity through an acronym', () => {
  // "CII" and "sectors" once each; beside each other in the longer passage, apart in the shorter, which BM25 alone puts first.
  const apart = 'The CII register is kept by the agency, and each year the ministry names sectors.';
  const beside = 'The agency keeps the register, and every year the ministry names new CII sectors for banks.';
  const planner = new QueryPlanner({ actors: ATLANTIS_ACTORS, glossary: [{ term: 'CII', means: ['critical information infrastructure'] }] });
  const { ask } = answeringOver([atlantisDocument('apart', apart), atlantisDocument('beside', beside), ...fillerDocuments()], planner);

  it('counts the acronym a glossary added for the long form asked, beside the question’s other words', () => {
    const r = ask('Which sectors does Atlantis add to its critical information infrastructure?', 2);
    expect(r.results.map((h) => h.passage.docId)).toEqual(['beside', 'apart']);
  });
});
