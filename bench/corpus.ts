/**
 * Deterministic synthetic corpora for the benchmark: a seeded PRNG, Zipf
 * word frequencies over a policy-like vocabulary, ~40 actors, years and
 * acronyms, ~90 words a passage. The same seed and size always give the same
 * knowledge folder, byte for byte.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { foreignText, type MixedLanguage, mixedLanguageOf } from './languages.ts';
import { ACRONYMS, ACTORS, rankedVocabulary } from './vocabulary.ts';

/** A seeded PRNG (mulberry32): fast, and good enough to draw words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The size of the vocabulary drawn from, as in the measurements of the project notes. */
export const VOCABULARY_SIZE = 20_000;

/** Passages per synthetic document: one paragraph each, so a paragraph is a passage. */
export const PASSAGES_PER_DOCUMENT = 50;

/** Draws words with Zipf-distributed frequencies (exponent 1) over a ranked vocabulary. */
export class ZipfWords {
  private readonly cdf: Float64Array;
  constructor(readonly words: readonly string[]) {
    this.cdf = new Float64Array(words.length);
    let sum = 0;
    for (let r = 0; r < words.length; r++) {
      sum += 1 / (r + 2.7); // the Zipf–Mandelbrot shift keeps "the" from being a fifth of the text
      this.cdf[r] = sum;
    }
    for (let r = 0; r < words.length; r++) this.cdf[r] = (this.cdf[r] ?? 0) / sum;
  }

  /** The rank of the word drawn by `u` ∈ [0, 1). */
  rank(u: number): number {
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  draw(random: () => number): string {
    return this.words[this.rank(random())] ?? 'policy';
  }
}

/** One synthetic document. */
export interface SyntheticDocument {
  readonly id: string;
  readonly actor: string;
  readonly year: number;
  /** Its language, in a mixed corpus (languages.ts); English otherwise. */
  readonly language?: MixedLanguage;
  readonly paragraphs: readonly string[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('bench: pick from an empty list');
  return item;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One sentence of 9–22 words: Zipf words, now and then the actor, a year or an acronym. */
function sentence(random: () => number, zipf: ZipfWords, actorName: string, year: number): string {
  const n = 9 + Math.floor(random() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const u = random();
    if (u < 0.025) words.push(actorName);
    else if (u < 0.035) words.push(String(year - Math.floor(random() * 6)));
    else if (u < 0.05) words.push(pick(random, ACRONYMS).term);
    else words.push(zipf.draw(random));
  }
  return `${capitalise(words.join(' '))}.`;
}

/** A paragraph of about 90 words (4–6 sentences), kept under the passage bound so it is one passage. */
function paragraph(random: () => number, zipf: ZipfWords, actorName: string, year: number): string {
  const sentences: string[] = [];
  let length = 0;
  const target = 75 + Math.floor(random() * 30);
  let words = 0;
  while (words < target) {
    const s = sentence(random, zipf, actorName, year);
    if (length + s.length + 1 > 850) break;
    sentences.push(s);
    length += s.length + 1;
    words += s.split(' ').length;
  }
  return sentences.join(' ');
}

/** The documents of a corpus of `passages` passages, drawn from `seed`; `mixed`: 30% of them in other languages (languages.ts). */
export function syntheticDocuments(passages: number, seed: number, mixed = false): SyntheticDocument[] {
  const random = prng(seed);
  const zipf = new ZipfWords(rankedVocabulary(VOCABULARY_SIZE));
  const docs: SyntheticDocument[] = [];
  for (let made = 0, d = 0; made < passages; d++) {
    const actor = ACTORS[d % ACTORS.length] ?? ACTORS[0];
    if (actor === undefined) throw new Error('bench: no actors');
    const year = 1998 + Math.floor(random() * 28);
    const count = Math.min(PASSAGES_PER_DOCUMENT, passages - made);
    const paragraphs = Array.from({ length: count }, () => paragraph(random, zipf, actor.name, year));
    const language = mixed ? mixedLanguageOf(d) : undefined;
    const id = `${actor.id}-doc-${d + 1}`;
    docs.push(language === undefined ? { id, actor: actor.id, year, paragraphs } : { id, actor: actor.id, year, language, paragraphs: paragraphs.map((p) => foreignText(p, language)) });
    made += count;
  }
  return docs;
}

function yamlList(items: readonly string[]): string {
  return `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
}

/** The Markdown file of one document: front matter the loader validates, then its paragraphs. */
export function documentMarkdown(doc: SyntheticDocument): string {
  const front = [
    '---',
    `id: ${doc.id}`,
    `title: ${JSON.stringify(`Synthetic ${doc.actor} policy document ${doc.id} (${doc.year})`)}`,
    `actor: ${doc.actor}`,
    ...(doc.language === undefined ? [] : [`language: ${doc.language}`]),
    'topics: [resilience]',
    'source:',
    '  publisher: Synthetic Policy Library',
    `  title: ${JSON.stringify(`Synthetic document ${doc.id}`)}`,
    `  url: https://example.org/policy/${doc.id}`,
    `  retrieved: ${doc.year}-06-01`,
    '---',
  ];
  return `${front.join('\n')}\n\n${doc.paragraphs.join('\n\n')}\n`;
}

/** Writes a knowledge folder for a corpus of `passages` passages into `dir` (`mixed`: in several languages). Returns the documents written. */
export async function writeSyntheticKnowledge(dir: string, passages: number, seed: number, mixed = false): Promise<SyntheticDocument[]> {
  const docs = syntheticDocuments(passages, seed, mixed);
  await mkdir(join(dir, 'docs'), { recursive: true });
  const actors = ACTORS.map((a) => `  - id: ${a.id}\n    name: ${JSON.stringify(a.name)}\n    kind: state\n    aliases: ${yamlList(a.aliases)}`);
  await writeFile(join(dir, 'actors.yaml'), `actors:\n${actors.join('\n')}\n`);
  const glossary = ACRONYMS.map((a) => `  - term: ${a.term}\n    means: ${yamlList([a.means])}`);
  await writeFile(join(dir, 'glossary.yaml'), `entries:\n${glossary.join('\n')}\n`);
  await writeFile(join(dir, 'topics.yaml'), 'topics:\n  - id: resilience\n    name: Resilience\n    terms: [resilience, resilient]\n');
  // A few hundred files at a time: enough to keep the disk busy, few enough to stay under the open-file limit.
  for (let i = 0; i < docs.length; i += 200) {
    await Promise.all(docs.slice(i, i + 200).map((d) => writeFile(join(dir, 'docs', `${d.id}.md`), documentMarkdown(d))));
  }
  return docs;
}
