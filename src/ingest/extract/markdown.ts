/**
 * Markdown → lines with hints. Headings (ATX `#` and setext underlines) and
 * list items are marked and their markup dropped (it is syntax, as an HTML
 * tag is); table rows are marked, their separator row dropped; fenced code
 * is kept line by line. Front matter is not text: it is dropped from the
 * lines, and its title and date used as metadata.
 */
import { parse as parseYaml } from 'yaml';
import type { ExtractedDocument, ExtractedLine, ExtractedMetadata, LineHint } from '../types.ts';
import { normalizeDate } from './dates.ts';
import { decodeText } from './text.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/u;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/u;
const TABLE_ROW = /^[ \t]*\|(.*)\|[ \t]*$/u;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/u;
const FENCE = /^ {0,3}(```|~~~)/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;

/** The front matter's title and date, when it has them; front matter that is not YAML is still dropped, and said. */
function frontMatterMetadata(yaml: string): { metadata: ExtractedMetadata; warning?: string } {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    return { metadata: {}, warning: `the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}): it was left out` };
  }
  if (typeof data !== 'object' || data === null) return { metadata: {} };
  const fields = data as Record<string, unknown>;
  const title = typeof fields.title === 'string' && fields.title.trim() !== '' ? fields.title.trim() : undefined;
  const date = fields.published ?? fields.date;
  const published =
    date instanceof Date ? normalizeDate(date.toISOString()) : typeof date === 'string' || typeof date === 'number' ? normalizeDate(String(date)) : undefined;
  return { metadata: { ...(title === undefined ? {} : { title }), ...(published === undefined ? {} : { published }) } };
}

/** The lines of a Markdown body (front matter already removed). */
export function linesOfMarkdown(body: string): ExtractedLine[] {
  const lines: ExtractedLine[] = [];
  const endBlock = (): void => {
    const last = lines.at(-1);
    if (last !== undefined && last.blockEnd !== true) lines[lines.length - 1] = { ...last, blockEnd: true };
  };
  const push = (text: string, hint?: LineHint, blockEnd = false): void => {
    lines.push({ text, page: null, ...(hint === undefined ? {} : { hint }), ...(blockEnd ? { blockEnd: true } : {}) });
  };
  let fence: string | undefined;
  for (const raw of body.split(/\r\n|\r|\n/u)) {
    const line = raw.trimEnd();
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark === fence) {
        fence = undefined;
        endBlock();
      } else if (line.trim() !== '') push(line);
      continue;
    }
    if (fenceMark !== undefined) {
      endBlock();
      fence = fenceMark;
      continue;
    }
    if (line.trim() === '') {
      endBlock();
      continue;
    }
    const previous = lines.at(-1);
    const setext = SETEXT.exec(line)?.[1];
    if (setext !== undefined && previous !== undefined && previous.blockEnd !== true && previous.hint === undefined) {
      lines[lines.length - 1] = { ...previous, hint: { kind: 'heading', level: setext.startsWith('=') ? 1 : 2 }, blockEnd: true };
      continue;
    }
    const atx = ATX.exec(line);
    if (atx !== null && atx[2] !== undefined && atx[1] !== undefined) {
      endBlock();
      if (atx[2] !== '') push(atx[2], { kind: 'heading', level: atx[1].length }, true);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || (TABLE_SEPARATOR.test(line) && previous?.hint?.kind === 'table-row')) {
      endBlock();
      continue;
    }
    const row = TABLE_ROW.exec(line)?.[1];
    if (row !== undefined) {
      endBlock();
      push(
        row
          .split('|')
          .map((cell) => cell.trim())
          .join(' | '),
        { kind: 'table-row' },
        true,
      );
      continue;
    }
    const item = LIST_ITEM.exec(line)?.[1];
    if (item !== undefined && item.trim() !== '') {
      endBlock();
      push(item, { kind: 'list-item' });
      continue;
    }
    push(line);
  }
  endBlock();
  return lines;
}

/** Extracts a Markdown file. */
export function extractMarkdown(bytes: Uint8Array): ExtractedDocument {
  const decoded = decodeText(bytes);
  const front = FRONT_MATTER.exec(decoded.text);
  const { metadata, warning } = front?.[1] === undefined ? { metadata: {}, warning: undefined } : frontMatterMetadata(front[1]);
  const body = front === null ? decoded.text : decoded.text.slice(front[0].length);
  const warnings = [decoded.warning, warning].filter((w): w is string => w !== undefined);
  return { format: 'markdown', lines: linesOfMarkdown(body), pages: null, metadata, emptyPages: [], warnings };
}
