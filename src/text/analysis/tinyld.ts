/**
 * tinyld, loaded on first use. Evaluating its language profiles costs about
 * a quarter of a second, which is most of what a one-question run from the
 * command line spends outside Node itself; an English question over
 * single-language documents never needs it, so it is required (synchronously,
 * through its CommonJS build) only when a caller actually detects.
 */
import { createRequire } from 'node:module';

type Detect = (text: string, options: { only: string[] }) => string;

let loaded: Detect | undefined;

/** tinyld's `detect`, restricted to `only` (primary subtags); '' when it cannot tell. */
export function detectAmong(text: string, only: readonly string[]): string {
  if (loaded === undefined) {
    const tinyld = createRequire(import.meta.url)('tinyld') as { detect: Detect };
    loaded = tinyld.detect;
  }
  return loaded(text, { only: [...only] });
}
