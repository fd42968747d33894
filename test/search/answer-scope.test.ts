/**
 * Whose documents answer (answer.ts, intent.ts, order.ts): a question naming
 * one actor is answered from that actor's documents only, or abstains with
 * `actor-silent` and lists other actors' passages apart; a question across
 * actors shows each actor's best first; junk ranks down, near-duplicates are
 * shown once, the newer document first; a year alone is no evidence.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/knowledge/corpus.ts';
import { answer } from '../../src/search/answer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { evidence } from '../../src/search/evidence.ts';
import { junkKind } from '../../src/search/junk.ts';
import { ordered } from '../../src/search/order.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { documentOf } from '../support/documents.ts';

const doc = (id: string, actor: string, title: string, ...paragraphs: string[]) => documentOf(id, actor, title, paragraphs, '2020-01-01');
const actors: Actor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: [] },
  { id: 'ghana', name: 'Ghana', kind: 'state', aliases: [] },
  { id: 'albania', name: 'Albania', kind: 'state', aliases: [] },
];
const shared = 'The national incident response team coordinates the handling of incidents affecting government networks every day.';
const passages = chunkDocuments(
  [
    doc(
      'norway-2019',
      'norway',
      'Norway strategy 2019',
      'Norway will strengthen cyber security education in universities and schools.',
      'Contents 1 Introduction 3 2 Education 5 3 Incident response 9 4 Cooperation 12',
    ),
    doc(
      'ghana-2015',
      'ghana',
      'Ghana strategy 2015',
      shared,
      'Ghana will protect children online through awareness campaigns for parents.',
      'Ghana holds joint cyber exercises with the Montenegrin military every year.',
    ),
    doc('ghana-2024', 'ghana', 'Ghana strategy 2024', shared, 'Cyber Security Education'),
    doc(
      'albania-2020',
      'albania',
      'Albania strategy 2022-2026',
      'Albania will protect children online with a hotline for reporting abuse.',
      'Albania will train teachers in cyber security education.',
    ),
    ...Array.from({ length: 10 }, (_, i) => doc(`filler${i}`, 'albania', 'Filler', `Filler text number ${i} about unrelated harbours and ports.`)),
  ],
  new Map(actors.map((a) => [a.id, a.name])),
);
const index = SearchIndex.build(passages);
const byId = new Map(passages.map((p) => [p.id, p]));
const planner = new QueryPlanner({ actors, glossary: [] });
const ask = (q: string, limit = 10) => answer(planner.plan(q), index, byId, { limit, offset: 0 });

describe('whose documents answer', () => {
  it('answers a question naming one actor (by name, demonym or possessive) from its documents only', () => {
    for (const q of ['How does Norway teach cyber security education?', 'Norwegian cyber security education', 'Norways cyber security education']) {
      const r = ask(q);
      expect(r.scope).toBe('actor');
      expect(r.abstained).toBe(false);
      expect(new Set(r.results.map((h) => h.passage.actor))).toEqual(new Set(['norway']));
    }
  });

  it("abstains with actor-silent when the named actor's documents are silent, listing other actors' best passage each", () => {
    const r = ask('What is Norway doing to protect children online?');
    expect(r).toMatchObject({ abstained: true, reason: 'actor-silent', actor: 'norway', results: [] });
    const others = r.others ?? [];
    expect(new Set(others.map((o) => o.actor))).toEqual(new Set(['ghana', 'albania']));
    expect(others.every((o) => o.id === o.passage.id && o.actor === o.passage.actor)).toBe(true);
  });

  it("abstains with actor-absent for a country the library has no documents of, listing other actors' passages apart", () => {
    for (const q of ['How does Germany protect children online?', 'How do German schools protect children online?']) {
      const r = ask(q);
      expect(r).toMatchObject({ abstained: true, reason: 'actor-absent', absent: ['Germany'], results: [], scope: 'all' });
      expect(r.actor).toBeUndefined();
      // Searched without the country's name: the passages that speak of protecting children online, each its own actor's.
      expect(new Set((r.others ?? []).map((o) => o.actor))).toEqual(new Set(['ghana', 'albania']));
    }
    expect(ask('How do Germany and France protect children online?')).toMatchObject({ reason: 'actor-absent', absent: ['Germany', 'France'] });
    // Only the question's country name: nothing else to search for, so no others.
    expect(ask('Germany?')).toMatchObject({ abstained: true, reason: 'actor-absent', absent: ['Germany'], others: [] });
  });

  it('answers from the passages that speak of a country the library lacks, as a topic', () => {
    const r = ask('Montenegrin military exercises');
    expect(r).toMatchObject({ abstained: false, scope: 'all' });
    expect(r.results[0]?.passage.text).toContain('Montenegrin military');
    // Only the passages that speak of it: the other joint-exercise passages are not about Montenegro.
    expect(r.results.every((h) => h.passage.text.includes('Montenegrin'))).toBe(true);
    expect(r.total).toBe(r.results.length);
  });

  it('answers as before where a country the library lacks is named beside one it has, asked across, written in lower case, or an ordinary word', () => {
    // Ghana named: Ghana's documents answer; Germany is only part of the question.
    expect(ask('Does Ghana protect children online like Germany?')).toMatchObject({ actor: 'ghana', abstained: false });
    // Across actors: every actor's documents are searched.
    expect(ask('Which countries protect children online like Germany does?').reason).not.toBe('actor-absent');
    // In lower case a country's name is too often a word ("turkey", "chad"): only the name as written counts.
    expect(ask('how does germany protect children online?').reason).not.toBe('actor-absent');
    // Names that are ordinary words even capitalised ("Polish" the verb, "Island" for Iceland) are not read as countries.
    expect(ask('Polish the plan to protect children online').reason).not.toBe('actor-absent');
    expect(ask('Island schools protect children online').reason).not.toBe('actor-absent');
  });

  it('abstains without others when no actor speaks of it', () => {
    const r = ask('What does Norway say about quantum cryptanalysis?');
    expect(r.abstained).toBe(true);
    expect(r.others ?? []).toEqual([]);
    expect(r.reason).not.toBe('actor-silent');
  });

  it("shows each actor's best first for a question across actors", () => {
    const r = ask('Which countries protect children online?');
    expect(r.scope).toBe('across');
    expect(new Set(r.results.slice(0, 2).map((h) => h.passage.actor))).toEqual(new Set(['ghana', 'albania']));
    expect(ask('Which other countries besides Norway teach cyber security education?').scope).toBe('across');
    // Other countries as whom the named actor works with: still a question about that actor.
    const partner = ask('Will Albania work with other countries to protect children online?');
    expect(partner.scope).toBe('actor');
    expect(partner.results[0]?.passage.actor).toBe('albania');
    const two = ask('What do Ghana and Albania say about cyber security education?');
    expect(two.scope).toBe('across');
    expect(new Set(two.results.slice(0, 2).map((h) => h.passage.actor))).toEqual(new Set(['ghana', 'albania']));
  });

  it('shows a paragraph repeated in two versions once, the newer version', () => {
    const r = ask('Ghana national incident response team coordinates incidents');
    const repeated = r.results.filter((h) => h.passage.text === shared);
    expect(repeated.map((h) => h.passage.docId)).toEqual(['ghana-2024']);
    expect(repeated[0]?.year).toBe(2024);
  });

  it('ranks a table of contents and a bare heading below prose of the same score', () => {
    const of = (text: string) => passages.find((p) => p.text === text);
    const toc = of('Contents 1 Introduction 3 2 Education 5 3 Incident response 9 4 Cooperation 12');
    const heading = of('Cyber Security Education');
    const prose = of('Albania will train teachers in cyber security education.');
    if (toc === undefined || heading === undefined || prose === undefined) throw new Error('fixture passages missing');
    const order = ordered([toc, heading, prose].map((passage) => ({ passage, score: 1 }))).map((s) => s.passage);
    expect(order[0]).toBe(prose);
    expect(junkKind(toc.text)).toBe('contents');
    expect(junkKind(heading.text)).toBe('heading');
    expect(junkKind(prose.text)).toBeUndefined();
  });

  it('does not count a year alone as evidence', () => {
    const judge = {
      terms: [
        { bit: 0, weight: 5, specific: true, year: true },
        { bit: 1, weight: 1, specific: true, year: false },
      ],
      total: 6,
      expansions: [],
      any: 3,
    };
    const hit = (mask: number) => ({ id: 'x', ordinal: 0, score: 1, matched: mask, exact: mask, typo: 0 });
    expect(evidence(hit(1), judge)).toEqual({ share: 0, specific: false });
    expect(evidence(hit(3), judge)).toEqual({ share: 1, specific: true });
    expect(evidence(hit(1), { ...judge, terms: judge.terms.slice(0, 1), total: 5 })).toEqual({ share: 1, specific: true });
  });
});
