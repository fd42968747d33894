/**
 * A built knowledge base in the store's packed form: the corpus as loaded,
 * the passages and the index as typed arrays, the facts as a cache body or
 * a cache file to read when first asked. This is what a build hands over
 * (from the build process, in a file: packed-file.ts) and what
 * {@link adopt} turns into the knowledge base an engine serves.
 */
import type { Corpus } from '../knowledge/corpus.ts';
import type { PackedIndex } from '../search/index.ts';
import type { PackedCorpus } from './corpus-pack.ts';
import type { PackedFacts } from './fact-pack.ts';
import type { PackedPassages } from './passage-pack.ts';
import type { Part } from './versions.ts';

/** Where the facts of a packed knowledge base are: still in a fresh cache file, encoded (a cache body), or as packed objects. */
export type FactsSource =
  | { readonly kind: 'file'; readonly file: string; readonly key: string }
  | { readonly kind: 'body'; readonly body: Uint8Array }
  | { readonly kind: 'packed'; readonly facts: PackedFacts };

/** How a knowledge base was obtained: every part from a fresh cache, some built (and why), or a served one updated in place for some documents. */
export type Origin = { readonly from: 'cache' } | { readonly from: 'build' | 'update'; readonly reason: string };

/** A knowledge base in packed form. */
export interface PackedKnowledge {
  /** The corpus as loaded, or packed to travel between threads (corpus-pack.ts). */
  readonly corpus: Corpus | { readonly packed: PackedCorpus };
  readonly passages: PackedPassages;
  readonly index: PackedIndex;
  readonly facts: FactsSource;
  readonly origin: Origin;
  /** The parts that were built (not taken from the cache). */
  readonly built: readonly Part[];
}
