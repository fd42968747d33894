/**
 * Checks that a name found by the capitalisation rules is a real name in
 * running text, not page furniture: real documents bring running titles
 * ("STRATEGY OBJECTIVES Regulation"), captions and table cells ("Testing
 * Framework" alone on a line) and names glued across a lost line break
 * ("Programme and Vulnerability Disclosure Programme Vulnerability Rewards
 * Programme"). Typography and shape only: no name of any corpus.
 */

/** The most words a name of an instrument or body has (connectors not counted); longer runs are glued lines. */
const MAX_NAME_WORDS = 9;
/** The fewest lowercase words a quote has besides its names: fewer, and it is a heading, a caption or a table cell. */
const MIN_RUNNING_WORDS = 3;

const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}'’-]*$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;

/** Plural heads that still name one thing ("… Principles", "… Guidelines", "United Nations"). */
const PLURAL_NAMES: ReadonlySet<string> = new Set(['principles', 'guidelines', 'nations', 'forces', 'affairs', 'emirates']);
/**
 * Words that say what kind of a thing it is, not which one: "National Strategy", "Strategic Plan",
 * "Action Plan", "National Committee" name a class (or the document itself), not an instrument or body.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'national',
  'strategic',
  'action',
  'implementation',
  'general',
  'overall',
  'annual',
  'key',
  'main',
  'present',
  'current',
  'new',
  'specific',
  'sectoral',
  'relevant',
  'international',
  'regional',
  'global',
  'other',
  'this',
  'our',
  'its',
  'the',
  'first',
  'second',
  'final',
  'legal',
  'policy',
  'development',
  'operational',
  'institutional',
  'governance',
  'technical',
  'core',
  'government',
  'training',
  'monitoring',
  'evaluation',
  'master',
  'executive',
  'advisory',
  'public',
  'private',
  'steering',
  'budget',
  'draft',
  'revised',
  'updated',
  'amended',
  'proposed',
  'working',
  'periodic',
  'basic',
  'awareness',
]);

/**
 * First words that make a capitalised run an action item or a heading, not a name
 * ("Development of Computer Emergency Response Team", "Strengthen Cybersecurity Cooperation"),
 * or a group of members, not the body ("Member States of …").
 */
const NOT_A_NAME_START: ReadonlySet<string> = new Set([
  'development',
  'establishment',
  'creation',
  'implementation',
  'review',
  'establish',
  'develop',
  'strengthen',
  'deter',
  'build',
  'create',
  'promote',
  'enhance',
  'ensure',
  'support',
  'member',
  'participating',
  'extent',
  'number',
  'definition',
  'update',
  'emphasize',
  'emphasise',
  'coordination',
  'adoption',
  'preparation',
  'execution',
  'revision',
  'evaluation',
  'assessment',
]);
const GLUED_CONNECTOR =
  /(?:council|centre|center|agency|authority|committee|strategy|policy|plan|act|law|team|office|board|unit)(?:and|of|for|andthe|ofthe|inthe)$/iu;
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** True when `words` (a name's words, connectors left out) read as one name, not a running title or a glued run. */
export function isPlausibleName(words: readonly string[], headFirst = false): boolean {
  if (words.length > MAX_NAME_WORDS) return false;
  if (words.length >= 2 && NOT_A_NAME_START.has((words[0] ?? '').toLowerCase())) return false;
  // A month after a name is a table's date column glued on ("Council of Ministers July").
  if (MONTH_WORD.test(words[words.length - 1] ?? '')) return false;
  const last = words[words.length - 1] ?? '';
  // A plural head is a class ("Disaster Recovery Plans", "Key Organizations"), not one named thing; a name led by its
  // head ("Directive on … Systems") ends in its subject, which may be plural.
  if (!headFirst && /[^s]s$/u.test(last) && !/^\p{Lu}+$/u.test(last) && !PLURAL_NAMES.has(last.toLowerCase())) return false;
  if (
    words.length >= 2 &&
    words.slice(0, -1).every((w) =>
      w
        .toLowerCase()
        .split('-')
        .every((part) => GENERIC_WORDS.has(part)),
    )
  )
    return false;
  // A plural acronym ("the MDAs") is a common noun; "Ministry" or "Department" inside a name is a second name glued on.
  if (words.some((w, i) => /^\p{Lu}{2,}s$/u.test(w) || (i > 0 && /^(?:Ministry|Ministries|Department)$/u.test(w)))) return false;
  const caps = words.filter((w) => CAPS_WORD.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 5);
  if (caps.length >= 2) return false;
  // An acronym leads a name ("ABC Cooperation Strategy"); a long capitals word after title-case words is a heading's.
  const firstTitle = words.findIndex((w) => TITLE_WORD.test(w));
  if (firstTitle >= 0 && words.slice(firstTitle + 1).some((w) => CAPS_WORD.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 6)) return false;
  // A connector glued to a head by a lost space ("… Counciland a Body", "… Strategyandthe …"): two names run together.
  if (words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && GLUED_CONNECTOR.test(w))) return false;
  // Its head noun once: "X Programme Y Programme" is two names run together.
  const head = words[words.length - 1]?.toLowerCase();
  return !words.slice(0, -1).some((w) => w.toLowerCase() === head);
}

/**
 * True when a name joined by "and" is two names run together: "ABCF and Computer Misuse Act" (an
 * acronym or a head noun before "and"), "Attorney General and Office" (a bare head noun after it).
 */
export function isTwoNames(name: string, isInstrumentHead: (word: string) => boolean, isHead: (word: string) => boolean): boolean {
  const parts = name.split(/\s+(?:and|&)\s+/u);
  if (parts.length < 2) return false;
  const before = parts[0]?.split(/\s+/u).at(-1) ?? '';
  const after = parts.at(-1)?.split(/\s+/u) ?? [];
  const lone = parts[0]?.split(/\s+/u).length === 1;
  // "Policy and Strategy", "Council and Secretariat" are one name with two heads; "Plan and Incident Action Plan" two names.
  return (
    /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(before) ||
    (isInstrumentHead(before) && after.length >= 2) ||
    (lone && isHead(before) && !isInstrumentHead(after.at(-1) ?? '')) ||
    (after.length === 1 && isHead(after[0] ?? '') && !isHead(before))
  );
}

/**
 * True when a name's acronym shows that its first words were lost (to a line or page break):
 * "Cyber Security Operating Centre (NCSOC)" spells CSOC, and the acronym has an N before it; so
 * does an acronym inside the name (`name`, as written) for the words before it.
 */
export function isTruncated(words: readonly string[], aliases: readonly string[], name?: string): boolean {
  const initials = words
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  if (aliases.some((a) => /^\p{Lu}{3,}$/u.test(a) && a.length > initials.length && a.endsWith(initials))) return true;
  // An acronym inside the name spells the words before it: "Technology (OT) … Framework" lost "Operational".
  const inner = name === undefined ? undefined : /^((?:[\p{L}-]+\s+)+)\((\p{Lu}{2,})\)\s+\p{Lu}/u.exec(name);
  if (inner === undefined || inner === null) return false;
  const before = (inner[1] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] ?? '')
    .join('');
  const acronym = inner[2] ?? '';
  return acronym.length > before.length && acronym.endsWith(before);
}

/** The words a title in title case keeps in lowercase. */
export const TITLE_LOWERCASE: ReadonlySet<string> = new Set([
  'of',
  'and',
  'for',
  'on',
  'the',
  'in',
  'to',
  'a',
  'an',
  'with',
  'by',
  'at',
  'from',
  'or',
  'as',
  'into',
]);

/** The share of capitalised words above which a run of text is a table row or a heading, not a sentence. */
const MAX_CAPITALISED_SHARE = 0.75;

/** True when `quote` reads as a table row or a heading run: most of its words capitalised (names, cells), few lowercase. */
export function isCellRun(quote: string): boolean {
  const words = quote.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 8) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > MAX_CAPITALISED_SHARE;
}

/** True when `quote` is running text: besides the name spans `names` (quote offsets), it has a few lowercase words. */
export function isRunningText(quote: string, names: readonly { readonly start: number; readonly end: number }[]): boolean {
  let rest = '';
  let at = 0;
  for (const n of [...names].sort((a, b) => a.start - b.start)) {
    if (n.start > at) rest += ` ${quote.slice(at, n.start)}`;
    at = Math.max(at, n.end);
  }
  rest += ` ${quote.slice(at)}`;
  if (isCellRun(quote)) return false;
  const lower = rest.match(/(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])/gu) ?? [];
  // A title in title case has only its little words in lowercase ("Roadmap for the Preparation of the …"): no sentence
  // (a clause cut out of a list, "the … Act, the … Act and the …", starts in lowercase).
  return lower.length >= MIN_RUNNING_WORDS && (lower.some((w) => !TITLE_LOWERCASE.has(w)) || !/^\P{L}*\p{Lu}/u.test(quote));
}

/** Adjectives that never end a name: "Ministry of Foreign" and "Ministry of Higher" lost their last word to a line break. */
const DANGLING_ADJECTIVES: ReadonlySet<string> = new Set([
  'foreign',
  'higher',
  'home',
  'internal',
  'public',
  'local',
  'national',
  'social',
  'economic',
  'civil',
  'federal',
  'regional',
  'international',
  'digital',
]);

/** True when a body's name ends in an adjective after "of" or "for": its noun was cut off ("Ministry of Foreign"). */
export function endsCut(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 3 && /^(?:of|for|and)$/u.test(words[words.length - 2] ?? '') && DANGLING_ADJECTIVES.has((words[words.length - 1] ?? '').toLowerCase());
}

/**
 * True when a name's head is plural before "of" or "for" ("Institutes of Higher Learning"): a class of
 * bodies, not one. `isBodyHead` tells whether a singular word is a body's head noun.
 */
export function isPluralBody(name: string, isBodyHead: (singularWord: string) => boolean): boolean {
  const m = /(?:^|\s)(\p{Lu}\p{Ll}+[^s\s]s)\s+(?:of|for)\s/u.exec(name);
  const word = m?.[1];
  if (word === undefined || PLURAL_NAMES.has(word.toLowerCase())) return false;
  const single = word.toLowerCase().endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return isBodyHead(single.toLowerCase());
}
