/**
 * `npx tsx bench/facts/build-knowledge.ts CORPUS_DIR OUT_DIR`: ingests the
 * English documents (`*_ENG.*`) of a corpus folder (../shared/corpora/national-strategies)
 * into a knowledge folder OUT_DIR, as `policy-bot ingest --yes` would, with the
 * countries of bench/fixtures/national-strategies-actors.yaml and the seed's
 * topics and glossary. A document that ingest reports as a near-duplicate of
 * one already in is ingested again as its new version (`--version-of`), as
 * the warning tells a user to. The folder is what the facts audit reads.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError, UserError } from '../../src/errors.ts';
import { commitDocument, openFolder, prepareDocument, readDocument } from '../../src/ingest/ingest.ts';

const [corpus, out] = process.argv.slice(2);
if (corpus === undefined || out === undefined) {
  process.stderr.write('usage: npx tsx bench/facts/build-knowledge.ts CORPUS_DIR OUT_DIR\n');
  process.exit(2);
}
const root = join(import.meta.dirname, '../..');
await mkdir(out, { recursive: true });
await copyFile(join(root, 'bench/fixtures/national-strategies-actors.yaml'), join(out, 'actors.yaml'));
await copyFile(join(root, 'knowledge/topics.yaml'), join(out, 'topics.yaml'));
await copyFile(join(root, 'knowledge/glossary.yaml'), join(out, 'glossary.yaml'));
let folder = await openFolder(out);
const names = (await readdir(corpus)).filter((n) => /_ENG\.[a-z]+$/u.test(n)).sort();
for (const name of names) {
  try {
    const read = await readDocument(await readFile(join(corpus, name)), name);
    let prepared = prepareDocument(read, {}, folder);
    const near = prepared.warnings.map((w) => /^near-duplicate of (\S+)/u.exec(w)?.[1]).find((x) => x !== undefined);
    if (near !== undefined) prepared = prepareDocument(read, { versionOf: near }, folder);
    const committed = await commitDocument(prepared, folder);
    folder = committed.folder;
    process.stdout.write(`${name} → ${prepared.id}${near === undefined ? '' : ` (version of ${near})`}: ${prepared.passages} passages\n`);
  } catch (error) {
    if (!(error instanceof IngestError || error instanceof UserError)) throw error;
    process.stdout.write(`refused ${name}: ${error.message}\n`);
  }
}
