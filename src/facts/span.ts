/**
 * The smallest verbatim span of a sentence that carries an item: the bullet
 * item it sits in (a sentence the splitter could not cut may be a run of
 * bullets), and, where that is still long, the clauses around the item, up
 * to {@link MAX_QUOTE_CHARS}. Offsets only: the quote is always sliced from
 * the passage, so it stays verbatim.
 */

/** The longest quote we give for an item, unless its name alone is longer. */
export const MAX_QUOTE_CHARS = 300;

/** Where a bullet item or a semicolon-separated item begins. */
const ITEM_BREAK = /\s*(?:[•▪●◦■►➢✓\uF000-\uF0FF]|;)\s*/gu;
/** Where a clause ends: a comma, colon or dash followed by a space. */
const CLAUSE_BREAK = /(?:,|:| [–—-]) /gu;

/** A span, offsets relative to the text it was cut from. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** `spans` of `text` cut at each match of `breaks` (the breaks left out), with their white space trimmed. */
function cut(text: string, from: number, to: number, breaks: RegExp): Span[] {
  const out: Span[] = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(breaks)) {
    out.push({ start, end: from + m.index });
    start = from + m.index + m[0].length;
  }
  out.push({ start, end: to });
  return out.map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * The span of `sentence` to quote for an item at `[itemStart, itemEnd)` (sentence offsets):
 * the bullet item around it, narrowed to whole clauses when longer than `max`.
 */
export function quoteSpan(sentence: string, itemStart: number, itemEnd: number, max = MAX_QUOTE_CHARS): Span {
  const items = cut(sentence, 0, sentence.length, ITEM_BREAK);
  // The bullet item holding the item's start; an item name broken by a bullet keeps the whole sentence.
  const item = items.find((s) => s.start <= itemStart && itemEnd <= s.end) ?? trim(sentence, { start: 0, end: sentence.length });
  if (item.end - item.start <= max) return item;
  const clauses = cut(sentence, item.start, item.end, CLAUSE_BREAK);
  let first = clauses.findIndex((c) => c.end > itemStart);
  let last = clauses.findIndex((c) => c.end >= itemEnd);
  if (first < 0 || last < 0) return { start: itemStart, end: itemEnd };
  // Grow by whole clauses, right first (what follows a name usually says what it is), while within `max`.
  for (;;) {
    const span = (a: number, b: number): number => (clauses[b]?.end ?? 0) - (clauses[a]?.start ?? 0);
    if (last + 1 < clauses.length && span(first, last + 1) <= max) last++;
    else if (first > 0 && span(first - 1, last) <= max) first--;
    else break;
  }
  const span = { start: clauses[first]?.start ?? itemStart, end: clauses[last]?.end ?? itemEnd };
  return span.end - span.start <= max ? span : wordWindow(sentence, span, itemStart, itemEnd, max);
}

/** A clause too long to quote whole: the words around the item, as many as fit in `max`, cut at spaces. */
function wordWindow(sentence: string, within: Span, itemStart: number, itemEnd: number, max: number): Span {
  if (itemEnd - itemStart >= max) return { start: itemStart, end: itemEnd };
  const room = max - (itemEnd - itemStart);
  let start = Math.max(within.start, itemStart - Math.floor(room / 2));
  let end = Math.min(within.end, start + max);
  start = Math.max(within.start, Math.min(start, end - max));
  // Whole words only: move each end inward to a space (never past the item).
  if (start > within.start) {
    const space = sentence.indexOf(' ', start);
    if (space >= 0 && space < itemStart) start = space + 1;
  }
  if (end < within.end) {
    const space = sentence.lastIndexOf(' ', end);
    if (space >= itemEnd) end = space;
  }
  return trim(sentence, { start, end });
}
