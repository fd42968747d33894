import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Names only the seed corpus uses: none of them may steer the extraction code. */
const SEED_NAMES = [
  'Ise-Shima',
  'Ise-Shina',
  'Solarium',
  'Cybersecurity Act',
  'NIS',
  'ASEAN',
  'AUKUS',
  'SADC',
  'Quad',
  'GGE',
  'G7',
  'G20',
  'NATO',
  'Montenegr',
  'Cyber Command',
  'Interim National',
  'Critical Entities',
  'Security Operations',
  'African Union',
  'Japan',
  'European Union',
];

async function sources(): Promise<{ file: string; text: string }[]> {
  const dir = join(ROOT, 'src/facts');
  const files = [...(await readdir(dir)).map((f) => join(dir, f)), join(ROOT, 'src/views/terminal/facts.ts'), join(ROOT, 'src/views/json/facts.ts')];
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}

describe('the facts code', () => {
  it('names nothing from the seed corpus', async () => {
    // Whole words, case-sensitive: "NIS" is a seed name, the "NIS" inside "ORGANISATION" is not.
    const word = (n: string) => new RegExp(`(?<![\\p{L}\\p{N}])${n}`, 'u');
    const found = (await sources()).flatMap(({ file, text }) => SEED_NAMES.filter((n) => word(n).test(text)).map((n) => `${file}: ${n}`));
    expect(found).toEqual([]);
  });
});
