import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { FactLexicon } from '../../src/facts/lexicon.ts';
import type { Facts } from '../../src/facts/types.ts';
import type { KnowledgeDocument } from '../../src/knowledge/corpus.ts';
import { chunkDocument } from '../../src/passages/chunk.ts';
import { FICTIONAL_DIR, openEngine, SEED_DIR } from './helpers.ts';

interface Quoted {
  readonly what: string;
  readonly quote: string;
  readonly passageId: string;
}

/** Every item a user can be shown from facts: extracted items, profile entries, timeline events, comparison cells. */
function everyItem(engine: Engine): Quoted[] {
  const { facts } = engine.kb.facts;
  const out: Quoted[] = [];
  const push = (what: string, items: readonly { quote: string; passageId: string }[]): void => {
    for (const i of items) out.push({ what, quote: i.quote, passageId: i.passageId });
  };
  push(
    'instrument',
    facts.instruments.map((i) => i.evidence),
  );
  push(
    'organisation',
    facts.organisations.map((o) => o.evidence),
  );
  push(
    'event',
    facts.events.map((e) => e.evidence),
  );
  push(
    'theme',
    facts.themes.map((t) => t.evidence),
  );
  push(
    'stance',
    facts.stances.map((s) => s.evidence),
  );
  const actors = engine.kb.corpus.actors;
  for (const a of actors) for (const entries of Object.values(engine.actorProfile(a.id).fields)) push(`profile ${a.id}`, entries);
  const t = engine.timeline();
  push('timeline', [...t.dated, ...t.planned]);
  for (const [x, y] of actors.flatMap((a, i) => actors.slice(i + 1).map((b) => [a, b] as const))) {
    for (const topic of [undefined, ...engine.kb.corpus.topics.map((tp) => tp.id)]) {
      const c = engine.compare([x.id, y.id], topic);
      for (const row of c.rows) for (const cells of Object.values(row.cells)) push('compare cell', cells);
      for (const s of c.shared) push('shared', Object.values(s.cells));
      for (const d of Object.values(c.distinct)) push('distinct', d);
    }
  }
  return out;
}

describe.each([
  ['seed', SEED_DIR],
  ['fictional', FICTIONAL_DIR],
])('every item of the %s corpus', (_name, dir) => {
  let engine: Engine;
  let items: Quoted[];
  beforeAll(async () => {
    engine = await openEngine(dir);
    items = everyItem(engine);
  });

  it('quotes its passage verbatim', () => {
    expect(items.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...items), (item) => {
        const passage = engine.kb.passageById.get(item.passageId);
        expect(passage, `${item.what} cites ${item.passageId}`).toBeDefined();
        expect(passage?.text.includes(item.quote), `${item.what}: ${item.quote}`).toBe(true);
      }),
      { numRuns: Math.max(200, items.length * 3) },
    );
  });

  it('has evidence offsets that slice its passage to the quote', () => {
    const { facts } = engine.kb.facts;
    const evidence = [...facts.instruments, ...facts.organisations, ...facts.events, ...facts.themes, ...facts.stances].map((i) => i.evidence);
    fc.assert(
      fc.property(fc.constantFrom(...evidence), (e) => {
        expect(engine.kb.passageById.get(e.passageId)?.text.slice(e.start, e.end)).toBe(e.quote);
      }),
    );
  });
});

/** Words to build made-up policy prose from: names, heads, dates, connectors, quotes and brackets. */
const WORDS = [
  'the',
  'The',
  'a',
  'and',
  'of',
  'on',
  'in',
  'In',
  'at',
  'such as',
  'like',
  'which',
  'whose',
  'that',
  'intends to',
  'proposal',
  'in the coming months',
  'Xland',
  'Xland’s',
  'Ylandic',
  'Cyber',
  'Security',
  'National',
  'Digital',
  'Board',
  'Forum',
  'Strategy',
  'Directive',
  'Act',
  'Acts',
  'Summit',
  'Principles',
  'Toolbox',
  'toolbox',
  'scheme',
  '‘cyber shield toolbox’',
  'QRX',
  'ZZ9',
  'G5',
  'coalition',
  'updated',
  '2011',
  '2019',
  '1999',
  'May 2020',
  'March',
  '2014–2018',
  'from 2012 to 2015',
  '(QRX)',
  '(the so-called ZZ9)',
  ',',
  ';',
  '“quoted words”',
  '(',
  ')',
  'e.g.',
  'U.S.',
  'network of',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 18 }).map((ws) => `${ws.join(' ').replace(/ ([,;])/gu, '$1')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));

function documentOf(paragraphs: readonly string[]): KnowledgeDocument {
  return {
    id: 'made-up',
    title: 'Made up',
    actor: 'xland',
    topics: [],
    source: { publisher: 'Tests', title: 'Made up', url: 'https://example.org/made-up', retrieved: '2026-01-01' },
    file: 'made-up.md',
    paragraphs,
  };
}

const lexicon = new FactLexicon({
  actors: [{ id: 'xland', name: 'Xland', kind: 'state', aliases: ['Xlandic'] }],
  glossary: [{ term: 'QRX', means: ['Quick Response Exchange Board'] }],
  topics: [{ id: 'shield', name: 'Shield', terms: ['cyber shield', 'security'] }],
});

function evidenceOf(facts: Facts) {
  return [...facts.instruments, ...facts.organisations, ...facts.events, ...facts.themes, ...facts.stances].map((i) => i.evidence);
}

describe('extraction over made-up prose', () => {
  it('quotes only verbatim slices of its passages, whatever the text', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const passages = chunkDocument(documentOf(paragraphs), 'Xland');
        const byId = new Map(passages.map((p) => [p.id, p]));
        const facts = extractFacts(passages, lexicon);
        seen += facts.instruments.length + facts.events.length + facts.organisations.length;
        for (const e of evidenceOf(facts)) {
          const text = byId.get(e.passageId)?.text ?? '';
          expect(text.slice(e.start, e.end)).toBe(e.quote);
          expect(text.includes(e.quote)).toBe(true);
        }
        for (const i of facts.instruments) if (i.description !== undefined) expect(i.evidence.quote).toContain(i.description.replace(/^among /u, ''));
        for (const e of facts.events) if (e.year !== undefined) expect(e.evidence.quote).toContain(String(e.year));
      }),
      { numRuns: 300 },
    );
    // The generator must actually produce names and dates, or the property says nothing.
    expect(seen).toBeGreaterThan(100);
  });

  it('is deterministic: the same passages give the same facts', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const passages = chunkDocument(documentOf(paragraphs), 'Xland');
        expect(extractFacts(passages, lexicon)).toEqual(extractFacts(passages, lexicon));
      }),
      { numRuns: 100 },
    );
  });
});
