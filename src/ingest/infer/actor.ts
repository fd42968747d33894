/**
 * Which actor a document is from: the one the user names (by id, name or
 * alias), or the one its title or its file name names (alone), or failing
 * both the one its text names most, which is sure only when it clearly
 * dominates. Names are found with the search's own matcher (whole words,
 * acronyms case-sensitive), so "US" in a title is the United States and
 * "us" in a sentence is not.
 */
import { IngestError } from '../../errors.ts';
import type { Actor } from '../../knowledge/corpus.ts';
import { ActorNames } from '../../search/actor-names.ts';
import { normaliseText } from '../../text/terms.ts';
import { fileStem } from './file-name.ts';

/** How an actor was decided, for the user to check. */
export type ActorReason = 'given' | 'title' | 'file name' | 'text';

/** The paragraphs read to find the most-named actor: enough for any strategy's opening chapters, bounded for a 2,000-page file. */
const TEXT_PARAGRAPHS_READ = 3000;

/** The message for an actor that is not in actors.yaml: the known ones, and how to add one. */
function unknownActor(file: string, what: string, actors: readonly Actor[]): IngestError {
  const known = actors.map((a) => `${a.id} (${a.name})`).join(', ');
  return new IngestError(
    file,
    'unknown-actor',
    `${what}. Known actors: ${known}. Pass --actor with one of them, or add the actor to actors.yaml first (id, name, kind: state | union | organisation, aliases), then ingest again.`,
  );
}

/** The actor `given` names by id, name or alias (case-insensitive); an {@link IngestError} 'unknown-actor' when none does. */
export function resolveActor(given: string, actors: readonly Actor[], file: string): Actor {
  const key = given.trim().toLowerCase();
  const found = actors.find((a) => a.id === key || [a.name, ...a.aliases].some((n) => n.toLowerCase() === key));
  if (found === undefined) throw unknownActor(file, `"${given}" is not an actor of actors.yaml`, actors);
  return found;
}

/** What inference had to go on. */
export interface ActorEvidence {
  readonly title: string | undefined;
  /** The file's name (no folder). */
  readonly file: string;
  readonly paragraphs: readonly string[];
}

/** An actor the text names, and in how many paragraphs. */
export interface ActorCandidate {
  readonly id: string;
  readonly paragraphs: number;
}

/**
 * The actor decided, how, and whether that is sure enough to take without
 * asking. Only the text's count can be unsure: a document that names one
 * country far more than any other is that country's strategy; a paper about
 * strategies names several about as often, and is by none of them.
 */
export interface ActorInference {
  readonly actor: Actor;
  readonly reason: ActorReason;
  readonly sure: boolean;
  /** The actors the text names most (at most {@link CANDIDATES_SHOWN}), most named first: for the user to choose from. */
  readonly candidates: readonly ActorCandidate[];
}

/**
 * The text's most-named actor is taken without asking when it is named in
 * at least this many paragraphs and this many times as often as the next.
 * Measured on the shared corpora: every national strategy names its country
 * in 3 to 158 paragraphs and at least 4 times as often as
 * the next (Jordan 98 against 8, the USA 3 against none); the three research
 * papers name Russia 5–6 times and the US 4–5 times.
 */
const SURE_MIN_PARAGRAPHS = 2;
const SURE_RATIO = 3;
/** How many candidates a refusal lists. */
export const CANDIDATES_SHOWN = 5;

/** The one actor `text` names; undefined when it names none, or several (a title that compares two countries is by neither). */
function onlyActor(names: ActorNames, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const found = names.find(normaliseText(text));
  return found.length === 1 ? found[0] : undefined;
}

/** The actor `given` names, or the one inferred from `evidence` and how sure that is; an IngestError 'unknown-actor' when neither gives one. */
export function inferActor(given: string | undefined, evidence: ActorEvidence, actors: readonly Actor[]): ActorInference {
  const names = new ActorNames(actors);
  const candidates = namedInText(evidence.paragraphs, names);
  const shown = candidates.slice(0, CANDIDATES_SHOWN);
  if (given !== undefined) return { actor: resolveActor(given, actors, evidence.file), reason: 'given', sure: true, candidates: shown };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const fromTitle = byId.get(onlyActor(names, evidence.title) ?? '');
  if (fromTitle !== undefined) return { actor: fromTitle, reason: 'title', sure: true, candidates: shown };
  // File names write spaces as hyphens or underscores: 20211001_Sierra-Leone_ENG.txt names Sierra Leone.
  const fromFile = byId.get(onlyActor(names, fileStem(evidence.file).replace(/[-_.]+/gu, ' ')) ?? '');
  if (fromFile !== undefined) return { actor: fromFile, reason: 'file name', sure: true, candidates: shown };
  const [top, next] = candidates;
  const actor = byId.get(top?.id ?? '');
  if (top === undefined || actor === undefined)
    throw unknownActor(evidence.file, 'no actor of actors.yaml is named in its title, its file name or its text', actors);
  const sure = top.paragraphs >= SURE_MIN_PARAGRAPHS && top.paragraphs >= SURE_RATIO * (next?.paragraphs ?? 0);
  return { actor, reason: 'text', sure, candidates: shown };
}

/** The actors the text names, each with the number of paragraphs naming it, most named first (ties: the one named first). */
export function namedInText(paragraphs: readonly string[], names: ActorNames): ActorCandidate[] {
  const counts = new Map<string, number>();
  for (const p of paragraphs.slice(0, TEXT_PARAGRAPHS_READ)) {
    for (const id of names.find(normaliseText(p))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  // A stable sort keeps Map order (first named first) among equal counts.
  return [...counts].map(([id, n]) => ({ id, paragraphs: n })).sort((a, b) => b.paragraphs - a.paragraphs);
}

/**
 * The refusal for a document whose actor is not sure and nobody can be
 * asked (`--yes`, a script): the candidates, and what to do.
 */
export function unsureActor(file: string, candidates: readonly ActorCandidate[]): IngestError {
  const named = candidates.map((c) => `${c.id} (${c.paragraphs} paragraph${c.paragraphs === 1 ? '' : 's'})`).join(', ');
  const text =
    candidates.length > 1
      ? `its text names several about as often (${named}), as a paper or a report about them does`
      : `its text names only ${named}: too little to go on`;
  return new IngestError(
    file,
    'actor-unsure',
    `its actor is not clear: no actor is named in its title or file name, and ${text}. ` +
      'Pass --actor with the one it is by; if it is by none of them (a research paper, an international body), add its publisher to actors.yaml (kind: organisation) and pass that.',
  );
}
