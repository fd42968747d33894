/**
 * The words a passage is read after: what it says is about them, though it
 * does not repeat them. Two shapes of text leave a passage without its own
 * subject:
 *
 * - a list item ("b) for terrorist purposes, including …") under a lead-in
 *   that ends with a colon some passages before ("The main threat … is the
 *   use of information and communications technologies:");
 * - a sentence a page break cut in two, whose second half opens the passage
 *   ("– FCKS), which comprises representatives from NSM …") while the first
 *   half, with the name it is about, ends the passage before.
 *
 * The lead-in is that sentence of the passage before. It is indexed with
 * the passage's headings (fields.ts: it weighs as a heading does), so the
 * passage is found by what it is about; chunking, and so passage ids, stay
 * as they are. Written by hand: these are shapes of the documents' layout.
 */
import type { Passage } from '../passages/chunk.ts';

/** How many items of one list are looked back over for its lead-in. */
export const MAX_LIST_ITEMS = 12;

/** The longest lead-in kept, in characters: its last words, which name what follows. */
export const MAX_LEAD_IN_CHARS = 300;

/** A list item's marker: "a)", "(b)", "iv)", "(iii)", or a bullet. Numbered items ("8.") are left out: section numbers look the same. */
const ITEM = /^(?:\(?[a-z]\)|\(?[ivx]{1,5}\)|[•●▪◦‣])\s/u;

/** A passage that opens in the middle of a sentence: a lowercase word, a dash, a closing bracket or a comma. */
const CONTINUES = /^(?:\p{Ll}|[–—-]\s|[),;])/u;

/** A text that ends its sentence. */
const ENDED = /[.!?]["'”’)\]]?\s*$/u;

/** The last sentence of `text` (after its last sentence end), at most MAX_LEAD_IN_CHARS of it. */
function lastSentence(text: string): string {
  const ends = [
    ...text
      .trimEnd()
      .slice(0, -1)
      .matchAll(/[.!?]["'”’)\]]?\s/gu),
  ];
  const last = ends[ends.length - 1];
  const sentence = (last === undefined ? text : text.slice((last.index ?? 0) + last[0].length)).trim();
  return sentence.length > MAX_LEAD_IN_CHARS ? sentence.slice(sentence.length - MAX_LEAD_IN_CHARS) : sentence;
}

/**
 * The lead-in of `passage` (see the module comment), or undefined.
 * `before(k)` is the passage k places before it in its document's order
 * (undefined past the document's start or another document's passage).
 */
export function leadInOf(passage: Passage, before: (k: number) => Passage | undefined): string | undefined {
  const text = passage.text.trimStart();
  const previous = before(1);
  if (previous === undefined || previous.docId !== passage.docId) return undefined;
  if (!ITEM.test(text)) return CONTINUES.test(text) && !ENDED.test(previous.text) ? lastSentence(previous.text) : undefined;
  for (let k = 1; k <= MAX_LIST_ITEMS; k++) {
    const p = before(k);
    if (p === undefined || p.docId !== passage.docId) return undefined;
    const t = p.text.trim();
    if (t.endsWith(':')) return lastSentence(t);
    if (!ITEM.test(t)) return undefined;
  }
  return undefined;
}

/** The lead-in of each of `passages`, given in their documents' order (a document's passages together). */
export function leadIns(passages: readonly Passage[]): (string | undefined)[] {
  return passages.map((p, i) => leadInOf(p, (k) => passages[i - k]));
}

/** What a passage's headings field indexes: its heading path, then its lead-in. */
export function headingText(passage: Passage, leadIn: string | undefined): string {
  const path = (passage.headings ?? []).join('\n');
  return leadIn === undefined ? path : path === '' ? leadIn : `${path}\n${leadIn}`;
}

/** The lead-in of `passage` among `passages` by id: the passages before it are its document's lower-numbered ids ("doc#3" after "doc#2"). */
export function leadInById(passage: Passage, passages: ReadonlyMap<string, Passage>): string | undefined {
  const hash = passage.id.lastIndexOf('#');
  const n = Number(passage.id.slice(hash + 1));
  if (hash < 0 || !Number.isInteger(n)) return undefined;
  return leadInOf(passage, (k) => passages.get(`${passage.id.slice(0, hash)}#${n - k}`));
}
