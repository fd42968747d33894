/**
 * Curated profile entries from `actors.yaml` (the optional `profile` of an
 * actor), checked against the passages: each must cite a passage that exists
 * and quote it verbatim, or loading fails naming the file and the field.
 */
import { KnowledgeError } from '../errors.ts';
import type { Actor } from '../knowledge/corpus.ts';
import { ACTORS_FILE } from '../knowledge/files.ts';
import { PROFILE_FIELDS, type ProfileField } from '../knowledge/schema.ts';
import type { Passage } from '../passages/chunk.ts';

/** A curated entry, checked: where it belongs and what it says. */
export interface CheckedCuratedEntry {
  readonly actor: string;
  readonly field: ProfileField;
  readonly text: string;
  readonly quote: string;
  readonly passageId: string;
  readonly year?: number;
  readonly replaces?: string;
}

/** Checks every actor's curated entries against `passageById`. Throws a KnowledgeError for the first bad one. */
export function checkCurated(actors: readonly Actor[], passageById: ReadonlyMap<string, Passage>): CheckedCuratedEntry[] {
  const out: CheckedCuratedEntry[] = [];
  for (const actor of actors) {
    for (const field of PROFILE_FIELDS) {
      (actor.profile?.[field] ?? []).forEach((entry, i) => {
        const where = `actors.${actor.id}.profile.${field}.${i}`;
        const passage = passageById.get(entry.passage);
        if (passage === undefined) {
          throw new KnowledgeError(
            ACTORS_FILE,
            `${where}.passage`,
            `the id of a passage (like "${passageById.keys().next().value ?? '<document-id>#1'}"), got "${entry.passage}"`,
          );
        }
        if (!passage.text.includes(entry.quote)) {
          throw new KnowledgeError(ACTORS_FILE, `${where}.quote`, `a verbatim slice of passage ${entry.passage}, got "${entry.quote.slice(0, 60)}"`);
        }
        out.push({
          actor: actor.id,
          field,
          text: entry.text,
          quote: entry.quote,
          passageId: entry.passage,
          ...(entry.year === undefined ? {} : { year: entry.year }),
          ...(entry.replaces === undefined ? {} : { replaces: entry.replaces }),
        });
      });
    }
  }
  return out;
}
