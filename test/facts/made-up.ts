/**
 * Made-up corpora for the facts rules, built in the test: a country (Xland), another (Yland), documents
 * of a few paragraphs each (one passage a paragraph), their passages and the facts extracted from them.
 */
import { buildFactBase } from '../../src/facts/base.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { FactLexicon } from '../../src/facts/lexicon.ts';
import type { Actor, Corpus, KnowledgeDocument, ParagraphPlace } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';

export const MADE_UP_ACTORS: Actor[] = [
  { id: 'xland', name: 'Xland', kind: 'state', aliases: [] },
  { id: 'yland', name: 'Yland', kind: 'state', aliases: [] },
];

/** A place for a paragraph: page 1, under `headings`. */
export function under(...headings: string[]): ParagraphPlace {
  return { page: 1, headings, layout: null };
}

/** A document of Xland's, published in 2019, its paragraphs optionally placed under headings. */
export function madeUpDocument(id: string, paragraphs: string[], places?: ParagraphPlace[]): KnowledgeDocument {
  return {
    id,
    title: id,
    actor: 'xland',
    topics: [],
    published: '2019-06-01',
    source: { publisher: 'Tests', title: id, url: `https://example.org/${id}`, retrieved: '2026-01-01' },
    file: `${id}.md`,
    paragraphs,
    ...(places === undefined ? {} : { places }),
  };
}

/** The passages, fact base and facts of `documents`. */
export function madeUpFacts(documents: KnowledgeDocument[]) {
  const corpus: Corpus = { dir: '/nowhere', hash: 'x', documents, actors: MADE_UP_ACTORS, glossary: [], topics: [] };
  const passages = chunkDocuments(documents, new Map(MADE_UP_ACTORS.map((a) => [a.id, a.name])));
  const base = buildFactBase(corpus, passages, new Map(passages.map((p) => [p.id, p])));
  return { corpus, passages, base, facts: extractFacts(passages, new FactLexicon(corpus)) };
}

/** The instrument labels extracted from `paragraphs` (one document). */
export function instrumentLabels(paragraphs: string[], places?: ParagraphPlace[]): string[] {
  return madeUpFacts([madeUpDocument('xland-doc-2019', paragraphs, places)]).facts.instruments.map((i) => i.label);
}
