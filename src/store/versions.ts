/**
 * The store's key: what a cached part was built from. Each part's key holds
 * the hash of the knowledge files and the explicit version of every stage
 * whose output the part stores (and the constants that stage is tuned by),
 * so a change of one stage rebuilds the parts that depend on it and no
 * others: passages (text pipeline, chunking), the index (those, and the
 * index), the facts (passages, and fact extraction).
 */
import { createHash } from 'node:crypto';
import { FACTS_VERSION } from '../facts/version.ts';
import { KNOWLEDGE_FORMAT_VERSION } from '../knowledge/version.ts';
import { FREQUENT_TERM_MIN_DF, FREQUENT_TERM_SHARE, MAX_POSTINGS_PER_TERM } from '../search/limits.ts';
import { INDEX_VERSION } from '../search/version.ts';
import { MAX_PASSAGE_CHARS } from '../passages/chunk.ts';
import { CHUNKING_VERSION } from '../passages/version.ts';
import { TEXT_PIPELINE_VERSION } from '../text/version.ts';

/** The version of each stage whose output the store keeps. */
export interface StageVersions {
  /** Reading knowledge files (the corpus itself). */
  readonly knowledge: number;
  readonly text: number;
  readonly chunking: number;
  readonly index: number;
  readonly facts: number;
}

/** The stage versions of this build of policy-bot. */
export const STAGE_VERSIONS: StageVersions = Object.freeze({
  knowledge: KNOWLEDGE_FORMAT_VERSION,
  text: TEXT_PIPELINE_VERSION,
  chunking: CHUNKING_VERSION,
  index: INDEX_VERSION,
  facts: FACTS_VERSION,
});

/** The parts of a cached knowledge base, each in a file of its own. */
export const PARTS = ['passages', 'index', 'facts'] as const;
export type Part = (typeof PARTS)[number];

/** The key of each part. */
export type PartKeys = Readonly<Record<Part, string>>;

function sha256(...values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}

/** The keys of the parts built from knowledge files that hash to `corpusHash`, by stages of `versions`. */
export function partKeys(corpusHash: string, versions: StageVersions = STAGE_VERSIONS): PartKeys {
  const passages = sha256('passages', corpusHash, versions.knowledge, versions.text, versions.chunking, MAX_PASSAGE_CHARS);
  return {
    passages,
    index: sha256('index', passages, versions.index, MAX_POSTINGS_PER_TERM, FREQUENT_TERM_MIN_DF, FREQUENT_TERM_SHARE),
    facts: sha256('facts', passages, versions.facts),
  };
}

/** The key of each document's facts before they are put together (document-fact-pack.ts): built with the facts, from the same. */
export function documentFactsKey(keys: PartKeys): string {
  return sha256('document-facts', keys.facts);
}
