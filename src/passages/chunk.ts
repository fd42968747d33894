/**
 * Chunking: knowledge documents → passages. A passage is one paragraph, or,
 * where a paragraph is longer than {@link MAX_PASSAGE_CHARS}, a run of its
 * whole sentences. A passage never splits a sentence, so a single sentence
 * longer than the bound is a passage of its own.
 */
import type { KnowledgeDocument, ParagraphPlace, Source } from '../knowledge/corpus.ts';
import type { LayoutKind } from '../ingest/types.ts';
import { languageField, paragraphLanguages } from './language.ts';
import { boundsOf } from './sentences.ts';
import { type SentenceSpan, splitSentences } from '../text/sentences.ts';

/**
 * The longest a passage may be, in characters, unless one sentence alone is
 * longer. About 120–150 words: long enough to keep a paragraph's argument
 * together, short enough that an excerpt and its citation fit one Discord embed.
 */
export const MAX_PASSAGE_CHARS = 900;

/** A chunk of a document: what is indexed, quoted and cited. */
export interface Passage {
  /** `<doc-id>#<n>`, n counting from 1 in document order: stable as long as the document's text is. */
  readonly id: string;
  readonly docId: string;
  /** The actor's id and display name. */
  readonly actor: string;
  readonly actorName: string;
  /** The document's title. */
  readonly title: string;
  readonly source: Source;
  readonly topics: readonly string[];
  /** Where it stands: its number in the document (1-based) and the paragraph (1-based) it comes from. */
  readonly position: { readonly index: number; readonly paragraph: number };
  /** The verbatim text. */
  readonly text: string;
  /** Its sentences as flat offsets relative to `text`: `[start0, end0, start1, end1, …]` (read them with src/passages/sentences.ts). */
  readonly sentenceBounds: readonly number[];
  /** The page its paragraph starts on (1-based), where the document has pages. */
  readonly page?: number;
  /** The headings it sits under, outermost first, where the document has headings. */
  readonly headings?: readonly string[];
  /** Its layout kind where its paragraph is marked (a table of contents, a table…): kept, but not body text. */
  readonly layout?: LayoutKind;
  /** The language it is written in (a BCP 47 tag), where its document has one: its paragraph's in a document that mixes languages. */
  readonly language?: string;
}

/** The place fields of a passage from its paragraph's place: only those that are known. */
export function placeFields(place: ParagraphPlace | undefined): Pick<Passage, 'page' | 'headings' | 'layout'> {
  if (place === undefined) return {};
  return {
    ...(place.page === null ? {} : { page: place.page }),
    ...(place.headings.length === 0 ? {} : { headings: place.headings }),
    ...(place.layout === null ? {} : { layout: place.layout }),
  };
}

/** Groups sentences greedily into runs whose text (from first start to last end) is at most `max` characters. */
function groupSentences(sentences: readonly SentenceSpan[], max: number): SentenceSpan[][] {
  const groups: SentenceSpan[][] = [];
  let current: SentenceSpan[] = [];
  for (const s of sentences) {
    const first = current[0];
    if (first !== undefined && s.end - first.start > max) {
      groups.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Chunks one document into passages; `actorName` is its actor's display name. */
export function chunkDocument(doc: KnowledgeDocument, actorName: string, max: number = MAX_PASSAGE_CHARS): Passage[] {
  const passages: Passage[] = [];
  const language = paragraphLanguages(doc);
  doc.paragraphs.forEach((paragraph, p) => {
    for (const group of groupSentences(splitSentences(paragraph), max)) {
      const first = group[0];
      const last = group[group.length - 1];
      if (first === undefined || last === undefined) continue;
      const text = paragraph.slice(first.start, last.end);
      const index = passages.length + 1;
      passages.push({
        id: `${doc.id}#${index}`,
        docId: doc.id,
        actor: doc.actor,
        actorName,
        title: doc.title,
        source: doc.source,
        topics: doc.topics,
        position: { index, paragraph: p + 1 },
        text,
        sentenceBounds: boundsOf(group, first.start),
        ...placeFields(doc.places?.[p]),
        ...languageField(language(p)),
      });
    }
  });
  return passages;
}

/** Chunks every document of a corpus, in document order. `actorNames` maps actor ids to display names. */
export function chunkDocuments(docs: readonly KnowledgeDocument[], actorNames: ReadonlyMap<string, string>, max: number = MAX_PASSAGE_CHARS): Passage[] {
  return docs.flatMap((d) => chunkDocument(d, actorNames.get(d.actor) ?? d.actor, max));
}
