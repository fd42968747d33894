/**
 * When a document was published: as the file states it (metadata), as its
 * file name starts (a team that names files by date means it), or as its
 * title page says (the first blocks of page 1). The file name comes before
 * the title page because a title page also cites older dates (laws, earlier
 * strategies), while a leading date in a name was put there on purpose.
 */
import type { Block, ExtractedMetadata } from '../types.ts';
import { dateOfFileName } from './file-name.ts';

export type PublishedReason = 'given' | 'metadata' | 'file name' | 'title page';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.join('|');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\s+((?:19|20)\\d{2})\\b`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'iu');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+((?:19|20)\\d{2})\\b`, 'iu');
const YEAR = /\b((?:19|20)\d{2})\b/u;

/** How much of the start of a document counts as its title page when it has no pages. */
const TITLE_PAGE_BLOCKS = 6;
const TITLE_PAGE_CHARS = 600;

const two = (n: number): string => String(n).padStart(2, '0');
const monthOf = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1;

/** The most precise date written in `text` ("1 October 2021", "October 1, 2021", "October 2021", "2021"), or undefined. */
export function dateInText(text: string): string | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy !== null && Number(dmy[1]) <= 31) return `${dmy[3]}-${two(monthOf(dmy[2] ?? ''))}-${two(Number(dmy[1]))}`;
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy !== null && Number(mdy[2]) <= 31) return `${mdy[3]}-${two(monthOf(mdy[1] ?? ''))}-${two(Number(mdy[2]))}`;
  const my = MONTH_YEAR.exec(text);
  if (my !== null) return `${my[2]}-${two(monthOf(my[1] ?? ''))}`;
  return YEAR.exec(text)?.[1];
}

/** A block this short, not ending a sentence, is a title line ("National Strategy 2019"), not a sentence ("… a response team by 2025."). */
const TITLE_LINE_CHARS = 120;

/** The blocks of the title page: page 1's, or the first few of a document without pages. */
function titlePage(blocks: readonly Block[]): readonly Block[] {
  const first = blocks[0]?.page ?? null;
  return first === null ? blocks.slice(0, TITLE_PAGE_BLOCKS) : blocks.filter((b) => b.page === first).slice(0, TITLE_PAGE_BLOCKS);
}

/**
 * The date the title page states: a day or a month with its year anywhere
 * on it, else a bare year in a title line only (a year inside a sentence is
 * a target or a citation more often than the date of the document).
 */
export function dateOnTitlePage(blocks: readonly Block[]): string | undefined {
  const page = titlePage(blocks);
  const text = page
    .map((b) => b.text)
    .join(' ')
    .slice(0, TITLE_PAGE_CHARS);
  const dated = dateInText(text);
  if (dated !== undefined && dated.length > 4) return dated;
  for (const b of page) {
    if (b.text.length > TITLE_LINE_CHARS || /[.!?]$/u.test(b.text.trim())) continue;
    const year = dateInText(b.text);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The published date (YYYY, YYYY-MM or YYYY-MM-DD) and where it came from, or undefined when nothing says. */
export function inferPublished(
  given: string | undefined,
  metadata: ExtractedMetadata,
  blocks: readonly Block[],
  file: string,
): { published: string; reason: PublishedReason } | undefined {
  if (given !== undefined) return { published: given, reason: 'given' };
  if (metadata.published !== undefined) return { published: metadata.published, reason: 'metadata' };
  const named = dateOfFileName(file);
  if (named !== undefined) return { published: named, reason: 'file name' };
  const onTitlePage = dateOnTitlePage(blocks);
  return onTitlePage === undefined ? undefined : { published: onTitlePage, reason: 'title page' };
}
