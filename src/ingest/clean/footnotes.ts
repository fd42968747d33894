/**
 * Step 5c: footnote markers glued to the text. A superscript footnote number
 * extracts as a digit glued to the word or year before it: "crimes.15 With",
 * "signal devices19 and", "March 09 of 201223" (2012, footnote 23). Glued,
 * it breaks dates, search terms and sentence ends.
 *
 * The marker is removed from the block's text (the footnote itself stays, as
 * its own block) and returned, so the report counts it and the nothing-lost
 * check knows the number was taken out on purpose. Only unambiguous places
 * are touched: a lowercase dictionary word with digits glued on, sentence
 * punctuation with digits glued on after a word, and a six-digit "year" after
 * a month name.
 */
import type { Vocabulary } from './vocabulary.ts';

/** "devices19 and": a lowercase word of three letters or more, then 1–3 digits. */
const AFTER_WORD = /(?<![\p{L}\p{N}/@._-])(\p{Ll}{3,})(\d{1,3})(?=[\s,.;:)]|$)/gu;
/** "crimes.15 With", "people,22,", "NISC")32": a word, sentence punctuation or a closing quote or bracket, then 1–3 digits; not "security;3. Definition", where the number is the next item's. */
const AFTER_PUNCTUATION = /(?<![\p{L}\p{N}/@._-])(\p{L}{3,}(?:[.,;:]["'”’)]{0,2}|[”")]{1,2}[.,;:]?|['’][.,;:]))(\d{1,3})(?=\s+[^\d\s]|[,;:]|$)/gu;
/** Labels and abbreviations a number follows by right ("Art.5", "No.3", "Objective:1", "objective1"), and Roman numerals ("III.12.", a date). */
const LABEL =
  /^(?:art|arts|no|nos|vol|sec|section|fig|figs|figure|para|paras|chap|chapter|ref|tab|table|page|pages|item|law|act|step|level|phase|stage|tier|goal|objective|pillar|priority|annex|appendix|part|principle|action|measure|[ivxlc]+)(?:[.,:;]|$)/iu;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** "March 09 of 201223", "1 June 201812": a year with one or two digits glued, right after a month (and day). */
const AFTER_YEAR = new RegExp(
  `(?<=\\b(?:${MONTHS})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+)((?:19|20)\\d{2})(\\d{1,2})(?![\\p{N}])`,
  'giu',
);

/** The text with footnote markers taken out, and the markers taken. */
export function separateFootnoteMarkers(text: string, vocab: Vocabulary): { readonly text: string; readonly markers: readonly string[] } {
  const markers: string[] = [];
  let fixed = text.replace(AFTER_YEAR, (_all: string, year: string, marker: string) => {
    markers.push(marker);
    return year;
  });
  fixed = fixed.replace(AFTER_WORD, (all: string, word: string, marker: string) => {
    if (!vocab.inDictionary(word) || LABEL.test(word) || Number(marker) === 0) return all;
    markers.push(marker);
    return word;
  });
  fixed = fixed.replace(AFTER_PUNCTUATION, (all: string, head: string, marker: string) => {
    if (LABEL.test(head) || Number(marker) === 0) return all;
    markers.push(marker);
    return head;
  });
  return { text: fixed, markers };
}
