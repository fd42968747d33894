/**
 * Escaping text for Discord so that it shows as written and can neither
 * format, ping nor link anything: quoted source text and user input echoed
 * back pass through {@link escapeDiscord} before they reach a message.
 */

/**
 * Characters Discord's markdown gives a meaning anywhere in a line: emphasis,
 * code, spoilers, masked links (`[`…`]`; with those escaped, parentheses mean
 * nothing), mentions (`<@id>`, `<#id>`, `<t:…>`) and `@everyone`. Discord
 * drops a backslash before any ASCII punctuation, so escaping never shows.
 */
const SPECIAL = /[\\*_~`|<[\]@]/gu;

/** A URL scheme: a bare `https://` auto-links and embeds; `https\://` does neither. */
const SCHEME = /:\/\//gu;

/** What means something only at the start of a line: headings, subtext, quotes, lists, numbered lists. */
const LINE_START = /^(\s*)([#>\-+]|\d+\.)/gmu;

/** Zero-width and bidirectional controls: they could hide an escape or make text read differently from what it is. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu;

/** `text` with every Discord markdown, mention and link character escaped. */
export function escapeDiscord(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(SCHEME, '\\://')
    .replace(LINE_START, (_m, space: string, mark: string) => `${space}${mark.replace(/[#>\-+.]/u, (c) => `\\${c}`)}`);
}

/**
 * Text for places Discord shows literally (embed footers and author names,
 * button labels, choice names): no markdown there, only invisible controls
 * and line breaks to drop.
 */
export function plainDiscord(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * A masked link `[label](url)`. The label is escaped; `(`, `)` and spaces in
 * the URL are percent-encoded so that they cannot end the link early.
 */
export function maskedLink(label: string, url: string): string {
  return `[${escapeDiscord(label)}](${url.replace(/\(/gu, '%28').replace(/\)/gu, '%29').replace(/\s/gu, '%20')})`;
}
