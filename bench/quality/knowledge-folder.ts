/**
 * A temporary knowledge folder made from the corpus, so that the project's
 * own loader and engine read it as a user's folder.
 *
 * Each strategy goes in the way a user adds it: through `policy-bot ingest`
 * (src/ingest/ingest.ts: cleaned, its layout marked), so the figures are those
 * of what a team gets. `raw` writes front matter over the raw text instead
 * (how documents were added before ingest), to measure what ingest changes.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { commitDocument, openFolder, prepareDocument, readDocument } from '../../src/ingest/ingest.ts';
import { QuestionDataError } from '../../fixtures/retrieval/corpus-questions/schema.ts';
import type { Country } from './actors-fixture.ts';
import type { StrategyFile } from './corpus-files.ts';

/** Where the corpus comes from, for each document's `source`. */
const SOURCE = {
  publisher: 'N. Kostyuk, National Cybersecurity Strategy Data',
  url: 'https://github.com/nadiyakostyuk/National-Cybersecurity-Strategy-Data',
  retrieved: '2025-11-10',
};

/** The document id of a strategy file: actor and adoption date (`norway-20190501`). */
export function documentId(file: StrategyFile): string {
  return `${file.actor}-${file.date.replaceAll('-', '')}`;
}

/** How the corpus goes into the folder: through ingest (what users do), or front matter over the raw text. */
export type FolderSource = 'ingest' | 'raw';

/** Ingests every strategy file into `dir`, as `policy-bot ingest FILE --actor A --published DATE --yes` does. */
async function ingestDocuments(dir: string, files: readonly StrategyFile[]): Promise<void> {
  for (const file of files) {
    const folder = await openFolder(dir);
    const read = await readDocument(new TextEncoder().encode(file.text), file.name);
    const prepared = prepareDocument(read, { actor: file.actor, published: file.date, url: SOURCE.url, publisher: SOURCE.publisher }, folder);
    await commitDocument(prepared, folder);
  }
}

/** Writes one knowledge document per strategy file into `dir`: front matter over the raw text. */
async function writeDocuments(dir: string, files: readonly StrategyFile[], names: ReadonlyMap<string, string>): Promise<void> {
  for (const file of files) {
    const name = names.get(file.actor) ?? file.actor;
    const title = `${name}: national cybersecurity strategy (${file.date.slice(0, 4)})`;
    const front = { id: documentId(file), title, actor: file.actor, language: file.language, source: { ...SOURCE, title: `${title}, ${file.name}` } };
    await writeFile(join(dir, `${documentId(file)}.md`), `---\n${stringify(front)}---\n\n${file.text}\n`);
  }
}

/** The file a kept folder records what it was built from in: a folder is reused only for the same files, the same way. */
const BUILT_FROM = '.quality-folder.json';

/** What a folder was built from: how, and which strategy files. */
function builtFrom(files: readonly StrategyFile[], from: FolderSource): string {
  return JSON.stringify({ from, files: files.map((f) => f.name).sort() });
}

/**
 * Builds the folder (actors.yaml from the countries fixture, one document per
 * file) and returns its path: a new temporary folder, or `into` (kept, for
 * `--folder`). An `into` that was built before from the same files the same
 * way is returned as it is; one built otherwise is refused.
 */
export async function buildKnowledgeFolder(
  files: readonly StrategyFile[],
  countries: readonly Country[],
  from: FolderSource = 'ingest',
  into?: string,
): Promise<string> {
  const record = builtFrom(files, from);
  if (into !== undefined) {
    const before = await readFile(join(into, BUILT_FROM), 'utf8').catch(() => undefined);
    if (before === record) return into;
    if (before !== undefined) throw new QuestionDataError(`${into} was built from other files or another way: delete it, or name another --folder`);
    await mkdir(into, { recursive: true });
  }
  const dir = into ?? (await mkdtemp(join(tmpdir(), 'policy-bot-quality-')));
  const actors = countries.map((c) => ({ id: c.id, name: c.name, kind: 'state', aliases: c.aliases }));
  await writeFile(join(dir, 'actors.yaml'), stringify({ actors }));
  if (from === 'ingest') await ingestDocuments(dir, files);
  else await writeDocuments(dir, files, new Map(countries.map((c) => [c.id, c.name])));
  // Written last: a folder whose build was cut short is not reused.
  if (into !== undefined) await writeFile(join(dir, BUILT_FROM), record);
  return dir;
}
