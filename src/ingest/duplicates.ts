/**
 * Recognising a document the folder already has: the same file (same
 * sha256), or a near-duplicate (most of its paragraphs word for word in
 * one document: a new version, a translation's original, a copy).
 */
import type { FolderDocument } from './folder.ts';

/** Paragraphs shorter than this are left out: headings and short lines repeat across unrelated documents. */
const MIN_PARAGRAPH_CHARS = 60;
/** The share of a document's (long) paragraphs found word for word in another that makes it a near-duplicate. */
export const NEAR_DUPLICATE_SHARE = 0.5;

/** The document of the folder ingested from the same bytes, if any. */
export function sameFile(sha256: string, documents: readonly FolderDocument[]): FolderDocument | undefined {
  return documents.find((d) => d.sha256 === sha256);
}

const key = (p: string): string => p.replace(/\s+/gu, ' ').trim().toLowerCase();

/** The document that shares the most of `paragraphs`, when it shares at least {@link NEAR_DUPLICATE_SHARE} of them. */
export function nearDuplicate(
  paragraphs: readonly string[],
  documents: readonly FolderDocument[],
): { document: FolderDocument; shared: number; of: number } | undefined {
  const mine = new Set(paragraphs.filter((p) => p.length >= MIN_PARAGRAPH_CHARS).map(key));
  if (mine.size === 0) return undefined;
  let best: { document: FolderDocument; shared: number; of: number } | undefined;
  for (const document of documents) {
    let shared = 0;
    const seen = new Set<string>();
    for (const p of document.paragraphs) {
      const k = key(p);
      if (mine.has(k) && !seen.has(k)) {
        seen.add(k);
        shared++;
      }
    }
    if (shared > (best?.shared ?? 0)) best = { document, shared, of: mine.size };
  }
  return best !== undefined && best.shared / best.of >= NEAR_DUPLICATE_SHARE ? best : undefined;
}
