/**
 * Reading one knowledge file's text: a file that cannot be read is a
 * {@link KnowledgeError} naming it (a setup problem the curator fixes, exit 3),
 * and the text is normalised the way a Windows editor may have written it:
 * a UTF-8 byte order mark is dropped and CRLF (or a lone CR) becomes LF, so
 * that front matter and body parse exactly as the same file saved with LF.
 */
import { readFile } from 'node:fs/promises';
import { KnowledgeError } from '../errors.ts';

const BOM = '\uFEFF';

/** `text` with a leading byte order mark removed and every line ending written `\n`. */
export function normaliseKnowledgeText(text: string): string {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  return body.includes('\r') ? body.replace(/\r\n?/gu, '\n') : body;
}

/** Reads the knowledge file at `path` (`rel` is how messages name it) as normalised UTF-8 text. */
export async function readKnowledgeText(path: string, rel: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KnowledgeError(rel, '', `a file that can be read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
  return normaliseKnowledgeText(text);
}
