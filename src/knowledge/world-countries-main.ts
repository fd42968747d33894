/** `npm run generate:countries`: writes world-countries.ts from the installed world-countries package. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readWorldCountries, worldCountriesSource } from './world-countries-package.ts';

const { version } = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-countries/package.json'), 'utf8')) as { version: string };
const target = new URL('./world-countries.ts', import.meta.url);
writeFileSync(target, worldCountriesSource(readWorldCountries(), version));
process.stdout.write(`${target.pathname}: the countries of world-countries ${version}\n`);
