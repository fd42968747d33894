/**
 * Links that open a source page at a quote: URL text fragments
 * (`#:~:text=`), which browsers scroll to and highlight.
 */

/** Words at each end of a long quote used as the fragment's start and end. */
export const FRAGMENT_EDGE_WORDS = 5;

/** A quote of at most this many words is put in the fragment whole. */
export const FRAGMENT_WHOLE_WORDS = 12;

/** Percent-encodes a fragment term: `-`, `,` and `&` are syntax in text fragments, so they are encoded too. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D').replace(/,/gu, '%2C');
}

/**
 * The URL of `pageUrl` with a text fragment for `quote`. A short quote is
 * matched whole; a long one by its first and last words (`text=start,end`),
 * which keeps the link short and still highlights the whole range.
 */
export function textFragmentUrl(pageUrl: string, quote: string): string {
  const base = pageUrl.replace(/#.*$/u, '');
  const words = quote
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return base;
  if (words.length <= FRAGMENT_WHOLE_WORDS) return `${base}#:~:text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, FRAGMENT_EDGE_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/**
 * The link that cites `quote` on its source: a page of a paged document
 * opens at that page (`#page=N`, which PDF viewers follow; a text fragment
 * does not reach into a PDF), a web page scrolls to the quote (a text
 * fragment), and a source with no URL (a local file) has no link.
 */
export function citationUrl(pageUrl: string | undefined, page: number | undefined, quote: string): string | undefined {
  if (pageUrl === undefined) return undefined;
  if (page !== undefined) return `${pageUrl.replace(/#.*$/u, '')}#page=${page}`;
  return textFragmentUrl(pageUrl, quote);
}

/** Where a passage stands, in words: "p. 12 · Chapter 2 › Build resilient infrastructure" (empty when nothing is known). */
export function placeLabel(place: { readonly page?: number; readonly headings?: readonly string[] }): string {
  const parts: string[] = [];
  if (place.page !== undefined) parts.push(`p. ${place.page}`);
  if (place.headings !== undefined && place.headings.length > 0) parts.push(place.headings.join(' › '));
  return parts.join(' · ');
}
