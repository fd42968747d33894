/** Applying an excerpt's marks (matched words) to its text, with any marker. Pure. */
import type { Span } from '../search/excerpt.ts';

/**
 * Returns `text` with each marked span wrapped by `open`/`close`. Unmarked
 * stretches and marked words both pass through `escapeText` first, so a front can
 * neutralise its own markup in source text.
 */
export function applyMarks(text: string, marks: readonly Span[], open: string, close: string, escapeText: (s: string) => string = (s) => s): string {
  let out = '';
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) continue;
    out += escapeText(text.slice(at, m.start)) + open + escapeText(text.slice(m.start, m.end)) + close;
    at = m.end;
  }
  return out + escapeText(text.slice(at));
}
