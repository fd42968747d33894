/**
 * `npx tsx bench/clean-report.ts DIR [--dump OUTDIR]`: cleans every .txt file
 * of DIR (extractText → cleanDocument) and prints, per document and in total,
 * what cleaning did: blocks, headers/footers, page numbers, hyphenations,
 * ligatures, letter spacing, footnote markers, marked blocks by kind, words
 * kept vs extracted, missing words, seconds. With --dump, writes each
 * document's blocks to OUTDIR/<name>.blocks.txt to read by eye.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanDocument } from '../src/ingest/clean/index.ts';
import { extractText } from '../src/ingest/extract/text.ts';
import { LAYOUT_KINDS, type CleaningReport } from '../src/ingest/types.ts';

const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dumpDir = dumpAt === -1 ? undefined : args[dumpAt + 1];
const dir = args.find((a, i) => !a.startsWith('--') && (dumpAt === -1 || i !== dumpAt + 1));
if (dir === undefined || (dumpAt !== -1 && dumpDir === undefined)) {
  process.stderr.write('usage: tsx bench/clean-report.ts DIR [--dump OUTDIR]\n');
  process.exit(2);
}
if (dumpDir !== undefined) mkdirSync(dumpDir, { recursive: true });

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const columns = ['blocks', 'hdr/ftr', 'pages', 'hyph', 'lig', 'spacing', 'fnotes', 'invis', 'marked', 'extracted', 'kept', 'missing', 'seconds'];
const total = new Array<number>(columns.length).fill(0);
const markedTotal: Record<string, number> = {};
const rows: string[][] = [];
for (const file of files) {
  const bytes = readFileSync(join(dir, file));
  const started = performance.now();
  const cleaned = cleanDocument(extractText(bytes));
  const seconds = (performance.now() - started) / 1000;
  const r: CleaningReport = cleaned.report;
  const marked = Object.values(r.marked).reduce((n, k) => n + (k ?? 0), 0);
  for (const [kind, n] of Object.entries(r.marked)) markedTotal[kind] = (markedTotal[kind] ?? 0) + (n ?? 0);
  const values = [
    cleaned.blocks.length,
    r.headersFooters,
    r.pageNumbers,
    r.hyphenationsJoined,
    r.ligaturesJoined,
    r.letterSpacingFixed,
    r.footnoteMarkersSeparated,
    r.invisibleRemoved,
    marked,
    r.wordsExtracted,
    r.wordsKept,
    r.missingWords.length,
    seconds,
  ];
  values.forEach((v, i) => {
    total[i] = (total[i] ?? 0) + v;
  });
  rows.push([basename(file, '.txt'), ...values.map((v, i) => (i === values.length - 1 ? v.toFixed(2) : String(v)))]);
  if (r.missingWords.length > 0) rows.push([`  missing: ${r.missingWords.slice(0, 12).join(' ')}`]);
  if (dumpDir !== undefined) {
    const body = cleaned.blocks
      .map((b) => `[${b.kind}${b.level === undefined ? '' : ` ${b.level}`}${b.page === null ? '' : ` p${b.page}`}] ${b.text}`)
      .join('\n\n');
    writeFileSync(join(dumpDir, `${basename(file, '.txt')}.blocks.txt`), `${body}\n`);
  }
}
const header = ['document', ...columns];
const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => r.length > 1).map((r) => r[i]?.length ?? 0)));
const line = (cells: readonly string[]): string =>
  cells.length === 1 ? (cells[0] ?? '') : cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
const out = [line(header), ...rows.map(line), line(['TOTAL', ...total.map((v, i) => (i === total.length - 1 ? v.toFixed(2) : String(v)))])];
out.push(`marked by kind: ${LAYOUT_KINDS.map((k) => `${k} ${markedTotal[k] ?? 0}`).join(', ')}`);
out.push(
  `${files.length} documents; words kept ${total[10]} of ${total[9]} extracted (${((100 * (total[10] ?? 0)) / Math.max(1, total[9] ?? 0)).toFixed(1)}%), ${total[11]} missing`,
);
process.stdout.write(`${out.join('\n')}\n`);
