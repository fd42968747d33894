/**
 * The documents of each actor as a profile lists them: title, year, type and
 * status. A document is superseded when a newer one of the same actor and
 * type is in the knowledge base (or names it in `versionOf`), a draft when
 * its title says so, else in force. Each cites the first sentence of its
 * first body passage, verbatim, so that it links to the document.
 */
import type { KnowledgeDocument } from '../knowledge/corpus.ts';
import type { Passage } from '../text/chunk.ts';
import { sentenceCount, sentenceEnd, sentenceStart } from '../text/passage-sentences.ts';

/** Whether a document still stands. */
export type DocumentStatus = 'in force' | 'draft' | 'superseded';

/** One document of an actor, as profiles and timelines show it. */
export interface DocumentFacts {
  readonly id: string;
  readonly actor: string;
  readonly title: string;
  readonly type?: string;
  readonly year?: number;
  readonly month?: number;
  readonly status: DocumentStatus;
  /** The id of the newer document that supersedes it. */
  readonly supersededBy?: string;
  /** The first sentence of its first body passage (not a table of contents or a title page). */
  readonly quote: string;
  readonly passageId: string;
}

const DRAFT = /(?<![\p{L}])draft(?![\p{L}])/iu;

function dateOf(published: string | undefined): { year?: number; month?: number } {
  const m = /^(\d{4})(?:-(\d{2}))?/u.exec(published ?? '');
  if (m === null) return {};
  return { year: Number(m[1]), ...(m[2] === undefined ? {} : { month: Number(m[2]) }) };
}

/** The documents of a corpus with their status, in corpus order; a document without a body passage is left out. */
export function documentFacts(docs: readonly KnowledgeDocument[], passages: readonly Passage[]): DocumentFacts[] {
  const first = new Map<string, Passage>();
  for (const p of passages) if (p.layout === undefined && sentenceCount(p) > 0 && !first.has(p.docId)) first.set(p.docId, p);
  return docs.flatMap((doc) => {
    const passage = first.get(doc.id);
    if (passage === undefined) return [];
    const { year, month } = dateOf(doc.published);
    const newer = docs.find((other) => {
      if (other.id === doc.id || other.actor !== doc.actor) return false;
      if (other.versionOf === doc.id) return true;
      const otherYear = dateOf(other.published).year;
      return other.type !== undefined && other.type === doc.type && otherYear !== undefined && year !== undefined && otherYear > year;
    });
    const status: DocumentStatus = newer !== undefined ? 'superseded' : DRAFT.test(doc.title) ? 'draft' : 'in force';
    return [{
      id: doc.id,
      actor: doc.actor,
      title: doc.title,
      ...(doc.type === undefined ? {} : { type: doc.type }),
      ...(year === undefined ? {} : { year }),
      ...(month === undefined ? {} : { month }),
      status,
      ...(newer === undefined ? {} : { supersededBy: newer.id }),
      quote: passage.text.slice(sentenceStart(passage, 0), sentenceEnd(passage, 0)),
      passageId: passage.id,
    }];
  });
}
