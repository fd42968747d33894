/**
 * "Cyber" alone also searched as "cybersecurity" (cyber-alone.ts): only
 * where the question writes it alone, never where it opens a compound
 * written apart, and only when the index knows the compound.
 */
import { describe, expect, it } from 'vitest';
import { withCyberMeant } from '../../src/search/cyber-alone.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { ATLANTIS_ACTORS, answeringOver, atlantisDocument, fillerDocuments } from '../support/atlantis.ts';

const planner = new QueryPlanner({ actors: ATLANTIS_ACTORS, glossary: [] });
const knowing = (...terms: string[]) => ({ documentFrequency: (t: string) => (terms.includes(t) ? 3 : 0) });
const vocabulary = knowing('cyber', 'cybersecur', 'cybercrim', 'cyberattack', 'secur', 'risk');
const added = (question: string, v = vocabulary) =>
  withCyberMeant(planner.plan(question), v)
    .expansions.filter((e) => e.found === 'cyber')
    .flatMap((e) => e.addedTerms);

describe('"cyber" alone', () => {
  it('is also searched as "cybersecurity", an expansion of "cyber"', () => {
    expect(added('What are the cyber risks of Atlantis?')).toEqual(['cybersecur']);
    expect(added('Does Atlantis teach cyber hygiene in schools?')).toEqual(['cybersecur']);
  });

  it('is not where it opens a compound written apart, even misspelt, nor when the index lacks the compound', () => {
    expect(added('What does Atlantis say about cyber security?')).toEqual([]);
    expect(added('How will Atlantis respond to cyber-attacks?')).toEqual([]);
    expect(added('Atlantis cyber crime')).toEqual([]);
    expect(added('Atlantis cyber securty agency')).toEqual([]);
    expect(added('What are the cyber risks of Atlantis?', knowing('cyber', 'risk'))).toEqual([]);
    expect(added('What does Atlantis say about cybersecurity?')).toEqual([]);
  });

  it('finds the passage that writes "cybersecurity" where the question says "cyber"', () => {
    const { ask } = answeringOver([
      atlantisDocument('closed', 'Agencies must detect and mitigate cybersecurity risks before they spread.'),
      atlantisDocument('other', 'Agencies must report financial risks every quarter.'),
      ...fillerDocuments(),
    ]);
    const r = ask('How will Atlantis detect cyber risks?');
    expect(r.results[0]?.passage.docId).toBe('closed');
    // The question's "cyber" counts as matched: without the compound, the passage would answer only "detect" and "risks".
    expect(r.results[0]?.evidence).toBe(1);
    expect(r.plan.expansions.some((e) => e.found === 'cyber' && e.added.includes('cybersecurity'))).toBe(true);
  });
});
