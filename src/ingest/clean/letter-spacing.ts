/**
 * Step 5b: letter-spaced and doubled-glyph text restored. A PDF that draws a
 * heading twice, or spaces its letters, extracts as "SSttrraatteeggyy  11" or
 * "P U BL IC -P RI V A TE". A run of such tokens becomes the word it spells.
 */
import { itemAt } from './item-at.ts';
import type { Vocabulary } from './vocabulary.ts';

/** True when every character of the token comes twice in a row ("SSttrraatteeggyy", "11", ".."). */
function isDoubled(token: string): boolean {
  if (token.length < 2 || token.length % 2 !== 0) return false;
  for (let k = 0; k < token.length; k += 2) if (token[k] !== token[k + 1]) return false;
  return true;
}
const undouble = (token: string): string => token.replace(/(.)\1/gsu, '$1');
/** A doubled tail of at least three letters glued to a word ("rightSSttrraatteeggyy"). */
const DOUBLED_TAIL = /^(.*?[^\p{L}]?)((?:(\p{L})\3){3,})$/u;
/** A token of a doubled run restored: doubled as a whole, or a word with a doubled tail ("rightSSttrraatteeggyy" → "rightStrategy"). */
const undoubleToken = (token: string): string =>
  isDoubled(token) ? undouble(token) : token.replace(DOUBLED_TAIL, (_, word: string, tail: string) => word + undouble(tail));

/**
 * Restores runs of doubled tokens. A run needs one token of three letters or
 * more once undoubled, so "ee" or "11" alone in ordinary text stay.
 */
export function restoreDoubledGlyphs(text: string): { readonly text: string; readonly fixed: number } {
  // A glyph drawn four times ("GGGGLLLLOOOOSSSSSSSSAAAARRRRYYYY") needs a second pass.
  const first = undoubleOnce(text);
  let out = first;
  for (let pass = 0; pass < 2 && out.fixed > 0; pass += 1) {
    const next = undoubleOnce(out.text);
    if (next.fixed === 0) break;
    out = next;
  }
  return { text: out.text, fixed: first.fixed };
}

function undoubleOnce(text: string): { readonly text: string; readonly fixed: number } {
  const parts = text.split(/(\s+)/u);
  let fixed = 0;
  let k = 0;
  while (k < parts.length) {
    const first = itemAt(parts, k);
    if (!isDoubled(first) && !DOUBLED_TAIL.test(first)) {
      k += 1;
      continue;
    }
    const start = k;
    let end = k;
    while (end + 2 < parts.length && isDoubled(itemAt(parts, end + 2))) end += 2;
    const run = parts.slice(start, end + 1).filter((_, j) => j % 2 === 0);
    if (run.some((t) => (isDoubled(t) ? /\p{L}{3}/u.test(undouble(t)) : true))) {
      for (let j = start; j <= end; j += 2) parts[j] = undoubleToken(itemAt(parts, j));
      for (let j = start + 1; j < end; j += 2) parts[j] = ' ';
      fixed += 1;
    }
    k = end + 1;
  }
  return { text: parts.join(''), fixed };
}

/** One letter-spaced piece: one or two capitals, maybe with a hyphen on either side. */
const SPACED_PIECE = /^-?\p{Lu}{1,2}-?$/u;
/** A letter-spaced run has at least this many pieces. */
const MIN_PIECES = 4;

/**
 * Joins runs of letter-spaced capitals. A run of single letters always is
 * one; a run with pairs ("BL IC") only when what it spells is made of words.
 */
export function restoreLetterSpacing(text: string, vocab: Vocabulary): { readonly text: string; readonly fixed: number } {
  const tokens = text.split(' ');
  const out: string[] = [];
  let fixed = 0;
  let k = 0;
  while (k < tokens.length) {
    let end = k;
    while (end < tokens.length && SPACED_PIECE.test(itemAt(tokens, end))) end += 1;
    const run = tokens.slice(k, end);
    if (run.length >= MIN_PIECES && spellsWords(run, vocab)) {
      out.push(run.join(''));
      fixed += 1;
      k = end;
    } else {
      out.push(itemAt(tokens, k));
      k += 1;
    }
  }
  return { text: out.join(' '), fixed };
}

function spellsWords(run: readonly string[], vocab: Vocabulary): boolean {
  const singles = run.filter((p) => p.replace(/-/gu, '').length === 1).length;
  if (singles === run.length) return true;
  if (singles * 2 < run.length) return false;
  return run
    .join('')
    .split('-')
    .every((w) => w !== '' && vocab.isWord(w));
}
