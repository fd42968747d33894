/**
 * What planning and answering make of some of the question's words: an
 * irregular verb form also searched as its base (inflections.ts), the words
 * naming the asked-about actor's own document (document-terms.ts), and an
 * acronym written into a name in that actor's documents (compounds.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { answer } from '../../src/search/answer.ts';
import { withDocumentWords } from '../../src/search/document-terms.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { baseForm } from '../../src/search/inflections.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { documentOf } from '../support/documents.ts';

const actors: Actor[] = [
  { id: 'atlantis', name: 'Atlantis', kind: 'state', aliases: [] },
  { id: 'utopia', name: 'Utopia', kind: 'state', aliases: [] },
  { id: 'oceania', name: 'Oceania', kind: 'state', aliases: [] },
];
const passages = chunkDocuments(
  [
    documentOf('atlantis-masterplan-2011', 'atlantis', 'Atlantis National Masterplan 2011', [
      'The Masterplan was adopted by the council.',
      'The Masterplan is a national response to threats.',
      'Cyber security education will be strengthened in elementary and high schools.',
      'Experts from business and research worked together to draw up the plan.',
      'AtlCERT handles incidents for the whole government.',
      'The concert hall hosts a national orchestra.',
    ]),
    documentOf('utopia-strategy-2020', 'utopia', 'Utopia National Strategy 2020', [
      'The national strategy sets out schools and education programmes.',
      'The national CERT responds to incidents in Utopia.',
    ]),
    // A third actor whose title says "national": a word of most titles names no one's document.
    documentOf('oceania-plan-2019', 'oceania', 'Oceania National Cyber Plan 2019', ['Oceania trains its national police in digital forensics.']),
    ...Array.from({ length: 6 }, (_, i) => documentOf(`filler-${i}`, 'utopia', 'Utopia harbour report', [`Filler paragraph ${i} about harbours and ships.`])),
  ],
  new Map(actors.map((a) => [a.id, a.name])),
);
const index = SearchIndex.build(passages);
const byId = new Map(passages.map((p) => [p.id, p]));
const planner = new QueryPlanner({ actors, glossary: [] });
const ask = (q: string) => answer(planner.plan(q), index, byId, { limit: 3, offset: 0 });
const first = (q: string) => ask(q).results[0]?.passage.text;

describe('irregular verbs', () => {
  it('knows the base form of an irregular form, not of a base or a regular form', () => {
    expect(baseForm('drew')).toBe('draw');
    expect(baseForm('Sought')).toBe('seek');
    expect(baseForm('draw')).toBeUndefined();
    expect(baseForm('drafted')).toBeUndefined();
  });

  it('searches an irregular form also as its base, an acronym never', () => {
    expect(planner.plan('Who drew up the plan?').expansions).toContainEqual(expect.objectContaining({ found: 'drew', added: ['draw'] }));
    expect(planner.plan('How do the strategies treat open RAN?').expansions.flatMap((e) => e.added)).not.toContain('run');
    expect(first('Who drew up the Atlantis plan?')).toBe('Experts from business and research worked together to draw up the plan.');
  });
});

describe("the words naming the actor's document", () => {
  it('are the title words right after the actor, held in few actors’ titles: they rank, they are not evidence', () => {
    const plan = withDocumentWords(planner.plan("What does Atlantis's masterplan say about education in schools?"), 'atlantis', byId);
    expect(plan.terms.find((t) => t.term === 'masterplan')?.source).toBe('actor');
    expect(plan.terms.find((t) => t.term === 'school')?.source).toBe('question');
    // Elsewhere in the question, or a title word most titles have ("national"), it stays what it is.
    const elsewhere = withDocumentWords(planner.plan('What does the masterplan of Atlantis say about schools?'), 'atlantis', byId);
    expect(elsewhere.terms.find((t) => t.term === 'masterplan')?.source).toBe('question');
    const common = withDocumentWords(planner.plan("Atlantis's national schools"), 'atlantis', byId);
    expect(common.terms.find((t) => t.term === 'nation')?.source).toBe('question');
    // A question of nothing but the document's name is about the document.
    const only = withDocumentWords(planner.plan("Atlantis's masterplan?"), 'atlantis', byId);
    expect(only.terms.find((t) => t.term === 'masterplan')?.source).toBe('question');
  });

  it('let the passage that answers come before those that merely name the document', () => {
    expect(first("What does Atlantis's masterplan say about schools?")).toBe('Cyber security education will be strengthened in elementary and high schools.');
  });
});

describe('acronyms written into a name', () => {
  it("search an acronym of the question also as the named actor's compound, never as a word that only ends like it", () => {
    expect(first("What does Atlantis's CERT do?")).toBe('AtlCERT handles incidents for the whole government.');
    expect(ask("What does Atlantis's CERT do?").results.map((r) => r.passage.text)).not.toContain('The concert hall hosts a national orchestra.');
    // Each actor of a comparison with its own.
    const across = ask('Compare the CERTs of Atlantis and Utopia').results.map((r) => r.passage.text);
    expect(across).toEqual(
      expect.arrayContaining(['AtlCERT handles incidents for the whole government.', 'The national CERT responds to incidents in Utopia.']),
    );
  });
});
