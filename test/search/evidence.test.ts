/**
 * The evidence test (answer.ts): a passage's share of the question's weight,
 * each term counting fully when matched as itself, 0.9 through a typo, 0.5
 * only as the prefix of a longer word; a glossary expansion crediting the
 * term it stands for when all but one of what it added matched.
 */
import { describe, expect, it } from 'vitest';
import { norlandDocument } from '../support/norland.ts';
import { answer, FUZZY_MATCH_CREDIT, PREFIX_MATCH_CREDIT } from '../../src/search/answer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';

const doc = norlandDocument;
const passages = chunkDocuments(
  [
    doc('exact', 'The quarantine of servers was ordered.'),
    doc('longer', 'The quarantined servers were restored.'),
    doc('other', 'Telecommunications operators report outages.'),
    doc('soc', 'Security operations centres watch the networks.'),
    doc('nist', 'National standards apply to the harbours.'),
    doc('nist-full', 'The National Institute of Standards and Technology publishes guidance.'),
    doc('omb', 'The sprint was led by the OMB.'),
    ...Array.from({ length: 12 }, (_, i) => doc(`filler${i}`, `Filler text number ${i} about unrelated harbours.`)),
  ],
  new Map(),
);
const index = SearchIndex.build(passages);
const byId = new Map(passages.map((p) => [p.id, p]));
const planner = new QueryPlanner({
  actors: [],
  glossary: [
    { term: 'SOC', means: ['security operations centres'] },
    { term: 'NIST', means: ['National Institute of Standards and Technology'] },
    { term: 'OMB', means: ['Office of Management and Budget'] },
  ],
});
const ask = (q: string) => answer(planner.plan(q), index, byId, { limit: 10, offset: 0 });
const share = (q: string, id: string) => ask(q).results.find((r) => r.passage.id.startsWith(`${id}#`))?.evidence;

describe('the evidence test', () => {
  it('counts a term matched as itself fully', () => {
    expect(share('quarantine', 'exact')).toBe(1);
  });

  it('counts a term matched through a typo at 0.9', () => {
    // Two edits ("o", "m"): beyond spelling correction (one edit), within typo matching.
    expect(share('telecmunications', 'other')).toBeCloseTo(FUZZY_MATCH_CREDIT, 9);
  });

  it('counts a term matched only as the prefix of a longer word at 0.5', () => {
    // "quaran" is no index term: it matches "quarantin" (quarantine, quarantined) as a prefix.
    expect(index.documentFrequency('quaran')).toBe(0);
    expect(share('quaran', 'exact')).toBeCloseTo(PREFIX_MATCH_CREDIT, 9);
  });

  it('credits an acronym by the expansion it stands for', () => {
    expect(share('SOC', 'soc')).toBe(1);
  });

  it('takes a body named in everyday words as specific evidence where the passage names it by its acronym', () => {
    // "office", "management", "budget" and "lead" are everyday words: alone, they answer nothing.
    // The passage matches the body (through its acronym) but not "lead" ("led"): it answers, on three of the four words.
    expect(share('What did the Office of Management and Budget lead?', 'omb')).toBeGreaterThan(0.5);
  });

  it('credits an acronym by its long form only when all but one of its words are matched', () => {
    expect(share('NIST', 'nist-full')).toBe(1);
    // Half of its words ("national standards") are not the institute.
    expect(index.documentFrequency('standard')).toBeGreaterThan(1);
    expect(share('NIST', 'nist')).toBeUndefined();
  });

  it('weighs each term by its rarity: passages matching only the commoner of two terms do not answer', () => {
    const ids = ask('quarantine harbours').results.map((r) => r.passage.id.split('#')[0]);
    expect(ids.sort()).toEqual(['exact', 'longer']);
  });
});
