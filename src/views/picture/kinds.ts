/**
 * Which kinds of reply have a picture: kept apart from the drawing code, so
 * that fronts can ask without loading resvg and the font reader.
 */
import type { Reply } from '../../replies.ts';

/** The kinds of reply that have a picture. */
export const PICTURED_KINDS: readonly Reply['kind'][] = ['timeline', 'compare'];

/** Whether replies of `kind` have a picture. */
export function isPictured(kind: string): boolean {
  return (PICTURED_KINDS as readonly string[]).includes(kind);
}
