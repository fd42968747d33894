/**
 * Reading a list at an index the caller has already bounds-checked (a loop
 * bound, an index the same list handed out). TypeScript cannot see that
 * check, so the read is typed `T | undefined`; rather than cast the
 * `undefined` away, an index outside the list is reported as the bug it is.
 */
import { InternalError } from '../../errors.ts';

/** Item `i` of `items`, a list that holds no `undefined` (nor `null`); an index outside it throws {@link InternalError}. */
export function itemAt<T extends NonNullable<unknown>>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new InternalError(`policy-bot: ingest cleaning read item ${i} of a list of ${items.length}`);
  return item;
}
