/**
 * A light Latvian stemmer, written here because no maintained package has
 * one: Snowball has no Latvian algorithm (neither snowball-stemmers nor
 * @orama/stemmers ships one). It removes the longest inflectional ending of
 * a noun, adjective or participle (the endings listed by Kreslins' and
 * Savoy's light stemmers for Baltic languages), on the folded word (no
 * diacritics: "drošības" → "drosibas" → "drosib"), leaving a stem of at
 * least three letters. Light stemming conflates the case and number forms a
 * question and a passage use, which is what retrieval needs; it does not
 * try to find the lemma.
 */

/** Endings, folded, longest first so the longest that fits is removed. */
const ENDINGS = [
  'ajiem',
  'ajam',
  'ajai',
  'ajos',
  'ajas',
  'iem',
  'aja',
  'ais',
  'ies',
  'am',
  'em',
  'im',
  'um',
  'us',
  'as',
  'es',
  'os',
  'is',
  'ij',
  'ie',
  'ai',
  'ei',
  'u',
  'a',
  'e',
  'i',
  'o',
  's',
].sort((x, y) => y.length - x.length);

const MIN_STEM = 3;

/** The stem of a folded Latvian word. */
export function stemLatvian(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
