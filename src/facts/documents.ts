/**
 * The documents of each actor as a profile lists them: title, year, type and
 * status. A document is superseded when a newer one of the same actor and
 * type is in the knowledge base (or names it in `versionOf`), a draft when
 * its title says so, else in force. Each cites the first sentence of its
 * first body passage, verbatim, so that it links to the document.
 */
import type { KnowledgeDocument } from '../knowledge/corpus.ts';
import type { Passage } from '../passages/chunk.ts';
import { sentenceCount, sentenceEnd, sentenceStart } from '../passages/sentences.ts';
import { ITEMS_PER_STEP, runAll, type Steps } from '../steps.ts';

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
  /** The language it is written in (a BCP 47 tag), where its front matter says. */
  readonly language?: string;
  /** The id of the newer document that supersedes it. */
  readonly supersededBy?: string;
  /** Its first sentence of running text (not a table of contents or a title page). */
  readonly quote: string;
  /** Where the quote starts in its passage. */
  readonly quoteStart: number;
  readonly passageId: string;
}

/** The fewest lowercase words of a sentence of running text. */
const MIN_RUNNING_WORDS = 6;

const DRAFT = /(?<![\p{L}])draft(?![\p{L}])/iu;

function dateOf(published: string | undefined): { year?: number; month?: number } {
  const m = /^(\d{4})(?:-(\d{2}))?/u.exec(published ?? '');
  if (m === null) return {};
  return { year: Number(m[1]), ...(m[2] === undefined ? {} : { month: Number(m[2]) }) };
}

/** The documents of a corpus with their status, in corpus order; a document without a body passage is left out. */
export function documentFacts(docs: readonly KnowledgeDocument[], passages: readonly Passage[]): DocumentFacts[] {
  return runAll(documentFactsSteps(docs, passages));
}

/** {@link documentFacts} as steps (steps.ts): an update lists its documents between interactions (~80 ms at 100k passages). */
export function* documentFactsSteps(docs: readonly KnowledgeDocument[], passages: readonly Passage[]): Steps<DocumentFacts[]> {
  // The first sentence of running text: a title page's names and dates ("… October 2021") say nothing.
  const first = new Map<string, { passage: Passage; i: number }>();
  for (const [n, p] of passages.entries()) {
    if (n % ITEMS_PER_STEP === 0) yield;
    if (p.layout !== undefined || first.has(p.docId)) continue;
    for (let i = 0; i < sentenceCount(p); i++) {
      const text = p.text.slice(sentenceStart(p, i), sentenceEnd(p, i));
      if ((text.match(/(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])/gu) ?? []).length >= MIN_RUNNING_WORDS) {
        first.set(p.docId, { passage: p, i });
        break;
      }
    }
  }
  // Each actor's documents, in corpus order, with their years: a newer version is looked for among the actor's own
  // (among all documents, it was a pass over the corpus per document: 0.9 s at 2,000 documents).
  const byActor = new Map<string, { doc: KnowledgeDocument; year: number | undefined }[]>();
  for (const doc of docs) {
    const own = byActor.get(doc.actor) ?? [];
    own.push({ doc, year: dateOf(doc.published).year });
    byActor.set(doc.actor, own);
  }
  yield;
  const out: DocumentFacts[] = [];
  for (const [n, doc] of docs.entries()) {
    if (n % ITEMS_PER_STEP === 0) yield;
    const found = first.get(doc.id);
    if (found === undefined) continue;
    const { passage, i } = found;
    const { year, month } = dateOf(doc.published);
    const newer = byActor.get(doc.actor)?.find(({ doc: other, year: otherYear }) => {
      if (other.id === doc.id) return false;
      if (other.versionOf === doc.id) return true;
      return other.type !== undefined && other.type === doc.type && otherYear !== undefined && year !== undefined && otherYear > year;
    })?.doc;
    const status: DocumentStatus = newer !== undefined ? 'superseded' : DRAFT.test(doc.title) ? 'draft' : 'in force';
    out.push({
      id: doc.id,
      actor: doc.actor,
      title: doc.title,
      ...(doc.type === undefined ? {} : { type: doc.type }),
      ...(year === undefined ? {} : { year }),
      ...(month === undefined ? {} : { month }),
      status,
      ...(doc.language === undefined ? {} : { language: doc.language }),
      ...(newer === undefined ? {} : { supersededBy: newer.id }),
      quote: passage.text.slice(sentenceStart(passage, i), sentenceEnd(passage, i)),
      quoteStart: sentenceStart(passage, i),
      passageId: passage.id,
    });
  }
  return out;
}
