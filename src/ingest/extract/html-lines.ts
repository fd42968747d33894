/**
 * A DOM subtree → lines with hints: headings (with their level), list items,
 * table rows (cells joined by " | "), every block's last line marked as a
 * block end. Shared by HTML (after Readability) and DOCX (mammoth's HTML).
 * Text is kept as written; only HTML's own white space (which a browser
 * collapses too) is collapsed.
 */
import type { ExtractedLine, LineHint } from '../types.ts';

/** The DOM the walker needs (linkedom's nodes satisfy it). */
export interface WalkNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<WalkNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Never text: scripts, styles, embedded objects, form controls. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'MATH',
]);
/** Elements that start and end a block of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'HR',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'UL',
  'BODY',
  'HTML',
]);
const HEADING = /^H([1-6])$/u;

/** HTML's white space (not NBSP, which is text), collapsed as a browser shows it. */
const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/gu, ' ').trim();

class Walker {
  readonly lines: ExtractedLine[] = [];
  private buffer = '';

  /** Emits the text gathered so far as lines (one per `<br>`), the last one ending the block. */
  flush(hint?: LineHint, pre = false): void {
    const pieces = this.buffer.split('\u2028').flatMap((p) => (pre ? p.split(/\r\n|\r|\n/u) : [p]));
    this.buffer = '';
    const kept = pieces.map((p) => (pre ? p.trimEnd() : collapse(p))).filter((p) => p.trim() !== '');
    kept.forEach((text, i) => {
      const last = i === kept.length - 1;
      this.lines.push({ text, page: null, ...(hint === undefined ? {} : { hint }), ...(last ? { blockEnd: true } : {}) });
    });
  }

  walk(node: WalkNode, pre = false): void {
    if (node.nodeType === TEXT_NODE) {
      this.buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      this.buffer += '\u2028';
      return;
    }
    const level = HEADING.exec(name)?.[1];
    if (level !== undefined) return this.block(node, { kind: 'heading', level: Number(level) });
    if (name === 'LI') return this.listItem(node);
    if (name === 'TR') return this.tableRow(node);
    if (name === 'PRE') return this.block(node, undefined, true);
    if (BLOCKS.has(name) || name === 'TD' || name === 'TH') return this.block(node, undefined, pre);
    this.children(node, pre);
  }

  private children(node: WalkNode, pre = false): void {
    for (let i = 0; i < node.childNodes.length; i++) this.walk(node.childNodes[i] as WalkNode, pre);
  }

  private block(node: WalkNode, hint?: LineHint, pre = false): void {
    this.flush(undefined, pre);
    this.children(node, pre);
    this.flush(hint, pre);
  }

  /** A list item's own text is one block; a list nested in it follows as its own items. */
  private listItem(node: WalkNode): void {
    this.flush();
    const hint: LineHint = { kind: 'list-item' };
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as WalkNode;
      const name = child.nodeName.toUpperCase();
      if (name === 'UL' || name === 'OL') {
        this.flush(hint);
        this.walk(child);
      } else if (name === 'P' || name === 'DIV') {
        this.children(child);
        this.buffer += ' ';
      } else {
        this.walk(child);
      }
    }
    this.flush(hint);
  }

  /** A table row is one line: its cells' text joined by " | ". */
  private tableRow(node: WalkNode): void {
    this.flush();
    const cells: string[] = [];
    for (let i = 0; i < node.childNodes.length; i++) {
      const cell = node.childNodes[i] as WalkNode;
      const name = cell.nodeName.toUpperCase();
      if (name !== 'TD' && name !== 'TH') continue;
      const inner = new Walker();
      inner.walk(cell);
      inner.flush();
      cells.push(inner.lines.map((l) => l.text).join(' '));
    }
    if (cells.some((c) => c !== '')) this.lines.push({ text: cells.join(' | '), page: null, hint: { kind: 'table-row' }, blockEnd: true });
  }
}

/**
 * The lines of a subtree. Every block ends with `blockEnd`; a table's rows
 * are one block each (a row is a line, with the `table-row` hint, so
 * cleaning can join or mark them).
 */
export function linesOfDom(root: WalkNode): ExtractedLine[] {
  const walker = new Walker();
  walker.walk(root);
  walker.flush();
  return walker.lines;
}
