/**
 * Step 6: layout blocks marked. Tables of contents, copyright and ISBN
 * blocks, acknowledgement lists, flattened tables and reference lists stay in
 * the document (nothing is lost) but get a layout kind, so search ranks them
 * down and facts skip them (a list of thanked agencies is not a list of
 * partners).
 */
import type { BlockKind, LayoutKind } from '../types.ts';
import { hasDotLeader } from './toc.ts';
import { endsSentence } from './words.ts';

/** A block with its text joined, as the marking step sees it. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  readonly page: number | null;
  readonly level?: number;
}

const COPYRIGHT = /©|\bISBN\b|\bISSN\b|all rights reserved|\bcopyright\s*(?:\(c\)|\d{4})/iu;
const ACKNOWLEDGEMENTS_TITLE = /^(?:acknowledge?ments?|special\s+thanks|thanks|vote\s+of\s+thanks)\b/iu;
const THANKS =
  /\b(?:(?:would\s+like|wish|want)\s+to\s+(?:thank|acknowledge|express)|we\s+(?:thank|acknowledge)|(?:grateful|gratitude|thanks|appreciation)\s+(?:to|is\s+extended|are\s+extended|goes)|special\s+thanks)\b/iu;
const REFERENCES_TITLE = /^(?:references|bibliography|endnotes|notes|works\s+cited|footnotes|sources)\s*:?$/iu;
/** A short entry of a list of names: no sentence in it. */
const isNameEntry = (b: TextBlock): boolean => b.kind === 'list-item' || (b.kind === 'paragraph' && b.text.length <= 150 && !endsSentence(b.text));

/**
 * Marks the blocks' layout kinds in place and counts them. `footnoteMarkers`
 * are the footnote numbers found in the text: a block that starts with one of
 * them is that footnote's text.
 */
export function markLayout(blocks: TextBlock[], footnoteMarkers: ReadonlySet<string>): Partial<Record<LayoutKind, number>> {
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'toc' || block.kind === 'table') continue;
    if (COPYRIGHT.test(block.text)) block.kind = 'copyright';
    else if (hasDotLeader(block.text)) block.kind = 'toc';
    // A footnote can look like a heading ("34 February 2, 2006 Information Security Policy Council"); a real numbered heading has no second number.
    else if (isFootnote(block.text, footnoteMarkers) && (block.kind !== 'heading' || /\d\D+\d/u.test(block.text))) block.kind = 'references';
    else if (block.kind === 'heading' && ACKNOWLEDGEMENTS_TITLE.test(block.text)) markRun(blocks, i + 1, 'acknowledgements', isNameEntry);
    else if (block.kind === 'paragraph' && THANKS.test(block.text) && blocks[i + 1]?.kind === 'list-item') {
      block.kind = 'acknowledgements';
      markRun(blocks, i + 1, 'acknowledgements', isNameEntry);
    } else if (block.kind === 'heading' && REFERENCES_TITLE.test(block.text)) markRun(blocks, i + 1, 'references', (b) => b.kind !== 'heading');
  }
  const marked: Partial<Record<LayoutKind, number>> = {};
  for (const b of blocks) if (isLayoutKind(b.kind)) marked[b.kind] = (marked[b.kind] ?? 0) + 1;
  return marked;
}

function markRun(blocks: TextBlock[], from: number, kind: LayoutKind, belongs: (b: TextBlock) => boolean): void {
  for (const block of blocks.slice(from)) {
    if (!belongs(block)) break;
    if (!isLayoutKind(block.kind)) block.kind = kind;
  }
}

function isFootnote(text: string, markers: ReadonlySet<string>): boolean {
  const number = /^(\d{1,3})\s+\p{Lu}/u.exec(text)?.[1];
  return number !== undefined && markers.has(number);
}

/** True when the kind is a layout kind (kept, but marked). */
export function isLayoutKind(kind: BlockKind): kind is LayoutKind {
  return kind !== 'heading' && kind !== 'paragraph' && kind !== 'list-item';
}
