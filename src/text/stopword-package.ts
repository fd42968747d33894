/**
 * The stopword package's lists this project reads: the package holds 65
 * languages in one 237 kB CommonJS file, and loading and checking it cost
 * every start ~15 ms for eight lists of 6 kB. So the lists are written once
 * into stopword-lists.ts (`npm run generate:package-data`, after an update of
 * the package), and a test checks that file against the package installed.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { InstallationError } from '../errors.ts';

/** The languages whose lists are read, by the package's ISO 639-3 codes. */
export const STOPWORD_LANGUAGES = ['eng', 'ell', 'fra', 'jpn', 'lav', 'rus', 'spa', 'zho'] as const;

/** Stop words by ISO 639-3 code, as the stopword package lists them. */
export type StopwordLists = Readonly<Record<(typeof STOPWORD_LANGUAGES)[number], readonly string[]>>;

const list = z.array(z.string());
const listsSchema = z.looseObject({ eng: list, ell: list, fra: list, jpn: list, lav: list, rus: list, spa: list, zho: list });

/** The installed package's lists of {@link STOPWORD_LANGUAGES}, checked: a changed shape is a clear error. */
export function readStopwordLists(): StopwordLists {
  const parsed = listsSchema.safeParse(createRequire(import.meta.url)('stopword'));
  if (!parsed.success) throw new InstallationError(`policy-bot: the stopword package has an unexpected shape: ${parsed.error.message}`);
  const { eng, ell, fra, jpn, lav, rus, spa, zho } = parsed.data;
  return { eng, ell, fra, jpn, lav, rus, spa, zho };
}

/** The source of stopword-lists.ts for `lists`: one language a line. */
export function stopwordListsSource(lists: StopwordLists, version: string): string {
  return [
    `// Written by \`npm run generate:package-data\` (stopword-package.ts) from stopword ${version}: do not edit.`,
    '// biome-ignore-all format: one language a line',
    "import type { StopwordLists } from './stopword-package.ts';",
    '',
    '/** Stop words by ISO 639-3 code, as the stopword package lists them. */',
    'export const STOPWORD_LISTS: StopwordLists = {',
    ...STOPWORD_LANGUAGES.map((code) => `  ${code}: ${JSON.stringify(lists[code])},`),
    '};',
    '',
  ].join('\n');
}
