/**
 * Junk ranks down, not out: a passage that is a table of contents, an
 * acknowledgement or reference list, a flattened table or a bare heading
 * matches questions through its words but answers none of them. Each is
 * given a factor below 1 that its score is multiplied by; it stays
 * searchable (asked for by its own words, it still comes first when nothing
 * better matches).
 *
 * A cheap detector by hand: these are shapes of text, and no library we
 * know tells a table of contents from prose. Where ingest marked a passage's
 * layout (Passage.layout), that mark is read first.
 */
import type { LayoutKind } from '../ingest/types.ts';
import type { Passage } from '../passages/chunk.ts';

/** What a passage looks like, when it is junk. */
export type JunkKind = 'contents' | 'acknowledgements' | 'references' | 'table' | 'heading' | 'names';

/** The score factor of each kind of junk. */
export const JUNK_FACTOR: Readonly<Record<JunkKind, number>> = {
  contents: 0.3,
  acknowledgements: 0.4,
  references: 0.4,
  table: 0.5,
  heading: 0.4,
  names: 0.4,
};

/** Dot leaders or a run of "title … page number" entries. */
const DOT_LEADERS = /(?:\.\s?){5,}|…{2,}/gu;
const CONTENTS_WORD = /\b(?:table of contents|contents)\b/iu;
const THANKS = /\b(?:acknowledg(?:e?ments?|es)|we (?:would like to )?thank|grateful to|gratitude to|special thanks)\b/iu;
const REFERENCE_MARKS = /\bhttps?:\/\/|\bwww\.|\bet al\.|\bISBN\b|\bdoi:|©|\bcopyright\b|\bretrieved from\b|\baccessed on\b/giu;
const SENTENCE_END = /[.!?:;]["'”’)\]]?\s*$/u;

/** The kind of junk `text` is, or undefined for a passage of prose. */
export function junkKind(text: string): JunkKind | undefined {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return 'heading';
  const leaders = text.match(DOT_LEADERS)?.length ?? 0;
  // Numbers standing alone (page numbers, section numbers) among few words: an index of the document.
  const numbers = words.filter((w) => /^\d{1,3}\.?$/u.test(w)).length;
  if (leaders >= 2 || (CONTENTS_WORD.test(text.slice(0, 80)) && numbers >= 3) || (numbers >= 6 && numbers / words.length > 0.2)) return 'contents';
  if (THANKS.test(text.slice(0, 200))) return 'acknowledgements';
  if ((text.match(REFERENCE_MARKS)?.length ?? 0) >= 3) return 'references';
  const bars = text.match(/\|/gu)?.length ?? 0;
  // Cells run together: many separators, or few sentence ends over many words, with most words capitalised.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const ends = text.match(/[.!?](?:\s|$)/gu)?.length ?? 0;
  if (bars >= 4 || (words.length >= 30 && ends === 0 && capitalised / words.length > 0.45)) return 'table';
  if (words.length <= 12 && !SENTENCE_END.test(text)) return 'heading';
  if (isLineOfNames(words, text)) return 'names';
  return undefined;
}

/** The most words a line of names (an address, a citation, a cover's attribution) has. */
const MAX_NAMES_WORDS = 30;

/**
 * A short run of proper names between commas and nothing else: an address
 * ("Room 4-112, BMICH, Colombo 7, Sri Lanka."), a reference-list entry
 * ("Building Broadband: Strategies and Policies for the Developing World,
 * World Bank, 2010") or a cover's attribution. It holds the words of a
 * body's name, so it matches questions about the body, but says nothing of
 * it. Prose has lowercase words of four letters or more; a name's only
 * lowercase words are its short ones ("of", "and", "for").
 */
function isLineOfNames(words: readonly string[], text: string): boolean {
  if (words.length > MAX_NAMES_WORDS || (text.match(/,/gu)?.length ?? 0) < 2) return false;
  const long = words.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length >= 4);
  if (long.length === 0) return false;
  const lower = long.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / long.length <= 0.15;
}

/** The junk kind of each layout kind ingest marks on a passage: its marks come first, the detector catches the rest. */
const OF_LAYOUT: Readonly<Record<LayoutKind, JunkKind>> = {
  toc: 'contents',
  table: 'table',
  acknowledgements: 'acknowledgements',
  copyright: 'references',
  references: 'references',
  front: 'heading',
};

const factors = new WeakMap<Passage, number>();

/** The score factor of `passage`: 1 for prose, JUNK_FACTOR of its kind for junk. Computed once per passage. */
export function junkFactor(passage: Passage): number {
  let f = factors.get(passage);
  if (f === undefined) {
    const kind = passage.layout === undefined ? junkKind(passage.text) : OF_LAYOUT[passage.layout];
    f = kind === undefined ? 1 : JUNK_FACTOR[kind];
    factors.set(passage, f);
  }
  return f;
}
