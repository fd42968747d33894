/** A knowledge document as the search tests build them: an actor's, with a title and paragraphs, from a placeholder source. */
import type { KnowledgeDocument } from '../../src/knowledge/corpus.ts';

/** Document `id` of `actor`, titled `title`, holding `paragraphs`; its source was retrieved on `retrieved`. */
export function documentOf(id: string, actor: string, title: string, paragraphs: string[], retrieved = '2021-01-01'): KnowledgeDocument {
  return { id, title, actor, topics: [], source: { publisher: 'p', title, url: 'https://example.org/', retrieved }, file: `${id}.md`, paragraphs };
}
