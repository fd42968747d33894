/**
 * Which actor a document is from: the one the user names (by id, name or
 * alias), or the one its title, its file name or, failing both, its text
 * names most. Names are found with the search's own matcher (whole words,
 * acronyms case-sensitive), so "US" in a title is the United States and
 * "us" in a sentence is not.
 */
import { IngestError } from '../../errors.ts';
import type { Actor } from '../../knowledge/corpus.ts';
import { ActorNames } from '../../search/actor-names.ts';
import { normaliseText } from '../../text/terms.ts';
import { fileStem } from './file-name.ts';
import { winner } from './votes.ts';

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

/** The actor `given` names, or the one inferred from `evidence`; an IngestError 'unknown-actor' when neither gives one. */
export function inferActor(given: string | undefined, evidence: ActorEvidence, actors: readonly Actor[]): { actor: Actor; reason: ActorReason } {
  if (given !== undefined) return { actor: resolveActor(given, actors, evidence.file), reason: 'given' };
  const names = new ActorNames(actors);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const first = (text: string | undefined): Actor | undefined => (text === undefined ? undefined : byId.get(names.find(normaliseText(text))[0] ?? ''));
  const fromTitle = first(evidence.title);
  if (fromTitle !== undefined) return { actor: fromTitle, reason: 'title' };
  // File names write spaces as hyphens or underscores: 20211001_Sierra-Leone_ENG.txt names Sierra Leone.
  const fromFile = first(fileStem(evidence.file).replace(/[-_.]+/gu, ' '));
  if (fromFile !== undefined) return { actor: fromFile, reason: 'file name' };
  const fromText = mostNamed(evidence.paragraphs, names);
  const actor = fromText === undefined ? undefined : byId.get(fromText);
  if (actor !== undefined) return { actor, reason: 'text' };
  throw unknownActor(evidence.file, 'no actor of actors.yaml is named in its title, its file name or its text', actors);
}

/** The actor named in the most paragraphs (ties: the one named first), or undefined. */
export function mostNamed(paragraphs: readonly string[], names: ActorNames): string | undefined {
  const counts = new Map<string, number>();
  for (const p of paragraphs.slice(0, TEXT_PARAGRAPHS_READ)) {
    for (const id of names.find(normaliseText(p))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return winner(counts);
}
