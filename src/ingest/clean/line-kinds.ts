/**
 * What one line of text looks like on its own: a list item's start, a
 * heading, a table row. The paragraph step weighs these with the lines
 * around it.
 */

/** Bullet glyphs (including the private-use bullets of Symbol and Wingdings fonts), dashes, and item numbers: 1. 1) (1) 2.1. a) (a) i. (iv). */
const LIST_MARKER =
  /^\s*(?:[•◦▪▫‣⁃●○■□►▶➢➤✓✔✗·*\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf06e\uf071]|[-–—](?=\s)|o(?=\s+\p{Lu})|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\(?\d{1,2}[.)](?!\d)|\(?[a-z][.)]|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]|\(\d{1,2}\)|\([a-z]\)|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\))(?=\s|$)/u;
/** "1.1 Title", "2.3.1 Title": section numbers without a closing dot. */
const SECTION_NUMBER = /^\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+\p{Lu}/u;
/** Chapter-like words that open a heading. */
const HEADING_WORD =
  /^\s*(chapter|part|section|pillar|goal|objective|annex|appendix|article|strategic\s+(?:goal|objective|pillar))\s+(?:\d{1,2}|[ivx]{1,4}|[a-z])\b/iu;
const ROMAN_HEADING = /^\s*[IVX]{1,4}\.\s+\p{Lu}/u;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'its',
  'our',
  'vs',
  '&',
  '-',
  '–',
  ':',
]);

/** The list marker the line starts with ("•", "1.", "(iv)"), or undefined. */
export function listMarker(text: string): string | undefined {
  return LIST_MARKER.exec(text)?.[0].trim();
}

/** True when the line is a list marker and nothing else ("(i)" with its item on the next line). */
export function isMarkerOnly(text: string): boolean {
  const marker = listMarker(text);
  return marker !== undefined && marker === text.trim();
}

/** True when the line is a row of a flattened table: two cell separators or more. */
export function isTableRow(text: string): boolean {
  return (text.match(/(?:^|\s)\|(?=\s|$)/gu)?.length ?? 0) >= 2;
}

/** How a line could be a heading, from its own text: its level, or undefined when it cannot be one. */
export function headingLevelOf(text: string): number | undefined {
  const t = text.trim();
  if (t.length < 2 || t.length > 90 || !/\p{L}{2}/u.test(t)) return undefined;
  if (/[.,;!?]$/u.test(t) || /^\p{Ll}/u.test(t) || /\p{Ll}{2}\.\s+\p{Lu}/u.test(t)) return undefined;
  const words = t.split(/\s+/u);
  if (words.length > 12) return undefined;
  // A modal verb, a verb and an article is a sentence, numbered or not ("1.2.3. NICSA will establish a National"), never a heading.
  if (/\b(?:will|shall|must|should)\s+\p{L}+\s+(?:a|an|the)\b/iu.test(t)) return undefined;
  // Group 1 (the number, the chapter word) is there whenever the pattern matches.
  const section = SECTION_NUMBER.exec(t)?.[1];
  if (section !== undefined) return Math.min(6, section.split('.').length);
  const chapter = HEADING_WORD.exec(t)?.[1];
  if (chapter !== undefined) return /^(chapter|part)$/iu.test(chapter) ? 1 : 2;
  if (ROMAN_HEADING.test(t)) return 1;
  // "① Ensuring free flow of information", "[More severe risks]": the marker makes the heading, whatever the case.
  if (/^[\u2460-\u2473]\s*\p{L}/u.test(t) || /^\[[^\]]{2,80}\]$/u.test(t)) return 3;
  if (t.endsWith(':') || runsOn(t)) return undefined;
  const letters = t.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  // A numbered line is a list item, unless all in capitals ("1. INTRODUCTION").
  if (listMarker(t) !== undefined) return capitals && /^\s*\d{1,2}[.)]\s/u.test(t) ? 1 : undefined;
  if (capitals) return 1;
  // A title-case heading has no comma and no bracket left open: those are a sentence's first line ("Under the Plan, the National Cyber").
  if (t.includes(',') || (t.match(/\(/gu)?.length ?? 0) > (t.match(/\)/gu)?.length ?? 0)) return undefined;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && /\p{L}/u.test(w));
  if (content.length === 0 || content.length > 10) return undefined;
  const capitalised = content.filter((w) => /^["'‘“(]?[\p{Lu}\d]/u.test(w)).length;
  return capitalised / content.length >= 0.75 ? 2 : undefined;
}

/** True when the heading level comes from title case alone (no number, no capitals): the weakest sign, which the lines around must confirm. */
export function isTitleCaseOnly(text: string): boolean {
  const t = text.trim();
  const letters = t.replace(/[^\p{L}]/gu, '');
  return headingLevelOf(t) === 2 && letters !== letters.toUpperCase() && !SECTION_NUMBER.test(t) && !HEADING_WORD.test(t);
}

/** True when the text starts with a lowercase letter: a sentence running on. */
export function startsLowercase(text: string): boolean {
  return /^\s*["'‘“(]?\p{Ll}/u.test(text);
}

/** Words after which a sentence cannot have ended. */
const RUN_ON_WORDS = /\b(?:a|an|the|of|and|or|to|in|on|for|with|by|at|from|as|that|which|its|their|our|is|are|be|into|such|than|this|these|between)$/iu;

/** True when the line cannot end a sentence: a comma, a hyphen, or an article or preposition last. */
export function runsOn(text: string): boolean {
  const t = text.trimEnd();
  return /[,;\-–(]$/u.test(t) || RUN_ON_WORDS.test(t);
}
