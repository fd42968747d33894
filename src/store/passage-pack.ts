/**
 * Passages as the cache stores them: not their text (the knowledge folder
 * is read at every start anyway, and the cache key proves it is the same
 * text) but where each passage and its sentences stand in its paragraph,
 * as one typed array. On load each passage's text is a slice of the loaded
 * paragraph, which V8 keeps as a view of it: the corpus text is in memory
 * once, and there is no passage text to parse. At 100k passages this is
 * most of the cache's size and of a cold start's memory.
 */
import { CacheFormatError, InternalError } from '../errors.ts';
import type { KnowledgeDocument } from '../knowledge/corpus.ts';
import { ITEMS_PER_STEP, runAll, type Steps } from '../steps.ts';
import { type Passage, placeFields } from '../passages/chunk.ts';
import { languageField, paragraphLanguages } from '../passages/language.ts';

/** Packed passages: an Int32Array of records (see {@link packPassages}). */
export interface PackedPassages {
  readonly count: number;
  readonly records: Int32Array;
}

/**
 * Packs `passages` (chunked from `documents`, in order). A record is:
 * document index, paragraph (0-based), passage index, start and end in the
 * paragraph, sentence count, then each sentence's start and end relative to
 * the passage.
 */
export function packPassages(passages: readonly Passage[], documents: readonly KnowledgeDocument[]): PackedPassages {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const out: number[] = [];
  // Passages of one paragraph are consecutive and in order: each is found after the previous one.
  let cursorKey = '';
  let cursor = 0;
  for (const p of passages) {
    const d = docIndex.get(p.docId);
    const paragraph = d === undefined ? undefined : documents[d]?.paragraphs[p.position.paragraph - 1];
    if (d === undefined || paragraph === undefined) throw new InternalError(`policy-bot: passage ${p.id} is not from the corpus it is packed with`);
    const key = `${d}:${p.position.paragraph}`;
    if (key !== cursorKey) {
      cursorKey = key;
      cursor = 0;
    }
    const start = paragraph.indexOf(p.text, cursor);
    if (start < 0) throw new InternalError(`policy-bot: the text of passage ${p.id} is not in its paragraph`);
    cursor = start + p.text.length;
    out.push(d, p.position.paragraph - 1, p.position.index, start, cursor, p.sentenceBounds.length >>> 1, ...p.sentenceBounds);
  }
  return { count: passages.length, records: Int32Array.from(out) };
}

/** Unpacks passages packed from `documents`, whose actors' display names are `actorNames`. Throws a CacheFormatError when they do not fit. */
export function unpackPassages(packed: PackedPassages, documents: readonly KnowledgeDocument[], actorNames: ReadonlyMap<string, string>): Passage[] {
  return runAll(unpackPassageSteps(packed, documents, actorNames));
}

/** {@link unpackPassages} as steps (steps.ts). */
export function* unpackPassageSteps(
  packed: PackedPassages,
  documents: readonly KnowledgeDocument[],
  actorNames: ReadonlyMap<string, string>,
): Steps<Passage[]> {
  const r = packed.records;
  const passages: Passage[] = [];
  let i = 0;
  const next = (): number => {
    const v = r[i++];
    if (v === undefined) throw new CacheFormatError('policy-bot: the packed passages end early');
    return v;
  };
  while (passages.length < packed.count) {
    if (passages.length % ITEMS_PER_STEP === 0) yield;
    const doc = documents[next()];
    const paragraphIndex = next();
    const index = next();
    const start = next();
    const end = next();
    const sentenceCount = next();
    const paragraph = doc?.paragraphs[paragraphIndex];
    if (doc === undefined || paragraph === undefined || end > paragraph.length || start > end) {
      throw new CacheFormatError('policy-bot: the packed passages do not fit the corpus');
    }
    const text = paragraph.slice(start, end);
    const sentenceBounds: number[] = [];
    for (let s = 0; s < 2 * sentenceCount; s++) sentenceBounds.push(next());
    passages.push({
      id: `${doc.id}#${index}`,
      docId: doc.id,
      actor: doc.actor,
      actorName: actorNames.get(doc.actor) ?? doc.actor,
      title: doc.title,
      source: doc.source,
      topics: doc.topics,
      position: { index, paragraph: paragraphIndex + 1 },
      text,
      sentenceBounds,
      // Page, headings and layout are the paragraph's, which the record already names: nothing more is packed.
      ...placeFields(doc.places?.[paragraphIndex]),
      ...languageField(paragraphLanguages(doc)(paragraphIndex)),
    });
  }
  if (i !== r.length) throw new CacheFormatError('policy-bot: the packed passages have trailing data');
  return passages;
}
