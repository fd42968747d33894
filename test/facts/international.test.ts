import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/extract.ts';
import { FactLexicon } from '../../src/facts/lexicon.ts';
import type { Actor, Corpus, KnowledgeDocument } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';

// Made-up union and instruments: a union's instrument named by its short name in brackets, and one
// named in a sentence that goes on from the one saying whose it is.
const actors: Actor[] = [{ id: 'xland', name: 'Xland', kind: 'state', aliases: [] }];

function instrumentsOf(paragraphs: string[]) {
  const document: KnowledgeDocument = {
    id: 'xland-strategy-2021',
    title: 'Xland strategy',
    actor: 'xland',
    topics: [],
    published: '2021-06-01',
    source: { publisher: 'Tests', title: 'Xland strategy', url: 'https://example.org/xland', retrieved: '2026-01-01' },
    file: 'xland-strategy-2021.md',
    paragraphs,
  };
  const corpus: Corpus = { dir: '/nowhere', hash: 'x', documents: [document], actors, glossary: [], topics: [] };
  const passages = chunkDocuments([document], new Map([['xland', 'Xland']]));
  return extractFacts(passages, new FactLexicon(corpus)).instruments;
}

describe('a union’s instruments', () => {
  const instruments = instrumentsOf([
    'Xland is one of the founding members of the Nordland Union (NU) and takes part in its work on cyber security.',
    'Regulation (NU) 2019/77 of the Nordland Parliament of 17 April 2019 on the certification of harbour products and services (Harbour Certification Act)',
    'If necessary, the NU can draw upon the full range of measures under its common foreign policy to prevent malicious activity. This range of measures, known as the “Harbour Diplomacy Toolbox”, is designed to prevent conflict and contain threats.',
    'Xland has measures of its own against attacks on its harbours. This set of measures, known as the “Harbour Response Toolbox”, is designed to contain attacks quickly.',
    'In 2017 Xland adopted the Harbour Security Act (HSA), which sets out the duties of the operators of essential services.',
  ]);
  const international = (label: string) => instruments.find((i) => i.label.startsWith(label))?.international === true;

  it('include the short name in brackets of a regulation the union issued', () => {
    expect(international('Harbour Certification Act')).toBe(true);
    expect(international('Harbour Security Act')).toBe(false);
  });

  it('include what a sentence going on from one about the union names ("This range of measures, known as …")', () => {
    expect(international('Harbour Diplomacy Toolbox')).toBe(true);
    expect(international('Harbour Response Toolbox')).toBe(false);
    expect(instruments.map((i) => i.label)).toEqual(expect.arrayContaining(['Harbour Response Toolbox', 'Harbour Security Act (HSA)']));
  });
});
