/**
 * One actor, Atlantis, and small documents of its: what the search tests
 * over a handful of passages (proximity, the thesaurus, OCR variants, the
 * reranking) build and answer from.
 */
import type { Actor, KnowledgeDocument } from '../../src/knowledge/corpus.ts';
import { chunkDocuments, type Passage } from '../../src/passages/chunk.ts';
import { answer } from '../../src/search/answer.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { documentOf } from './documents.ts';

export const ATLANTIS_ACTORS: Actor[] = [{ id: 'atlantis', name: 'Atlantis', kind: 'state', aliases: [] }];

/** A document of Atlantis with these paragraphs. */
export function atlantisDocument(id: string, ...paragraphs: string[]): KnowledgeDocument {
  return documentOf(id, 'atlantis', 'Atlantis strategy 2021', paragraphs);
}

/** Eight documents about nothing the tests ask, so that their terms are rare enough to count. */
export function fillerDocuments(about = 'harbours and ships'): KnowledgeDocument[] {
  return Array.from({ length: 8 }, (_, i) => atlantisDocument(`f${i}`, `Filler paragraph ${i} about ${about}.`));
}

/** The passages of `docs` and a function asking them through `planner` (Atlantis alone, no glossary, unless given). */
export function answeringOver(
  docs: readonly KnowledgeDocument[],
  planner = new QueryPlanner({ actors: ATLANTIS_ACTORS, glossary: [] }),
): { passages: Passage[]; ask: (question: string, limit?: number) => ReturnType<typeof answer> } {
  const passages = chunkDocuments(docs, new Map([['atlantis', 'Atlantis']]));
  const index = SearchIndex.build(passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  return { passages, ask: (question, limit = 3) => answer(planner.plan(question), index, byId, { limit, offset: 0 }) };
}
