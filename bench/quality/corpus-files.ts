/**
 * The English files of a national-strategies corpus folder
 * (`<YYYYMMDD>_<Country>_<LANG>.txt`, see ../shared/corpora/SOURCE.md), each
 * with the actor id its file name gives (the country part, lowercased:
 * 20190501_Norway_ENG.txt → norway) and its text as published.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QuestionDataError } from '../../fixtures/retrieval/corpus-questions/schema.ts';

/** One strategy file. */
export interface StrategyFile {
  /** The file name, e.g. `20190501_Norway_ENG.txt`. */
  readonly name: string;
  readonly actor: string;
  /** Adoption date as the dataset gives it, YYYY-MM-DD. */
  readonly date: string;
  readonly text: string;
}

const FILE_NAME = /^(\d{4})(\d{2})(\d{2})_([A-Za-z-]+)_ENG\.txt$/u;

/** Reads every English strategy of `dir`, sorted by file name. Throws when there is none. */
export async function readStrategies(dir: string): Promise<StrategyFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new QuestionDataError(`cannot read the corpus folder ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const files: StrategyFile[] = [];
  for (const name of names.sort()) {
    const m = FILE_NAME.exec(name);
    if (m === null) continue;
    const [, y, mo, d, country] = m;
    files.push({ name, actor: (country ?? '').toLowerCase(), date: `${y}-${mo}-${d}`, text: await readFile(join(dir, name), 'utf8') });
  }
  if (files.length === 0) throw new QuestionDataError(`no English strategy (<YYYYMMDD>_<Country>_ENG.txt) in ${dir}`);
  return files;
}
