/** Dates as files state them (PDF `D:` strings, ISO timestamps, HTML meta) → YYYY, YYYY-MM or YYYY-MM-DD. */

const validMonth = (m: string): boolean => Number(m) >= 1 && Number(m) <= 12;
const validDay = (d: string): boolean => Number(d) >= 1 && Number(d) <= 31;

/**
 * The date at the start of `value` as YYYY[-MM[-DD]], or undefined when it
 * does not start with one. Accepts ISO forms (`2024-03-05T10:00:00Z`,
 * `2024-03`, `2024`) and PDF dates (`D:20240305100000Z`, `D:2024`); a month
 * or day out of range is dropped rather than guessed.
 */
export function normalizeDate(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  const match = /^D:(\d{4})(\d{2})?(\d{2})?/u.exec(text) ?? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/u.exec(text);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  if (year === undefined || Number(year) < 1000) return undefined;
  if (month === undefined || !validMonth(month)) return year;
  if (day === undefined || !validDay(day)) return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}
