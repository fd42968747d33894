/**
 * Knowledge folders for `npm run bench:reload`: the 33 English national
 * strategies of ../shared/corpora/national-strategies as knowledge files
 * (front matter written over each raw text, the actors from
 * bench/fixtures/reload-actors.yaml), or a synthetic corpus of any size
 * (fixtures/synthetic/corpus.ts); and the one new document added during the run.
 */
import { readdir, readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../src/paths.ts';
import { documentMarkdown, syntheticDocuments, writeSyntheticKnowledge } from '../fixtures/synthetic/corpus.ts';

/** The actors of the strategies, one per country, with the file-name country each stands for. */
export const RELOAD_ACTORS_FILE = join(PACKAGE_ROOT, 'bench/fixtures/reload-actors.yaml');

const actorsSchema = z.object({ actors: z.array(z.object({ id: z.string(), name: z.string() }).loose()) });

/** What a benchmark run needs to know of a corpus: its actors and some passage ids and questions. */
export interface ReloadCorpus {
  readonly dir: string;
  readonly actors: readonly string[];
  /** The ids of a few documents, for /source (`<id>#1`). */
  readonly documents: readonly string[];
  readonly questions: readonly string[];
}

/** The country slug of a strategy file name (`20190501_Norway_ENG.txt` → `norway`). */
function countryOf(file: string): string | undefined {
  return /^\d{8}_([A-Za-z-]+)_ENG\.txt$/u.exec(file)?.[1]?.toLowerCase();
}

/**
 * Writes the English strategies of `source` into `dir` as a knowledge
 * folder: each raw text under front matter naming its country, its year and
 * the dataset it comes from. The text is as published (hard-wrapped lines,
 * page headers and all): what a team drops in before any cleaning.
 */
export async function writeStrategiesKnowledge(source: string, dir: string): Promise<ReloadCorpus> {
  const known = new Set(actorsSchema.parse(parse(await readFile(RELOAD_ACTORS_FILE, 'utf8'))).actors.map((a) => a.id));
  const files = (await readdir(source)).filter((f) => countryOf(f) !== undefined).sort();
  if (files.length === 0) throw new Error(`bench: no *_ENG.txt strategies in ${source}`);
  await mkdir(dir, { recursive: true });
  await copyFile(RELOAD_ACTORS_FILE, join(dir, 'actors.yaml'));
  // The one topic the added document (a synthetic one, fixtures/synthetic/corpus.ts) names.
  await writeFile(join(dir, 'topics.yaml'), 'topics:\n  - id: resilience\n    name: Resilience\n    terms: [resilience, resilient]\n');
  const documents: string[] = [];
  for (const file of files) {
    const country = countryOf(file) ?? '';
    if (!known.has(country)) throw new Error(`bench: ${file}: no actor "${country}" in ${RELOAD_ACTORS_FILE}`);
    const date = `${file.slice(0, 4)}-${file.slice(4, 6)}-${file.slice(6, 8)}`.replace(/-00/gu, '-01');
    const id = `${country}-strategy-${file.slice(0, 4)}`;
    const front = [
      '---',
      `id: ${id}`,
      `title: ${JSON.stringify(`National cybersecurity strategy of ${country} (${file.slice(0, 4)})`)}`,
      `actor: ${country}`,
      'source:',
      '  publisher: National Cybersecurity Strategy Data (N. Kostyuk)',
      `  title: ${JSON.stringify(file)}`,
      '  url: https://github.com/nadiyakostyuk/National-Cybersecurity-Strategy-Data',
      `  retrieved: ${date}`,
      '---',
    ];
    await writeFile(join(dir, `${id}.md`), `${front.join('\n')}\n\n${await readFile(join(source, file), 'utf8')}\n`);
    documents.push(id);
  }
  return {
    dir,
    actors: [...new Set(files.map((f) => countryOf(f) ?? ''))],
    documents,
    questions: [
      'critical information infrastructure protection',
      'incident response team',
      'international cooperation on cybercrime',
      'cyber security awareness and education',
      'public private partnership',
      'national cyber security centre',
    ],
  };
}

/** Writes a synthetic corpus of `passages` passages into `dir` (fixtures/synthetic/corpus.ts). */
export async function writeSyntheticCorpus(dir: string, passages: number, seed: number): Promise<ReloadCorpus> {
  const docs = await writeSyntheticKnowledge(dir, passages, seed);
  return {
    dir,
    actors: [...new Set(docs.map((d) => d.actor))].slice(0, 6),
    documents: docs.slice(0, 8).map((d) => d.id),
    questions: docs.slice(0, 6).map((d) => (d.paragraphs[0] ?? '').split(' ').slice(2, 7).join(' ')),
  };
}

/** A phrase found only in the added document: the run asks it to see the document served. */
export const ADDED_PHRASE = 'zyxquillion telemetry covenant';

/**
 * Writes one new document of `pages` pages (about 3.5 passages a page, as
 * the synthetic corpus's paragraphs go) into `dir`, for actor `actor`, as
 * `<id>.md`. Returns its id.
 */
export async function writeAddedDocument(dir: string, actor: string, pages: number, seed: number, id = 'added-report'): Promise<string> {
  const [doc] = syntheticDocuments(Math.round(pages * 3.5), seed).map((d) => ({ ...d, id, actor }));
  if (doc === undefined) throw new Error('bench: no document drawn');
  const more = syntheticDocuments(Math.round(pages * 3.5), seed + 1);
  // The id leads the phrase: a document of its own, named in its first sentence, is found by its id and the phrase.
  const opening =
    id === 'added-report' ? `The ${ADDED_PHRASE} sets out how incidents are shared.` : `The ${id} ${ADDED_PHRASE} sets out how incidents are shared.`;
  const paragraphs = [opening, ...more.flatMap((d) => d.paragraphs)].slice(0, Math.round(pages * 3.5));
  await writeFile(join(dir, `${id}.md`), documentMarkdown({ ...doc, paragraphs }));
  return doc.id;
}
