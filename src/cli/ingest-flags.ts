/**
 * The command line of `policy-bot ingest FILE... [flags]`, parsed strictly:
 * node's parseArgs for the shape (an unknown flag is an error), then zod for
 * each value (a date, a URL, a type, a language tag), so a bad value is
 * named before any file is read.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { IngestFields } from '../ingest/ingest.ts';
import { DOCUMENT_TYPES, languageTag, partialDate, slug } from '../knowledge/schema.ts';
import { UsageError } from './exit-codes.ts';

const FLAGS = {
  knowledge: { type: 'string' },
  actor: { type: 'string' },
  title: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  publisher: { type: 'string' },
  type: { type: 'string' },
  lang: { type: 'string' },
  'version-of': { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const text = z.string().trim().min(1, 'a non-empty text');

/** Each field's check: used for the flags and for a field corrected at the prompt. */
export const FIELD_SCHEMAS = {
  actor: text,
  title: text,
  published: partialDate,
  url: z.url({ protocol: /^https?$/u, error: 'an http(s) URL' }),
  publisher: text,
  type: z.enum(DOCUMENT_TYPES, { error: `one of ${DOCUMENT_TYPES.join(', ')}` }),
  lang: z.union([z.literal('auto'), languageTag], { error: 'auto or a BCP 47 language tag (e.g. en, fr, pt-BR)' }),
  versionOf: slug,
} as const;
export type FieldName = keyof typeof FIELD_SCHEMAS;
export const FIELD_NAMES = Object.keys(FIELD_SCHEMAS) as FieldName[];

/** A parsed `ingest` command line. */
export interface IngestArgs {
  readonly files: readonly string[];
  readonly knowledge: string | undefined;
  readonly fields: IngestFields;
  readonly dryRun: boolean;
  readonly yes: boolean;
  readonly json: boolean;
  readonly help: boolean;
}

/** Checks one field's value; throws a UsageError naming the flag and what it expects. */
export function checkField(name: FieldName, value: string, flag = `--${name === 'versionOf' ? 'version-of' : name}`): string {
  const result = FIELD_SCHEMAS[name].safeParse(value);
  if (result.success) return result.data;
  throw new UsageError(`policy-bot ingest: ${flag}: expected ${result.error.issues[0]?.message ?? 'a valid value'}, got ${JSON.stringify(value)}`);
}

/** Sets `name` to `value` in `fields` (checked). */
export function withField(fields: IngestFields, name: FieldName, value: string): IngestFields {
  return { ...fields, [name]: checkField(name, value) };
}

/** Parses the arguments after `ingest`. */
export function parseIngestArgs(args: readonly string[]): IngestArgs {
  const parsed = (() => {
    try {
      return parseArgs({ args: [...args], options: FLAGS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see: policy-bot ingest --help)`);
    }
  })();
  const { values, positionals } = parsed;
  let fields: IngestFields = {};
  const given: [FieldName, string | undefined][] = [
    ['actor', values.actor],
    ['title', values.title],
    ['published', values.published],
    ['url', values.url],
    ['publisher', values.publisher],
    ['type', values.type],
    ['lang', values.lang],
    ['versionOf', values['version-of']],
  ];
  for (const [name, value] of given) if (value !== undefined) fields = withField(fields, name, value);
  const help = values.help === true;
  if (!help && positionals.length === 0) throw new UsageError('policy-bot ingest: name at least one file to ingest (see: policy-bot ingest --help)');
  if (fields.versionOf !== undefined && positionals.length > 1)
    throw new UsageError('policy-bot ingest: --version-of applies to one file: ingest that file on its own.');
  return {
    files: positionals,
    knowledge: values.knowledge,
    fields,
    dryRun: values['dry-run'] === true,
    yes: values.yes === true,
    json: values.json === true,
    help,
  };
}

/** `policy-bot ingest --help`. */
export const INGEST_USAGE = [
  'policy-bot ingest FILE... [--knowledge DIR] [--actor ACTOR] [--title T] [--published YYYY[-MM[-DD]]] [--url URL]',
  '                  [--publisher P] [--type strategy|law|report|statement|web|other] [--lang auto|en|fr|...]',
  '                  [--version-of ID] [--dry-run] [--yes] [--json]',
  '  Adds documents (PDF, HTML, DOCX, text, Markdown) to the knowledge folder as cited Markdown.',
  '  What is not given is inferred (actor, title, date, language, type, id) and shown for confirmation;',
  '  --yes takes what was inferred, --dry-run writes nothing, --json prints one JSON object per document.',
  '  --title, --actor (id, name or alias), --published, --lang and --type replace what would be inferred.',
  '  --url cites the source (a paged document links to URL#page=N); --version-of marks a new version.',
  '  Exit codes: 0 done, 1 a file refused (nothing written for it), 2 a malformed command line,',
  '  3 a knowledge folder that does not validate.',
].join('\n');
