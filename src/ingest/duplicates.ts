/**
 * Recognising a document the folder already has: the same file (same
 * sha256), or a near-duplicate (a good share of its sentences word for word in
 * one document: a new version, a copy).
 */
import type { FolderDocument } from './folder.ts';

/** Sentences shorter than this are left out: short lines and stock phrases repeat across unrelated documents. */
const MIN_SENTENCE_CHARS = 40;
/**
 * The share of a document's (long) sentences found word for word in one
 * other document that makes it a near-duplicate. Measured on the 47
 * strategies of the shared corpus after cleaning: Gambia 2022 shares 23% of
 * its sentences with Gambia 2020 (a new version, reworded in places); no
 * other pair shares more than 4%. Whole paragraphs are too strict a unit: a
 * reworded clause or a page break in a different place makes a paragraph
 * differ (only 13% of Gambia 2022's paragraphs are identical).
 */
export const NEAR_DUPLICATE_SHARE = 0.15;

/** The document of the folder ingested from the same bytes, if any. */
export function sameFile(sha256: string, documents: readonly FolderDocument[]): FolderDocument | undefined {
  return documents.find((d) => d.sha256 === sha256);
}

/** The long sentences of some paragraphs, compared on their letters and digits only (case, spacing and punctuation aside). */
function sentenceKeys(paragraphs: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const p of paragraphs) {
    for (const sentence of p.split(/(?<=[.!?])\s+/u)) {
      const key = sentence
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      if (key.length >= MIN_SENTENCE_CHARS) keys.add(key);
    }
  }
  return keys;
}

/** The document that shares the most of the sentences of `paragraphs`, when it shares at least {@link NEAR_DUPLICATE_SHARE} of them. */
export function nearDuplicate(
  paragraphs: readonly string[],
  documents: readonly FolderDocument[],
): { document: FolderDocument; shared: number; of: number } | undefined {
  const mine = sentenceKeys(paragraphs);
  if (mine.size === 0) return undefined;
  let best: { document: FolderDocument; shared: number; of: number } | undefined;
  for (const document of documents) {
    let shared = 0;
    for (const key of sentenceKeys(document.paragraphs)) if (mine.has(key)) shared++;
    if (shared > (best?.shared ?? 0)) best = { document, shared, of: mine.size };
  }
  return best !== undefined && best.shared / best.of >= NEAR_DUPLICATE_SHARE ? best : undefined;
}
