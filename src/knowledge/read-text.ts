/**
 * Reading one knowledge file's text: a file that cannot be read is a
 * {@link KnowledgeError} naming it (a setup problem the curator fixes, exit 3).
 */
import { readFile } from 'node:fs/promises';
import { KnowledgeError } from '../errors.ts';

/** Reads the knowledge file at `path` (`rel` is how messages name it) as UTF-8 text. */
export async function readKnowledgeText(path: string, rel: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KnowledgeError(rel, '', `a file that can be read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
  return text;
}
