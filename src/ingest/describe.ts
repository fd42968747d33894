/**
 * What ingest says about a document: its actor, title, date, language,
 * type and id, each given by the user or inferred (and why), and the front
 * matter that records them.
 */
import { basename } from 'node:path';
import { UserError } from '../errors.ts';
import type { Actor } from '../knowledge/corpus.ts';
import type { DocumentType } from '../knowledge/schema.ts';
import type { KnowledgeFolder } from './folder.ts';
import { type ActorCandidate, type ActorReason, inferActor } from './infer/actor.ts';
import { documentId } from './infer/id.ts';
import { inferLanguage, type LanguageReason } from './infer/language.ts';
import { inferPublished, type PublishedReason } from './infer/published.ts';
import { inferTitle, type TitleReason } from './infer/title.ts';
import { inferType } from './infer/type.ts';
import type { IngestFields, ReadDocument } from './ingest.ts';

/** Everything decided about a document, and the front matter it makes. */
export interface Inferred {
  readonly id: string;
  readonly actor: Actor;
  /** False when the actor is only the text's most-named one and others are named about as often: then someone must say which it is. */
  readonly actorSure: boolean;
  /** The actors the text names most, most named first. */
  readonly actorCandidates: readonly ActorCandidate[];
  readonly title: string;
  readonly published: string | undefined;
  readonly language: string | undefined;
  readonly type: DocumentType;
  /** How each inferred field was decided, for the user to check. */
  readonly reasons: {
    readonly actor: ActorReason;
    readonly title: TitleReason;
    readonly published: PublishedReason | undefined;
    readonly language: LanguageReason | undefined;
  };
  /** The front matter, before validation. */
  readonly front: Record<string, unknown>;
}

/**
 * The id: the inferred one; when another file of the folder has it (the
 * same title and year: a paper and its revision), the one with the whole
 * date, if the date is known to the month; for a new version whose id is
 * taken, the first free `-v2`, `-v3`…
 */
function chooseId(
  inferred: { actor: string; title: string; published: string | undefined },
  sha256: string,
  fields: IngestFields,
  folder: KnowledgeFolder,
): string {
  const base = documentId(inferred.actor, inferred.title, inferred.published);
  if (fields.versionOf === undefined) {
    const other = folder.documents.some((d) => d.id === base && d.sha256 !== sha256);
    return other && inferred.published !== undefined && inferred.published.length > 4
      ? documentId(inferred.actor, inferred.title, inferred.published, true)
      : base;
  }
  const taken = new Set(folder.documents.map((d) => d.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-v${n}`;
  return id;
}

/** Decides every field of `read`'s document (what `fields` gives wins) and builds its front matter. */
export function describeDocument(read: ReadDocument, fields: IngestFields, folder: KnowledgeFolder, today: Date): Inferred {
  const { cleaned, extracted } = read;
  const name = basename(read.file);
  if (fields.versionOf !== undefined && !folder.documents.some((d) => d.id === fields.versionOf)) {
    throw new UserError('bad-argument', `${read.file}: --version-of ${fields.versionOf}: no document of the knowledge folder has that id.`);
  }
  const body = cleaned.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item').map((b) => b.text);
  const title = inferTitle(fields.title, extracted.metadata, cleaned.blocks, name, cleaned.runningLines);
  const {
    actor,
    reason: actorReason,
    sure: actorSure,
    candidates: actorCandidates,
  } = inferActor(
    fields.actor,
    // A title that is only the file's name says nothing more: the actor is then said to come from the file name.
    { title: title.reason === 'file name' ? undefined : title.title, file: name, paragraphs: body },
    folder.actors,
  );
  const published = inferPublished(fields.published, extracted.metadata, cleaned.blocks, name);
  const language = inferLanguage(fields.lang, extracted.metadata.language, body);
  const type = inferType(fields.type, title.title, extracted.format);
  const id = chooseId({ actor: actor.id, title: title.title, published: published?.published }, read.sha256, fields, folder);
  const front: Record<string, unknown> = {
    id,
    title: title.title,
    actor: actor.id,
    topics: [],
    source: {
      // A file's author metadata is often a person or a tool; the actor is who publishes a strategy.
      publisher: fields.publisher ?? actor.name,
      title: title.title,
      ...(fields.url === undefined ? {} : { url: fields.url }),
      retrieved: today.toISOString().slice(0, 10),
    },
    ...(published === undefined ? {} : { published: published.published }),
    ...(language === undefined ? {} : { language: language.language }),
    ...(language?.mixes === undefined ? {} : { languages: language.mixes }),
    type,
    ...(fields.versionOf === undefined ? {} : { versionOf: fields.versionOf }),
    ingest: { file: name, sha256: read.sha256, format: extracted.format, pages: extracted.pages, ingested: today.toISOString().slice(0, 10) },
  };
  return {
    id,
    actor,
    actorSure,
    actorCandidates,
    title: title.title,
    published: published?.published,
    language: language?.language,
    type,
    reasons: { actor: actorReason, title: title.reason, published: published?.reason, language: language?.reason },
    front,
  };
}
