/**
 * The language a document is written in. Detected with tinyld: pure
 * JavaScript with no dependencies and no model to fetch, a Node range that
 * includes 20, ISO 639-1 codes out of the box (which are BCP 47 tags as
 * they are; franc answers ISO 639-3 and would need a mapping table), and
 * fast enough to read a whole strategy's opening in a millisecond or two.
 */
import { detect } from 'tinyld';

/** How much text is read: a long sample is no more accurate, only slower. */
const SAMPLE_CHARS = 20_000;
/** Below this, a guess is no better than none. */
const MIN_SAMPLE_CHARS = 40;

export type LanguageReason = 'given' | 'metadata' | 'detected';

/** The language of `paragraphs` as a BCP 47 tag (`en`, `fr`), or undefined when there is too little text to tell. */
export function detectLanguage(paragraphs: readonly string[]): string | undefined {
  let sample = '';
  for (const p of paragraphs) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${p}\n`;
  }
  if (sample.length < MIN_SAMPLE_CHARS) return undefined;
  const code = detect(sample.slice(0, SAMPLE_CHARS));
  return code === '' ? undefined : code;
}

/** The language: given (`--lang xx`; `auto` or nothing detects), declared by the file, or detected. */
export function inferLanguage(
  given: string | undefined,
  declared: string | undefined,
  paragraphs: readonly string[],
): { language: string; reason: LanguageReason } | undefined {
  if (given !== undefined && given !== 'auto') return { language: given, reason: 'given' };
  if (declared !== undefined) return { language: declared, reason: 'metadata' };
  const detected = detectLanguage(paragraphs);
  return detected === undefined ? undefined : { language: detected, reason: 'detected' };
}
