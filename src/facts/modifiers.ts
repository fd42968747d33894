/**
 * The lowercase words that make a name another instrument than the plain name
 * ("the updated … Directive", "a draft … Policy", "the upcoming … Convention"),
 * in one place: mentions read them before a name, labels write them after it
 * ("… Directive (updated)"), keys keep them, and some say the thing is still to come.
 */

/** Every modifier; "new" only says it was made lately, and is left out of labels and keys. */
export const MODIFIER_WORDS = [
  'updated',
  'new',
  'revised',
  'amended',
  'draft',
  'future',
  'second',
  'third',
  'proposed',
  'forthcoming',
  'upcoming',
  'renewed',
] as const;

/** The modifiers that say the instrument is not in force yet. */
export const NOT_YET = /^(?:draft|future|proposed|forthcoming|upcoming) /u;
/** The modifiers that make a name of a plan's sentence something the plan makes. */
export const PLANNED_MODIFIER = /^(?:updated|new|revised|amended|draft|future|proposed|forthcoming|upcoming|renewed) /u;

const KEPT = MODIFIER_WORDS.filter((w) => w !== 'new').join('|');
/** A modifier written before a name, at the end of the text before it (its word and a space, captured). */
export const MODIFIER_BEFORE = new RegExp(`(?:^|\\s)((?:${MODIFIER_WORDS.join('|')}) )$`, 'u');
/** A modifier leading a name as a mention holds it. */
export const LEADING_MODIFIER = new RegExp(`^(${MODIFIER_WORDS.join('|')}) `, 'u');
/** A modifier as our label writes it, after the name. */
export const MODIFIER_PAREN = new RegExp(`\\s*\\((?:${KEPT})\\)`, 'u');
/** A parenthesis of a label that is another name of the item (its aliases), not its modifier. */
export const ALIAS_PARENS = new RegExp(`\\s*\\((?!(?:${KEPT})\\))[^)]*\\)`, 'gu');
