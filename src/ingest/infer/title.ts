/** A document's title: what the file says it is (metadata), its first heading, a short first line, or its file name. */
import type { Block, ExtractedMetadata } from '../types.ts';
import { wordsOfFileName } from './file-name.ts';

/** A first block longer than this is body text, not a title. */
const MAX_TITLE_CHARS = 150;

/** Where a title came from, for the user to check. */
export type TitleReason = 'given' | 'metadata' | 'heading' | 'first line' | 'file name';

const usable = (t: string | undefined): t is string => t !== undefined && t.trim().length >= 3 && t.trim().length <= MAX_TITLE_CHARS;

/** Metadata titles that are a tool's default, not the document's ("Microsoft Word - draft.docx", "untitled"). */
const PLACEHOLDER = /^(?:untitled|document\d*|microsoft word\b.*|.*\.(?:docx?|pdf|txt))$/iu;

/** The title, and where it came from. */
export function inferTitle(given: string | undefined, metadata: ExtractedMetadata, blocks: readonly Block[], file: string): { title: string; reason: TitleReason } {
  if (given !== undefined) return { title: given.trim(), reason: 'given' };
  if (usable(metadata.title) && !PLACEHOLDER.test(metadata.title.trim())) return { title: metadata.title.trim(), reason: 'metadata' };
  const heading = blocks.find((b) => b.kind === 'heading');
  if (heading !== undefined && usable(heading.text)) return { title: heading.text.trim(), reason: 'heading' };
  const first = blocks.find((b) => b.kind === 'paragraph');
  // A short first paragraph that does not end a sentence reads as a title line.
  if (first !== undefined && usable(first.text) && !/[.:;,]$/u.test(first.text.trim())) return { title: first.text.trim(), reason: 'first line' };
  const words = wordsOfFileName(file);
  return { title: words === '' ? file : words, reason: 'file name' };
}
