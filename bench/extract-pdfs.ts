/**
 * Extraction figures for a folder of documents (PDF, HTML, DOCX, text):
 * pages, lines, block ends and seconds per file, each file extracted in this
 * thread and then in a worker (as ingest runs it).
 *
 *   npx tsx bench/extract-pdfs.ts ../shared/corpora/papers
 *
 * The worker's seconds include starting it and loading the extractors; run
 * from the build (`npm run build && node dist/bench/extract-pdfs.js DIR`) to
 * see it without the TypeScript loader.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDocument, extractInWorker } from '../src/ingest/extract/index.ts';
import type { ExtractedDocument } from '../src/ingest/types.ts';

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write('usage: npx tsx bench/extract-pdfs.ts FOLDER\n');
  process.exit(2);
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

async function timed(run: () => Promise<ExtractedDocument>): Promise<{ ms: number; doc: ExtractedDocument }> {
  const start = performance.now();
  const doc = await run();
  return { ms: performance.now() - start, doc };
}

const files = (await readdir(folder)).filter((f) => /\.(pdf|html?|docx|txt|md)$/iu.test(f)).sort();
const rows: string[] = ['file\tformat\tbytes\tpages\tlines\tblock ends\tempty pages\tthread s\tworker s\twarnings'];
let totals = { pages: 0, lines: 0, threadMs: 0, workerMs: 0 };
for (const file of files) {
  const bytes = await readFile(join(folder, file));
  const thread = await timed(() => extractDocument(bytes, file));
  const worker = await timed(() => extractInWorker(bytes, file));
  const { doc } = thread;
  rows.push(
    [
      file,
      doc.format,
      bytes.byteLength,
      doc.pages ?? '-',
      doc.lines.length,
      doc.lines.filter((l) => l.blockEnd === true).length,
      doc.emptyPages.length,
      seconds(thread.ms),
      seconds(worker.ms),
      doc.warnings.join('; ') || '-',
    ].join('\t'),
  );
  totals = {
    pages: totals.pages + (doc.pages ?? 0),
    lines: totals.lines + doc.lines.length,
    threadMs: totals.threadMs + thread.ms,
    workerMs: totals.workerMs + worker.ms,
  };
}
rows.push(['total', '', '', totals.pages, totals.lines, '', '', seconds(totals.threadMs), seconds(totals.workerMs), ''].join('\t'));
process.stdout.write(`${rows.join('\n')}\n`);
