/**
 * Dates in a sentence: years (1900–2099), month-and-year ("May 2016") and
 * year ranges ("2014–2020", "from 2014 to 2020", "between 2014 and 2020").
 */

/** One date mention, offsets relative to the sentence. */
export interface DateMention {
  readonly year: number;
  readonly month?: number;
  readonly untilYear?: number;
  readonly start: number;
  readonly end: number;
}

/** English month names, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MONTH = MONTHS.join('|');
const YEAR = '(?:19|20)\\d{2}';
/** A range first, so "2014–2020" is one mention and not two years. */
/**
 * After a month, a day and "of" may come between ("March 09 of 2012"), and a footnote
 * number may be glued to the year ("March 09 of 201223" is 2012, note 23): with a month
 * before it, four digits and one or two more are a year and its note.
 */
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:from|between) (${YEAR}) (?:to|and) (${YEAR})|(${YEAR}) ?[-–—] ?(${YEAR})|(${MONTH}) (?:\\d{1,2},? )?(?:of )?(${YEAR})\\d{0,2}|(${YEAR}))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** True when `word` is an English month name (capitalised). */
export function isMonthName(word: string): boolean {
  return MONTHS.includes(word);
}

/** The dates of a sentence, in order. */
export function findDates(sentence: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(DATE)) {
    const [, fromA, toA, fromB, toB, month, monthYear, bareYear] = m;
    const year = monthYear ?? bareYear;
    const start = m.index;
    const end = start + m[0].length;
    const from = fromA ?? fromB;
    const to = toA ?? toB;
    if (from !== undefined && to !== undefined) {
      // A "range" that runs backwards is not one: leave it out rather than guess.
      if (Number(to) >= Number(from)) out.push({ year: Number(from), untilYear: Number(to), start, end });
    } else if (year !== undefined) {
      out.push({ year: Number(year), ...(month === undefined ? {} : { month: MONTHS.indexOf(month) + 1 }), start, end });
    }
  }
  return out;
}

/** "YYYY" or "YYYY-MM". */
export function formatDate(year: number, month?: number): string {
  return month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}
