/**
 * Reading a knowledge document's body: its paragraphs, and, where the body
 * is structured (the format `policy-bot ingest` writes, described in
 * src/ingest/types.ts), where each paragraph stands: its page, its heading
 * path and its layout kind.
 *
 * - `<!-- page: N -->` alone in a block: what follows starts on page N.
 * - `#` … `######` lines: headings. They set the heading path of the
 *   paragraphs after them and are not paragraphs themselves: a bare heading
 *   answers nothing, and its words are in every passage's path instead.
 * - `- ` lines: list items, each its own paragraph (a following line that
 *   does not start an item continues it, as a soft wrap).
 * - `<!-- layout: KIND -->` alone in a block: the next paragraph(s) of that
 *   block are kept but marked.
 * - A leading backslash before `#`, `-`, `<` or `\` is an escape: the
 *   paragraph starts with that character and is no marker.
 *
 * A body with none of these reads exactly as {@link markdownParagraphs} reads it.
 */
import { LAYOUT_KINDS, type LayoutKind } from '../ingest/types.ts';
import { markdownParagraphs } from '../text/paragraphs.ts';

/** Where one paragraph stands in its document. */
export interface ParagraphPlace {
  /** The page it starts on (1-based), or null where the document has no pages. */
  readonly page: number | null;
  /** The headings it sits under, outermost first ("Chapter 2", "Build resilient infrastructure"). */
  readonly headings: readonly string[];
  /** Its layout kind when it is marked (a table of contents, a table…), else null. */
  readonly layout: LayoutKind | null;
}

/** A parsed body: paragraphs, and their places when the body is structured. */
export interface ParsedBody {
  readonly paragraphs: string[];
  /** One per paragraph; undefined for a body with no markers at all (a hand-written document). */
  readonly places?: ParagraphPlace[];
}

const PAGE_MARKER = /^<!--\s*page:\s*(\d{1,6})\s*-->$/u;
const LAYOUT_MARKER = /^<!--\s*layout:\s*([a-z]+)\s*-->$/u;
const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const LIST_ITEM = /^-[ \t]+/u;
const ESCAPED = /^\\([#\-<\\])/u;

/** True when `body` has anything {@link parseBody} reads as structure. */
export function isStructured(body: string): boolean {
  return /^(?:[ \t]*(?:#{1,6}[ \t]|-[ \t]|<!--\s*(?:page|layout):)|\\[#\-<\\])/mu.test(body);
}

const isLayoutKind = (kind: string): kind is LayoutKind => (LAYOUT_KINDS as readonly string[]).includes(kind);

/** Reads `body` (the text after the front matter). Throws nothing: an unknown layout kind is a plain paragraph. */
export function parseBody(body: string): ParsedBody {
  if (!isStructured(body)) return { paragraphs: markdownParagraphs(body) };
  const paragraphs: string[] = [];
  const places: ParagraphPlace[] = [];
  let page: number | null = null;
  // Headings as a stack of levels; `path` is shared by every paragraph until the next heading (one array, not one per paragraph).
  const stack: { level: number; text: string }[] = [];
  let path: readonly string[] = [];
  let layout: LayoutKind | null = null;

  const push = (lines: readonly string[]): void => {
    const text = lines.join(' ').trim();
    if (text === '') return;
    paragraphs.push(text);
    places.push({ page, headings: path, layout });
  };

  for (const block of body.split(/\r?\n[ \t]*\r?\n/u)) {
    const lines = block
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length === 0) continue;
    const only = lines.length === 1 ? lines[0] : undefined;
    const pageMark = only === undefined ? null : PAGE_MARKER.exec(only);
    if (pageMark !== null) {
      page = Number(pageMark[1]);
      continue;
    }
    const layoutMark = only === undefined ? null : LAYOUT_MARKER.exec(only);
    if (layoutMark !== null && isLayoutKind(layoutMark[1] ?? '')) {
      layout = layoutMark[1] as LayoutKind;
      continue;
    }
    let current: string[] = [];
    for (const line of lines) {
      const heading = HEADING.exec(line);
      if (heading !== null) {
        push(current);
        current = [];
        const level = (heading[1] ?? '#').length;
        while ((stack.at(-1)?.level ?? 0) >= level) stack.pop();
        stack.push({ level, text: heading[2] ?? '' });
        path = stack.map((h) => h.text).filter((t) => t !== '');
        continue;
      }
      if (LIST_ITEM.test(line)) {
        push(current);
        current = [line.replace(LIST_ITEM, '')];
        continue;
      }
      current.push(line.replace(ESCAPED, '$1'));
    }
    push(current);
    // A layout marker applies to the one block after it.
    layout = null;
  }
  return { paragraphs, places };
}

/** A body with every kind of marker: what it parses to is part of the cache key, so a change in reading bodies rebuilds the cache. */
export const BODY_PROBE =
  '<!-- page: 2 -->\n\n# A\n\n## B\n\nText\nwrapped.\n\n- one\n- two\ncontinued\n\n<!-- layout: toc -->\n\nContents\n\n\\# not a heading\n';

/** The escape a paragraph's text needs to be read back as itself and never as a marker: a backslash before a leading `#`, `-`, `<` or `\`. */
export function escapeParagraph(text: string): string {
  return /^[#\-<\\]/u.test(text) ? `\\${text}` : text;
}
