/**
 * The fixed query set of the benchmark: natural 2–6 word questions, keyword
 * queries and typos, drawn (seeded) from the same vocabulary and actors as
 * the corpora, so that they match what the corpus holds the way real
 * questions do: mostly mid-frequency words, some common, some rare.
 */
import { ACRONYMS, ACTORS, rankedVocabulary } from './vocabulary.ts';
import { prng, VOCABULARY_SIZE, ZipfWords } from './corpus.ts';
import { foreignText, mixedLanguageOf } from './languages.ts';

/** The kinds of query measured. */
export type QueryKind = 'natural' | 'keyword' | 'typo';

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly text: string;
}

const OPENERS = ['What is', 'What does', 'How does', 'When did', 'Why does', 'Which', 'Tell me about', ''];

/** A content word: drawn by Zipf from rank 30 on (people ask about things, not about "the"). */
function contentWord(random: () => number, zipf: ZipfWords): string {
  for (;;) {
    const r = zipf.rank(random());
    if (r >= 30) return zipf.words[r] ?? 'policy';
  }
}

/** One typo of the kind people make: a swap, a dropped, doubled or wrong letter. */
export function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 2) return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
  return word.slice(0, i) + String.fromCharCode(97 + Math.floor(random() * 26)) + word.slice(i + 1);
}

/** `count` queries per kind mix (60% natural, 20% keywords, 20% typos), the same for a given seed; `mixed`: 30% of them in other languages. */
export function benchQueries(count: number, seed: number, mixed = false): BenchQuery[] {
  const queries = englishQueries(count, seed);
  if (!mixed) return queries;
  // Three queries in ten in another language, as a mixed corpus's users would ask (languages.ts).
  return queries.map((q, i) => {
    const language = mixedLanguageOf(i);
    return language === undefined ? q : { ...q, text: foreignText(q.text.replace(/\?$/u, ''), language) };
  });
}

function englishQueries(count: number, seed: number): BenchQuery[] {
  const random = prng(seed);
  const zipf = new ZipfWords(rankedVocabulary(VOCABULARY_SIZE));
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const u = i % 5;
    if (u < 3) {
      const n = 1 + Math.floor(random() * 4);
      const words = Array.from({ length: n }, () => contentWord(random, zipf));
      const v = random();
      if (v < 0.25) words.splice(Math.floor(random() * words.length), 0, (ACTORS[Math.floor(random() * ACTORS.length)] ?? ACTORS[0])?.name ?? 'EU');
      else if (v < 0.35) words.push(String(1998 + Math.floor(random() * 28)));
      else if (v < 0.45) words.push(ACRONYMS[Math.floor(random() * ACRONYMS.length)]?.term ?? 'NIS2');
      const opener = OPENERS[Math.floor(random() * OPENERS.length)] ?? '';
      queries.push({ kind: 'natural', text: `${opener} ${words.join(' ')}?`.trim() });
    } else if (u === 3) {
      const n = 1 + Math.floor(random() * 3);
      queries.push({ kind: 'keyword', text: Array.from({ length: n }, () => contentWord(random, zipf)).join(' ') });
    } else {
      const n = 2 + Math.floor(random() * 3);
      const words = Array.from({ length: n }, () => contentWord(random, zipf));
      const long = words.findIndex((w) => w.length >= 5);
      const at = long >= 0 ? long : 0;
      words[at] = typo(words[at] ?? 'strategy', random);
      queries.push({ kind: 'typo', text: words.join(' ') });
    }
  }
  return queries;
}
