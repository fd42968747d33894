/**
 * `npx tsx bench/facts/label.ts SAMPLE_FILE FROM MARKS`: records labels for
 * the audit. SAMPLE_FILE is what audit.ts wrote; MARKS is a string of `y`
 * and `n` (spaces ignored), one per sampled item from item number FROM
 * (1-based, in the file's order), given after reading each quote. The
 * labels are appended to bench/facts/labels.tsv (a key already labelled is kept as it was).
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const [file, from, marks] = process.argv.slice(2);
if (file === undefined || from === undefined || marks === undefined) {
  process.stderr.write('usage: npx tsx bench/facts/label.ts SAMPLE_FILE FROM MARKS\n');
  process.exit(2);
}
const labelsFile = join(import.meta.dirname, 'labels.tsv');
const known = new Set((await readFile(labelsFile, 'utf8').catch(() => '')).split('\n').map((l) => l.split('\t')[1]));
const keys = (await readFile(file, 'utf8'))
  .split('\n')
  .filter((l) => /^[?yn]\t/u.test(l))
  .map((l) => l.slice(2));
const given = marks.replace(/\s+/gu, '');
if (!/^[yn]*$/u.test(given)) throw new Error('MARKS: only y and n');
const lines: string[] = [];
[...given].forEach((mark, i) => {
  const key = keys[Number(from) - 1 + i];
  if (key === undefined) throw new Error(`no item ${Number(from) + i} in ${file}`);
  if (!known.has(key)) lines.push(`${mark}\t${key}`);
});
await appendFile(labelsFile, lines.length === 0 ? '' : `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} labels added\n`);
