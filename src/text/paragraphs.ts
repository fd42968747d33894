/**
 * Turning hard-wrapped text back into paragraphs.
 *
 * Copies of web pages often break lines where an inline link starts or ends,
 * in the middle of a sentence. A line that does not end a sentence therefore
 * continues on the next one; a line that does end one closes its paragraph.
 */

/** Characters that may close a sentence-final punctuation mark: quotes and brackets. */
const CLOSERS = `"'”’»)\\]`;

/** True when `line` (trimmed) ends a sentence: `.`, `!`, `?` or `…`, optionally followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return new RegExp(`[.!?…][${CLOSERS}]*$`, 'u').test(line.trimEnd());
}

/**
 * Joins hard-wrapped lines into paragraphs: each line that does not end a
 * sentence is joined to the next with one space. Blank lines always end a
 * paragraph. The text of each line is kept verbatim apart from the trailing
 * and leading white space at the joins.
 */
export function joinHardWraps(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    current.push(line);
    if (endsSentence(line)) flush();
  }
  flush();
  return paragraphs;
}

/**
 * Splits a Markdown body into paragraphs: blank lines separate paragraphs,
 * single line breaks inside one are soft wraps and become a space.
 */
export function markdownParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((l) => l.trim())
        .join(' ')
        .trim(),
    )
    .filter((p) => p !== '');
}
