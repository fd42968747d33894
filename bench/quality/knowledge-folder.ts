/**
 * A temporary knowledge folder made from the corpus, so that the project's
 * own loader and engine read it as a user's folder.
 *
 * Today each strategy becomes one Markdown file: front matter over the raw
 * text, as the README tells a user to add a document. When the ingest branch
 * lands (`prepare`/`commit` in src/ingest/ingest.ts), {@link writeDocuments}
 * is the one function to change: ingest each file into `dir` instead of
 * writing the raw text. The actors file and everything that reads the folder
 * stay as they are.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
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

/** Writes one knowledge document per strategy file into `dir`. The one place to switch to `policy-bot ingest` output. */
async function writeDocuments(dir: string, files: readonly StrategyFile[], names: ReadonlyMap<string, string>): Promise<void> {
  for (const file of files) {
    const name = names.get(file.actor) ?? file.actor;
    const title = `${name}: national cybersecurity strategy (${file.date.slice(0, 4)})`;
    const front = { id: documentId(file), title, actor: file.actor, source: { ...SOURCE, title: `${title}, ${file.name}` } };
    await writeFile(join(dir, `${documentId(file)}.md`), `---\n${stringify(front)}---\n\n${file.text}\n`);
  }
}

/** Builds the folder (actors.yaml from the countries fixture, one document per file) and returns its path. */
export async function buildKnowledgeFolder(files: readonly StrategyFile[], countries: readonly Country[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-bot-quality-'));
  const actors = countries.map((c) => ({ id: c.id, name: c.name, kind: 'state', aliases: c.aliases }));
  await writeFile(join(dir, 'actors.yaml'), stringify({ actors }));
  await writeDocuments(dir, files, new Map(countries.map((c) => [c.id, c.name])));
  return dir;
}
