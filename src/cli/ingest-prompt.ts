/**
 * What `policy-bot ingest` shows of a document, and the confirmation on a
 * terminal: yes, no, or a field corrected (`title=National Cyber Strategy`),
 * after which the document is described again.
 */
import type { IngestFields, PreparedDocument } from '../ingest/ingest.ts';
import { basename } from 'node:path';
import { FIELD_NAMES, type FieldName, withField } from './ingest-flags.ts';
import { IngestError, UserError } from '../errors.ts';

/** Asks one question; resolves to the answer, or undefined at the end of input. */
export type Prompt = (question: string) => Promise<string | undefined>;

/** How a field was decided, in words. */
const REASONS: Readonly<Record<string, string>> = {
  given: 'as given',
  title: 'named in the title',
  'file name': 'from the file name',
  text: 'the actor the text names most',
  metadata: "from the file's metadata",
  heading: 'the first heading',
  'names its kind': 'the opening line that names what it is',
  'running header': 'the running header that names what it is',
  'names itself': 'the name its opening sentences give it',
  'first line': 'the first line',
  'title page': 'from the title page',
  detected: 'detected',
};
const from = (reason: string | undefined): string => (reason === undefined ? '' : ` (${REASONS[reason] ?? reason})`);

/** The actor line: who, and how it was decided; a guess says so, with the other actors the text names. */
function actorLine(p: PreparedDocument): string {
  const how = REASONS[p.reasons.actor] ?? p.reasons.actor;
  if (p.actorSure) return `${p.actor.name} (${p.actor.id}; ${how})`;
  const named = p.actorCandidates.map((c) => `${c.id} ${c.paragraphs}`).join(', ');
  return `${p.actor.name}? (${p.actor.id}; not sure: ${how}, but it names others about as often — paragraphs naming each: ${named})`;
}

/** The document as text: what was inferred and why, the counts, the warnings, and what became of it. */
export function describePrepared(p: PreparedDocument, written: string | null, dryRun: boolean): string {
  const outcome =
    p.duplicateOf !== undefined
      ? `already ingested as ${p.duplicateOf}: nothing changed`
      : written !== null
        ? `written: ${written}`
        : dryRun
          ? `dry run: would write ${basename(p.target)}`
          : `would write ${basename(p.target)}`;
  return [
    `${p.file} → ${p.id}`,
    `  actor:     ${actorLine(p)}`,
    `  title:     ${p.title}${from(p.reasons.title)}`,
    `  published: ${p.published ?? 'unknown'}${from(p.reasons.published)}`,
    `  language:  ${p.language ?? 'unknown'}${from(p.reasons.language)}`,
    `  type:      ${p.type}`,
    `  pages: ${p.read.extracted.pages ?? '-'} · passages: ${p.passages} · words kept ${p.read.cleaned.report.wordsKept} of ${p.read.cleaned.report.wordsExtracted}`,
    ...p.warnings.map((w) => `  warning: ${w}`),
    `  ${outcome}`,
  ].join('\n');
}

const FIELD_ALIASES: Readonly<Record<string, FieldName>> = { language: 'lang', 'version-of': 'versionOf', date: 'published' };

/** Reads `name=value` into a field name and value, or undefined when it is not one. */
function parseCorrection(answer: string): { name: FieldName; value: string } | undefined {
  const at = answer.indexOf('=');
  if (at < 0) return undefined;
  const key = answer.slice(0, at).trim().toLowerCase();
  const name = FIELD_ALIASES[key] ?? FIELD_NAMES.find((f) => f.toLowerCase() === key);
  return name === undefined ? undefined : { name, value: answer.slice(at + 1).trim() };
}

/**
 * Shows `prepared` and asks until the user says yes (resolves to the
 * document and fields as confirmed) or no, or input ends (undefined).
 * `again` describes the document again with corrected fields; a correction
 * it refuses (an unknown actor) is said and asked again.
 */
export async function confirm(
  prepared: PreparedDocument,
  fields: IngestFields,
  prompt: Prompt,
  say: (text: string) => void,
  again: (fields: IngestFields) => PreparedDocument,
): Promise<{ prepared: PreparedDocument; fields: IngestFields } | undefined> {
  let current = { prepared, fields };
  say(`${describePrepared(prepared, null, false)}\n`);
  if (!prepared.actorSure) {
    const chosen = await askActor(current, prompt, say, again);
    if (chosen === undefined) return undefined;
    current = chosen;
  }
  for (;;) {
    const answer = (await prompt(`Add it? y = yes, n = no, or correct a field as name=value (${FIELD_NAMES.join(', ')}): `))?.trim();
    if (answer === undefined || /^(?:n|no)$/iu.test(answer)) return undefined;
    if (/^(?:y|yes)$/iu.test(answer)) return current;
    const correction = parseCorrection(answer);
    if (correction === undefined) {
      say('Answer y, n, or name=value (e.g. title=National Cybersecurity Strategy).\n');
      continue;
    }
    try {
      const next = withField(current.fields, correction.name, correction.value);
      current = { prepared: again(next), fields: next };
      say(`${describePrepared(current.prepared, null, false)}\n`);
    } catch (error) {
      if (!(error instanceof UserError || error instanceof IngestError)) throw error;
      say(`${error.message}\n`);
    }
  }
}

/**
 * Asks which actor a document is by, when inference only guessed: until an
 * actor of actors.yaml is named (resolves to the document described again),
 * or the user says no or input ends (undefined).
 */
async function askActor(
  current: { prepared: PreparedDocument; fields: IngestFields },
  prompt: Prompt,
  say: (text: string) => void,
  again: (fields: IngestFields) => PreparedDocument,
): Promise<{ prepared: PreparedDocument; fields: IngestFields } | undefined> {
  const named = current.prepared.actorCandidates.map((c) => c.id).join(', ');
  for (;;) {
    const answer = (await prompt(`Which actor is it by? An id, name or alias of actors.yaml (the text names most: ${named}), or n to skip it: `))?.trim();
    if (answer === undefined || /^(?:n|no)$/iu.test(answer)) return undefined;
    if (answer === '') continue;
    try {
      const fields = withField(current.fields, 'actor', answer);
      const prepared = again(fields);
      say(`${describePrepared(prepared, null, false)}\n`);
      return { prepared, fields };
    } catch (error) {
      if (!(error instanceof UserError || error instanceof IngestError)) throw error;
      say(`${error.message}\n`);
    }
  }
}
