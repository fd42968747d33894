/**
 * The files of a national-strategies corpus folder
 * (`<YYYYMMDD>_<Country>_<LANG>.txt`, see ../shared/corpora/SOURCE.md), each
 * with the actor id its file name gives (the country part, lowercased:
 * 20190501_Norway_ENG.txt → norway), the language its name gives, and its
 * text as published. English, French, Spanish, Russian, Greek and Latvian.
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
  /** The language the file name gives, as a BCP 47 tag (`en`, `fr`). */
  readonly language: string;
  readonly text: string;
}

/** The dataset's language codes, as BCP 47 tags. */
const LANGUAGES: Readonly<Record<string, string>> = { ENG: 'en', FRN: 'fr', ESP: 'es', RUS: 'ru', GRE: 'el', LTV: 'lv' };

const FILE_NAME = /^(\d{4})(\d{2})(\d{2})_([A-Za-z-]+)_([A-Z]{3})\.txt$/u;

/** Reads every strategy of `dir` in a language of LANGUAGES, sorted by file name. Throws when there is no English one. */
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
    const [, y, mo, d, country, code] = m;
    const language = LANGUAGES[code ?? ''];
    if (language === undefined) continue;
    files.push({ name, actor: (country ?? '').toLowerCase(), date: `${y}-${mo}-${d}`, language, text: await readFile(join(dir, name), 'utf8') });
  }
  if (!files.some((f) => f.language === 'en')) throw new QuestionDataError(`no English strategy (<YYYYMMDD>_<Country>_ENG.txt) in ${dir}`);
  return files;
}
