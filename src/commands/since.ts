/** The `since` option of `/feedback`: a date, read strictly. */
import { UserError } from '../errors.ts';

/** A day (2026-01-31) or a full ISO time: nothing looser, so that a typo is not read as some other date. */
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/u;

/** The date `since` names, or a UserError saying what is expected. */
export function parseSince(since: string): Date {
  const text = since.trim();
  const date = new Date(text);
  if (!DATE.test(text) || Number.isNaN(date.getTime())) {
    throw new UserError('bad-argument', `since: expected a date like 2026-01-31 (or an ISO time), got "${since}".`);
  }
  return date;
}
