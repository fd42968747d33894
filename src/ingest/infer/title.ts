/**
 * A document's title: what the file says it is (metadata), else the line of
 * its opening that names what it is (a strategy, a policy, a law…), else the
 * running header that does (a title that stands only at the top of every
 * page), else the name its opening sentences give it (self-name.ts; it also
 * corrects a title line misread by OCR), else its first heading that is not a section name or title-page
 * furniture, a short first line, or its file name.
 *
 * Real title pages open with everything but the title: "REPUBLIC OF GHANA",
 * "Foreword", "Executive Summary", "Table of figures", a date. Measured on
 * the 47 strategies of the shared corpus, "the first heading" gave
 * "Foreword", "Executive Summary", "TABLE OF FIGURES" or "DECISION" for about
 * half of them; a line that names the document's kind is the title far more
 * often (title-lines.ts says which lines do).
 */
import type { Block, ExtractedMetadata } from '../types.ts';
import { wordsOfFileName } from './file-name.ts';
import { selfName } from './self-name.ts';
import { isFurniture, looksLikeContents, namesKind, openQuotes, titleText } from './title-lines.ts';

/** A first block longer than this is body text, not a title. */
const MAX_TITLE_CHARS = 150;
/** How many blocks of the opening are looked at for the title. */
const OPENING_BLOCKS = 15;

/** How many blocks of the opening are read for the name the document gives itself (a foreword runs a page or two). */
const SELF_NAMING_BLOCKS = 40;

/** Where a title came from, for the user to check. */
export type TitleReason = 'given' | 'metadata' | 'names its kind' | 'running header' | 'names itself' | 'heading' | 'first line' | 'file name';

const usable = (t: string | undefined): t is string => t !== undefined && t.trim().length >= 3 && t.trim().length <= MAX_TITLE_CHARS;

/** Metadata titles that are a tool's default, not the document's ("Microsoft Word - draft.docx", "untitled"). */
const PLACEHOLDER = /^(?:untitled|document\d*|microsoft word\b.*|.*\.(?:docx?|pdf|txt))$/iu;

/** Section names and title-page furniture that are never a document's title. */
const SECTION_NAMES =
  /^(?:#+\s*)?(?:the\s+)?(?:foreword|preface|executive summary|summary|contents|table of contents|table of figures|list of (?:figures|tables)|introduction|acknowledge?ments?|abbreviations|glossary|avant-propos|préface|sommaire|résumé|saturs|ievads|resumen ejecutivo|índice|introducción|содержание|введение|общие положения|περιεχόμενα|εισαγωγή|(?:minister|president|prime minister)['’]?s? (?:foreword|message|statement)|message(?: from .*)?|\(?draft\)?(?=\s*$)|provisional translation|decision|the government)\b/iu;

/** A line that is only a date or a place and a date ("Vienna, 2021", "October 2021"). */
const DATE_LINE = /^(?:\p{L}+,\s+)?(?:\d{1,2}\.?\s+)?(?:\p{L}+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\.?$/u;

/**
 * Words enough to be a title: two of three letters or more, mostly letters,
 * not opening on a connector ("OF BANGLADESH" ends a cover's line) and no
 * address ("E-mail: dir.strategy…@…"). A scanned cover leaves '6 a», DIGITAL GO'.
 */
const wordy = (t: string): boolean => {
  if (/@|https?:|www\./iu.test(t) || /^(?:of|and|for|to|in)\s/iu.test(t) || !/^[\p{L}\p{N}“"‘'«(]/u.test(t)) return false;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  return (t.match(/\p{L}{3,}/gu) ?? []).length >= 2 && letters >= 0.6 * t.replace(/\s/gu, '').length;
};

/** A line that may be a title: not too long or short, not a sentence's end (a quoted name may end in a full stop), no section name, date or contents entry. */
const candidate = (b: Block): boolean => {
  const t = titleText(b.text);
  return (
    (b.kind === 'heading' || b.kind === 'paragraph') &&
    usable(t) &&
    wordy(t) &&
    !/[.;,:]$/u.test(t) &&
    !SECTION_NAMES.test(t) &&
    !DATE_LINE.test(t) &&
    !looksLikeContents(t)
  );
};

/** Whether two blocks are one title set over two lines: headings of one page, the first opening a quotation the second closes. */
const continues = (first: Block | undefined, next: Block | undefined): boolean =>
  first !== undefined &&
  next !== undefined &&
  first.kind === 'heading' &&
  next.kind === 'heading' &&
  first.page === next.page &&
  openQuotes(first.text) > 0 &&
  openQuotes(first.text + next.text) === 0;

/** The title line at `i` of `blocks`, joined with the line before or after it when a quotation runs over both. */
function titleAt(blocks: readonly Block[], i: number): string {
  const here = blocks[i];
  if (here === undefined) return '';
  if (continues(blocks[i - 1], here)) return titleText(`${blocks[i - 1]?.text ?? ''} ${here.text}`);
  if (continues(here, blocks[i + 1])) return titleText(`${here.text} ${blocks[i + 1]?.text ?? ''}`);
  return titleText(here.text);
}

const lettersOf = (t: string): string[] => (t.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());

/**
 * Whether the title line `line` (block `at`) is a misreading of the name the
 * text gives itself: it starts as that name does (its first two words), and
 * has a word of four letters or more that no other block of the document
 * has, where the name has another (a cover read by OCR: "Stratégie Nationale
 * de SHHHIE" for the "Stratégie Nationale de Cybersécurité" of the preface).
 */
function misreadOf(line: string, name: string, blocks: readonly Block[], at: number): boolean {
  const lineWords = lettersOf(line);
  const nameWords = lettersOf(name);
  if (lineWords.slice(0, 2).join(' ') !== nameWords.slice(0, 2).join(' ')) return false;
  const elsewhere = new Set(blocks.filter((_, i) => i !== at).flatMap((b) => lettersOf(b.text)));
  return lineWords.some((w) => w.length >= 4 && !elsewhere.has(w) && !nameWords.includes(w));
}

/**
 * The title, and where it came from. `runningLines` are the document's
 * running headers and footers, the most repeated first (cleaning removed them).
 */
export function inferTitle(
  given: string | undefined,
  metadata: ExtractedMetadata,
  blocks: readonly Block[],
  file: string,
  runningLines: readonly string[] = [],
): { title: string; reason: TitleReason } {
  if (given !== undefined) return { title: given.trim(), reason: 'given' };
  if (usable(metadata.title) && !PLACEHOLDER.test(metadata.title.trim())) return { title: metadata.title.trim(), reason: 'metadata' };
  const opening = blocks.slice(0, OPENING_BLOCKS);
  const named = blocks
    .slice(0, SELF_NAMING_BLOCKS)
    .filter((b) => b.kind === 'paragraph' || b.kind === 'list-item')
    .map((b) => selfName(b.text))
    .find((n) => n !== undefined && usable(n));
  const kindAt = opening.findIndex((b) => candidate(b) && namesKind(titleText(b.text)));
  if (kindAt >= 0) {
    const line = titleAt(opening, kindAt);
    if (named !== undefined && misreadOf(line, named, blocks, kindAt)) return { title: named, reason: 'names itself' };
    return { title: line, reason: 'names its kind' };
  }
  const running = runningLines.map(titleText).find((t) => usable(t) && wordy(t) && namesKind(t) && !looksLikeContents(t));
  if (running !== undefined) return { title: running, reason: 'running header' };
  if (named !== undefined) return { title: named, reason: 'names itself' };
  // A heading that is not who issues the document ("SOON" on a scanned seal is not wordy enough).
  // A heading followed by a contents entry ("Línea Estratégica 2.1 …") is an entry of the contents itself.
  const heading = opening.find(
    (b, i) => b.kind === 'heading' && candidate(b) && !isFurniture(b.text) && !looksLikeContents(titleText(opening[i + 1]?.text ?? '')),
  );
  if (heading !== undefined) return { title: titleText(heading.text), reason: 'heading' };
  const first = blocks.find((b) => b.kind === 'paragraph');
  // A short first paragraph that does not end a sentence reads as a title line.
  if (first !== undefined && candidate(first) && !isFurniture(first.text)) return { title: titleText(first.text), reason: 'first line' };
  const words = wordsOfFileName(file);
  return { title: words === '' ? file : words, reason: 'file name' };
}
