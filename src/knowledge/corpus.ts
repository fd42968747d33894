/**
 * The types of a loaded, validated corpus. A {@link Corpus} is immutable once
 * loaded: reloading builds a new one.
 */
import type { ParagraphPlace } from './body.ts';
import type { Actor, FrontMatter, GlossaryEntry, Topic } from './schema.ts';

/** A knowledge document: its validated front matter and its paragraphs, verbatim. */
export interface KnowledgeDocument extends FrontMatter {
  /** The file it came from, relative to the knowledge folder (`eu.md`). */
  readonly file: string;
  /** The body's paragraphs in order, soft line wraps joined with a space. */
  readonly paragraphs: readonly string[];
  /** Where each paragraph stands (page, heading path, layout kind), one per paragraph; absent for a body without structure markers. */
  readonly places?: readonly ParagraphPlace[];
}

/** Everything in one knowledge folder, validated and cross-checked. */
export interface Corpus {
  /** The folder it was loaded from (absolute). */
  readonly dir: string;
  /** SHA-256 (hex) of every file's path and bytes: the cache key of whatever is built from it. */
  readonly hash: string;
  /**
   * SHA-256 (hex) of each file's bytes, by path relative to the folder: what
   * tells a reload which documents changed (store/changes.ts). Always set by
   * the loader; a corpus made by hand (tests) may leave it out, and is then
   * rebuilt whole.
   */
  readonly fingerprints?: Readonly<Record<string, string>>;
  /**
   * Size and modification time (ms) of the files whose fingerprint those
   * identify, by path: set by the store's corpus load, for files last
   * modified long enough before it (RACY_MS) that a later write shows in
   * them. A reload takes a file with the same size and time as unchanged
   * without reading it (like the corpus cache, it trusts that a rewrite
   * changes the time: a tool that writes other bytes and restores the time
   * defeats both).
   */
  readonly fileStats?: Readonly<Record<string, readonly [number, number]>>;
  readonly documents: readonly KnowledgeDocument[];
  readonly actors: readonly Actor[];
  readonly glossary: readonly GlossaryEntry[];
  readonly topics: readonly Topic[];
}

export type { Actor, GlossaryEntry, Topic, FrontMatter };
export type { Source } from './schema.ts';
export type { ParagraphPlace } from './body.ts';
