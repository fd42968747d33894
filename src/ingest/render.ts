/**
 * Cleaned blocks → the knowledge file ingest writes: YAML front matter, then
 * the structured Markdown body (src/ingest/types.ts): page markers where a
 * page starts, headings as headings, list items as `- ` lines, layout
 * blocks after a layout marker, paragraphs separated by blank lines. The
 * loader reads it back into the same paragraphs (src/knowledge/body.ts).
 */
import { stringify } from 'yaml';
import { escapeParagraph } from '../knowledge/body.ts';
import type { FrontMatter } from '../knowledge/schema.ts';
import type { Block } from './types.ts';

/** A block's text on one line: the contract says it is, and a stray line break would split it on reading. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/gu, ' ').trim();

/** The structured Markdown body of `blocks`. */
export function renderBody(blocks: readonly Block[]): string {
  const out: string[] = [];
  let page: number | null = null;
  let inList = false;
  for (const block of blocks) {
    const text = oneLine(block.text);
    if (text === '') continue;
    if (block.page !== null && block.page !== page) {
      page = block.page;
      out.push(`<!-- page: ${page} -->`);
      inList = false;
    }
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(Math.min(6, Math.max(1, block.level ?? 1)))} ${text}`);
        inList = false;
        break;
      case 'list-item':
        // Consecutive items of one page are one Markdown list: one item per line.
        if (inList) out[out.length - 1] += `\n- ${text}`;
        else out.push(`- ${text}`);
        inList = true;
        break;
      case 'paragraph':
        out.push(escapeParagraph(text));
        inList = false;
        break;
      default:
        out.push(`<!-- layout: ${block.kind} -->`, escapeParagraph(text));
        inList = false;
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** The whole file: front matter (fields in a fixed order, absent ones left out) and body. */
export function renderDocument(front: FrontMatter, blocks: readonly Block[]): string {
  const yaml = stringify(front, { lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n\n${renderBody(blocks)}`;
}
