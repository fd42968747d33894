/** What a file's name says: its stem, and a leading date (`20211001_Singapore_ENG.txt` → 2021-10-01). */
import { basename, extname } from 'node:path';

/** The file's name without its folder and extension. */
export function fileStem(file: string): string {
  const name = basename(file);
  return name.slice(0, name.length - extname(name).length);
}

const LEADING_DATE = /^((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?=[-_. ]|$)/u;
const LEADING_MONTH = /^((?:19|20)\d{2})[-_.](0[1-9]|1[0-2])(?=[-_. ]|$)/u;
const LEADING_YEAR = /^((?:19|20)\d{2})(?=[-_. ])/u;

/** The date the file's name starts with (YYYYMMDD, YYYY-MM-DD, YYYY-MM or YYYY, then a separator), or undefined. */
export function dateOfFileName(file: string): string | undefined {
  const stem = fileStem(file);
  const day = LEADING_DATE.exec(stem);
  if (day !== null) return `${day[1]}-${day[2]}-${day[3]}`;
  const month = LEADING_MONTH.exec(stem);
  if (month !== null) return `${month[1]}-${month[2]}`;
  return LEADING_YEAR.exec(stem)?.[1];
}

/** The file's stem as words: a leading date and a trailing language code dropped, separators as spaces ("Sierra Leone"). */
export function wordsOfFileName(file: string): string {
  return fileStem(file)
    .replace(/^(?:19|20)\d{2}(?:[-_.]?\d{2}){0,2}[-_. ]+/u, '')
    .replace(/[-_. ]+[A-Z]{2,3}$/u, '')
    .replace(/[-_.]+/gu, ' ')
    .trim();
}
