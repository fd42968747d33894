/**
 * Writing a knowledge file atomically: the text goes to a temporary file in
 * the same folder (so the rename never crosses file systems), is flushed,
 * then renamed over the target name in one step. A reader (the bot's
 * folder watcher, a reload) sees either no file or the whole file; on any
 * failure the temporary file is removed and nothing is left behind.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations a write uses: the real ones, or a test's that fail on purpose. */
export interface WriteOps {
  readonly writeFile: (path: string, text: string) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
}

/** Writes and flushes to disk before the rename, so a crash cannot leave a renamed but empty file. */
async function writeAndSync(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const FS_OPS: WriteOps = { writeFile: writeAndSync, rename, unlink };

/**
 * The temporary name for `target`: hidden, and ending in `.tmp`, so the
 * knowledge loader (which reads `*.md`) never takes it for a document.
 */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `text` to `target` atomically; rejects with the failure after removing whatever it wrote. */
export async function writeAtomically(target: string, text: string, ops: WriteOps = FS_OPS): Promise<void> {
  const temp = temporaryPath(target);
  try {
    await ops.writeFile(temp, text);
    await ops.rename(temp, target);
  } catch (error) {
    await ops.unlink(temp).catch((cleanup: unknown) => {
      // The temporary file may never have been created: only that is expected here.
      if ((cleanup as NodeJS.ErrnoException).code !== 'ENOENT') throw cleanup;
    });
    throw error;
  }
}
