/**
 * The zod schemas for everything in the knowledge folder: document front
 * matter, `actors.yaml`, `glossary.yaml` and `topics.yaml`. The inferred
 * types are the project's types for these things.
 */
import { z } from 'zod';

/** A lowercase slug: letters, digits and single hyphens. Used for every id in the corpus. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase id of letters, digits and hyphens (e.g. "eu-cyber-strategy")');

const nonEmpty = z.string().trim().min(1, 'a non-empty text');

/** A calendar date written as YYYY-MM-DD (YAML may hand it over as a Date). */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
);

/**
 * Where a document's text comes from. `url` is optional: a local file
 * ingested without one is cited by title and page, with no link.
 */
export const sourceSchema = z.strictObject({
  publisher: nonEmpty,
  title: nonEmpty,
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
  retrieved: isoDate,
});
export type Source = z.infer<typeof sourceSchema>;

/** A date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD (YAML may hand over a Date or a bare year). */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A BCP 47 language tag (`en`, `fr`, `pt-BR`, `zh-Hant`). */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag (e.g. "en", "fr", "pt-BR")');

/** What kind of document it is. */
export const DOCUMENT_TYPES = ['strategy', 'law', 'report', 'statement', 'web', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The formats ingest reads (as sniffed from the bytes). */
export const SOURCE_FORMATS = ['pdf', 'html', 'docx', 'text', 'markdown'] as const;

/** What `policy-bot ingest` records about the original file: enough to recognise it again and to say where the text came from. */
export const ingestRecordSchema = z.strictObject({
  /** The file's name as it was ingested (no folder). */
  file: nonEmpty,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 written as 64 lowercase hex digits'),
  format: z.enum(SOURCE_FORMATS),
  /** Page count; null where the format has no pages. */
  pages: z.number().int().positive().nullable(),
  ingested: isoDate,
});
export type IngestRecord = z.infer<typeof ingestRecordSchema>;

/** The front matter of a knowledge Markdown file. Every field after `source` is optional: hand-written files need none of them. */
export const frontMatterSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  actor: slug,
  topics: z.array(slug).default([]),
  source: sourceSchema,
  published: partialDate.optional(),
  language: languageTag.optional(),
  /** The languages a document mixes, main first (ingest writes it when a second language holds a good share): each paragraph is then read as the one of them it is written in. */
  languages: z.array(languageTag).min(2, 'at least two languages (one is `language`)').optional(),
  type: z.enum(DOCUMENT_TYPES).optional(),
  /** The id of the document this one is a new version of. */
  versionOf: slug.optional(),
  ingest: ingestRecordSchema.optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The fields of an actor profile (the facts layer), as curated in `actors.yaml` and shown in JSON. */
export const PROFILE_FIELDS = ['documents', 'planned', 'themes', 'approach', 'capacityBuilding', 'partners'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** One curated profile entry: a statement, cited to a passage and a verbatim quote from it (checked when facts are built). */
export const curatedEntrySchema = z.strictObject({
  text: nonEmpty,
  passage: nonEmpty,
  quote: nonEmpty,
  year: z.number().int().min(1900).max(2100).optional(),
  /** An extracted entry of the same field that this one corrects: entries whose text contains this are dropped. */
  replaces: nonEmpty.optional(),
});
export type CuratedEntry = z.infer<typeof curatedEntrySchema>;

/** The optional `profile` of an actor: curated entries by field. */
export const curatedProfileSchema = z.strictObject(
  Object.fromEntries(PROFILE_FIELDS.map((f) => [f, z.array(curatedEntrySchema).optional()])) as Record<
    ProfileField,
    z.ZodOptional<z.ZodArray<typeof curatedEntrySchema>>
  >,
);
export type CuratedProfile = z.infer<typeof curatedProfileSchema>;

/** One actor of `actors.yaml`. */
export const actorSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  kind: z.enum(['state', 'union', 'organisation']),
  aliases: z.array(nonEmpty).default([]),
  profile: curatedProfileSchema.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** `actors.yaml`. Curated profile fields (the facts layer) may extend actors here. */
export const actorsFileSchema = z.strictObject({
  actors: z.array(actorSchema).min(1, 'at least one actor'),
});

/** One entry of `glossary.yaml`: a term and what it means (acronym expansions or synonyms). */
export const glossaryEntrySchema = z.strictObject({
  term: nonEmpty,
  means: z.array(nonEmpty).min(1, 'at least one meaning'),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** `glossary.yaml`. */
export const glossaryFileSchema = z.strictObject({
  entries: z.array(glossaryEntrySchema).default([]),
});

/** One topic of `topics.yaml`. */
export const topicSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  terms: z.array(nonEmpty).min(1, 'at least one term'),
});
export type Topic = z.infer<typeof topicSchema>;

/** `topics.yaml`. */
export const topicsFileSchema = z.strictObject({
  topics: z.array(topicSchema).default([]),
});
