/**
 * `npm run generate:package-data`: writes the few names and words the
 * project reads from two large data packages into modules of its own (after
 * an update of either package): src/knowledge/world-countries.ts from
 * world-countries, src/text/stopword-lists.ts from stopword. Tests check
 * both against the packages installed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readWorldCountries, worldCountriesSource } from './knowledge/world-countries-package.ts';
import { readStopwordLists, stopwordListsSource } from './text/stopword-package.ts';

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

const written = [
  {
    file: new URL('./knowledge/world-countries.ts', import.meta.url),
    package: 'world-countries',
    source: (v: string) => worldCountriesSource(readWorldCountries(), v),
  },
  { file: new URL('./text/stopword-lists.ts', import.meta.url), package: 'stopword', source: (v: string) => stopwordListsSource(readStopwordLists(), v) },
];
for (const { file, package: name, source } of written) {
  const version = versionOf(name);
  writeFileSync(file, source(version));
  process.stdout.write(`${file.pathname}: from ${name} ${version}\n`);
}
