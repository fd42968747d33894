/**
 * `npm run ingest:report -- DIR...`: ingests every file of the given folders
 * (not their subfolders) into a temporary knowledge folder, as
 * `policy-bot ingest --yes` would, and prints per document and in total:
 * passages, pages, running headers/footers and page numbers removed,
 * hyphenations joined, ligatures fixed, words kept of those extracted,
 * warnings, and seconds; then the actor and title inferred for each, and
 * how. A refused file is listed with its reason; one refused because its
 * actor is only a guess (as --yes refuses it) still has its row of figures.
 *
 * The actors are the countries of ../shared/corpora/national-strategies
 * (bench/fixtures/national-strategies-actors.yaml), inferred from the file
 * names; `--actors FILE` takes another actors.yaml.
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError, UserError } from '../src/errors.ts';
import { unsureActor } from '../src/ingest/infer/actor.ts';
import { commitDocument, openFolder, prepareDocument, readDocument } from '../src/ingest/ingest.ts';

const { values, positionals } = parseArgs({
  options: { actors: { type: 'string', default: join(import.meta.dirname, 'fixtures/national-strategies-actors.yaml') } },
  allowPositionals: true,
  strict: true,
});
if (positionals.length === 0) {
  process.stderr.write('usage: npm run ingest:report -- DIR... [--actors actors.yaml]\n');
  process.exit(2);
}

interface Row {
  readonly file: string;
  readonly id: string;
  /** Read and cleaned, but not written: its actor was only a guess. */
  readonly refused: boolean;
  /** The actor and title inferred, and how each was decided. */
  readonly actor: string;
  readonly title: string;
  readonly passages: number;
  readonly pages: number | null;
  readonly headersFooters: number;
  readonly pageNumbers: number;
  readonly hyphenations: number;
  readonly ligatures: number;
  readonly wordsKept: number;
  readonly wordsExtracted: number;
  readonly warnings: readonly string[];
  readonly seconds: number;
}

const knowledge = await mkdtemp(join(tmpdir(), 'policy-bot-ingest-report-'));
const rows: Row[] = [];
const refused: { file: string; reason: string }[] = [];
try {
  await copyFile(values.actors, join(knowledge, 'actors.yaml'));
  let folder = await openFolder(knowledge);
  for (const dir of positionals) {
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const path = join(dir, name);
      const started = performance.now();
      try {
        const read = await readDocument(await readFile(path), name);
        const prepared = prepareDocument(read, {}, folder);
        // As --yes: an actor that is only a guess is refused (nothing written), but what reading and cleaning did is still shown.
        const guess = prepared.actorSure ? undefined : unsureActor(name, prepared.actorCandidates);
        if (guess === undefined) folder = (await commitDocument(prepared, folder)).folder;
        else refused.push({ file: name, reason: guess.message });
        const r = read.cleaned.report;
        rows.push({
          file: name,
          id: prepared.id,
          refused: guess !== undefined,
          actor: guess === undefined ? `${prepared.actor.id} (${prepared.reasons.actor})` : `refused: ${prepared.actor.id}? (not sure)`,
          title: `${prepared.title} (${prepared.reasons.title})`,
          passages: prepared.passages,
          pages: read.extracted.pages,
          headersFooters: r.headersFooters,
          pageNumbers: r.pageNumbers,
          hyphenations: r.hyphenationsJoined,
          ligatures: r.ligaturesJoined,
          wordsKept: r.wordsKept,
          wordsExtracted: r.wordsExtracted,
          warnings: prepared.warnings,
          seconds: (performance.now() - started) / 1000,
        });
      } catch (error) {
        if (!(error instanceof IngestError || error instanceof UserError)) throw error;
        refused.push({ file: name, reason: error.message });
      }
    }
  }
} finally {
  await rm(knowledge, { recursive: true, force: true });
}

const sum = (f: (r: Row) => number): number => rows.reduce((n, r) => n + f(r), 0);
const header = ['file', 'passages', 'pages', 'hdr/ftr', 'page no.', 'hyphen.', 'ligat.', 'words kept/extracted', 'warn.', 's'];
const table = rows.map((r) => [
  r.file,
  String(r.passages),
  r.pages === null ? '-' : String(r.pages),
  String(r.headersFooters),
  String(r.pageNumbers),
  String(r.hyphenations),
  String(r.ligatures),
  `${r.wordsKept}/${r.wordsExtracted}`,
  String(r.warnings.length),
  r.seconds.toFixed(2),
]);
const totals = [
  `TOTAL (${rows.filter((r) => !r.refused).length} ingested, ${refused.length} refused)`,
  String(sum((r) => r.passages)),
  String(sum((r) => r.pages ?? 0)),
  String(sum((r) => r.headersFooters)),
  String(sum((r) => r.pageNumbers)),
  String(sum((r) => r.hyphenations)),
  String(sum((r) => r.ligatures)),
  `${sum((r) => r.wordsKept)}/${sum((r) => r.wordsExtracted)}`,
  String(sum((r) => r.warnings.length)),
  sum((r) => r.seconds).toFixed(2),
];
const all = [header, ...table, totals];
const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
const line = (row: readonly string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
const out = [line(header), ...table.map(line), line(totals)];
out.push('', 'inferred actor and title, with how each was decided:');
const fileWidth = Math.max(...rows.map((r) => r.file.length));
const actorWidth = Math.max(...rows.map((r) => r.actor.length));
for (const r of rows) out.push(`${r.file.padEnd(fileWidth)}  ${r.actor.padEnd(actorWidth)}  ${r.title}`);
for (const r of rows) for (const w of r.warnings) out.push(`warning: ${r.file}: ${w}`);
for (const f of refused) out.push(`refused: ${f.reason}`);
process.stdout.write(`${out.join('\n')}\n`);
