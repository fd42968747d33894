/** What one file may cost to extract. */

/** Limits on what one file may cost. */
export interface ExtractLimits {
  /** The most bytes a file (and any zip entry, uncompressed) may have. */
  readonly maxBytes: number;
  readonly maxPages: number;
  /** The most bytes all entries of a zip (DOCX) may have together, uncompressed; default 4 × {@link maxBytes}. */
  readonly maxUncompressedBytes?: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxBytes: 25 * 1024 * 1024, maxPages: 2000 };

/** The total uncompressed size a zip may inflate to under `limits`. */
export function maxUncompressedOf(limits: ExtractLimits): number {
  return limits.maxUncompressedBytes ?? 4 * limits.maxBytes;
}

/** A byte count in words for messages ("25 MB", "1,536 bytes"). */
export function bytesInWords(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n.toLocaleString('en-US')} bytes`;
}

/** A library's error message on one line and at most 200 characters, for quoting in a user's message. */
export function reasonOf(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
