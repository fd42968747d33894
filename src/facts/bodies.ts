/**
 * Whether an organisation a sentence names is a body that exists by that
 * name, in running text: not one of a kind ("a national … Centre"), not a
 * name cut at its noun or a class of bodies, not a table cell, not the source
 * a figure is quoted from, not a data network, not a colophon. Shape and
 * plain English cues only.
 */
import { ORGANISATION_HEADS } from './heads.ts';
import { endsCut, isPluralBody, isTruncated } from './plausible.ts';

const INDEFINITE = /(?:^|\s)(?:a|an|one|any|each|every)\s+(?:(?!(?:of|the|for|to|in|on|with|by|from|at|as|under)\s)(?:[\p{Ll}\p{N}-]+|[xX])\s+){0,3}$/u;
/** A network that carries data is infrastructure, not a body ("Emergency Communication Network"). */
const INFRASTRUCTURE_NETWORK = /(?:Communications?|Data|Broadband|Fib(?:re|er)|Transmission|Backbone|Radio|Mobile|Area|Telecommunications?)\s+Network$/u;
/** "… is the National … Agency responsible for …": what the subject is, described, not a second body. */
const PREDICATE_LEAD = /\b(?:is|are|as|be)\s+the\s+$/u;
const ROLE_AFTER = /^\s+(?:responsible|in charge|mandated|tasked)\b/u;
/** A body cited as the source of a figure ("according to the …", "the … says that", "the … development index"), not a partner. */
const SOURCE_LEAD = /according to (?:the )?$/iu;
const SOURCE_AFTER = /^[’'”]?\s*(?:\([^)]*\)\s*)?(?:says|said|estimates|estimated|found|finds|(?:[\p{Ll}-]+\s+){0,3}(?:index|ranking|survey|statistics))\b/u;
/** A table cell: a name next to a cell separator, or followed by "/" and another body ("Ministry of Defense/GAF"). */
const CELL_BEFORE = /\s\|\s*$/u;
const CELL_AFTER = /^\s+\|\s|^\/\p{Lu}/u;
/** A publication's colophon: where copies are ordered from, who printed it. */
const COLOPHON = /\b(?:copies (?:may|can) be (?:ordered|obtained)|ordered from|printed by)\b/iu;
/** A flattened table: a cell separator anywhere in the sentence, not only next to the name. */
const TABLE_ROW = /\s\|\s/u;
/**
 * A finite verb, or "to" and a verb: running text has one. A sentence without any is a heading, a cell,
 * a glossary run or a fragment of a machine-translated line ("… under the Office of … for the …").
 */
const VERB =
  /(?<![\p{L}])(?:is|are|was|were|be|been|being|has|have|had|will|shall|would|should|can|could|may|might|must|do|does|did|to\s+\p{Ll}{2,}|\p{Ll}{2,}ed|\p{Ll}{2,}ing|\p{Ll}{2,}(?:ies|es)|\p{Ll}{3,}(?:ise|ize|ify|en)s?|(?:include|provide|aim|seek|work|lead|serve|coordinate|support|host|play|oversee|remain|take|make|give|set|bring|become|devote|manage|ensure|operate|conduct|chair|participate|cooperate|contribute|publish|issue|head|act|collaborate|partner|report|monitor|enable|help|develop|promote|hold|meet)s?)(?![\p{L}])/u;
/** What may stand right before a body's name in a sentence: a function word or a modifier, else a verb. */
const BEFORE_A_NAME: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'by',
  'with',
  'from',
  'and',
  'or',
  'nor',
  'in',
  'on',
  'at',
  'as',
  'under',
  'between',
  'among',
  'amongst',
  'including',
  'such',
  'like',
  'via',
  'its',
  'their',
  'our',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'whose',
  'which',
  'who',
  'both',
  'either',
  'new',
  'former',
  'current',
  'then',
  'now',
  'also',
  'namely',
  'through',
  'within',
  'into',
  'towards',
  'toward',
  'against',
  'than',
  'but',
  'about',
  'per',
  'over',
  'after',
  'before',
  'during',
  'upon',
  'onto',
  'without',
  'beyond',
  'across',
  'behind',
  'respective',
  'relevant',
  'responsible',
  'existing',
  'same',
  'each',
  'every',
  // "a $12 million … Partnership": an amount is said of what it funds.
  'million',
  'billion',
  'thousand',
  'hundred',
]);
/**
 * A body's name that ends a sentence right after a lowercase noun ("… which includes the … aspects Ministry of …"):
 * the owner column of a flattened table glued to the output column before it.
 */
function isOwnerCell(before: string, after: string): boolean {
  if (!/^\s*(?:\([^)]*\))?\s*[.;]?\s*$/u.test(after)) return false;
  const word = /\s(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(before)?.[1];
  return word !== undefined && !BEFORE_A_NAME.has(word) && !VERB.test(word);
}

/**
 * A head noun said twice: an acronym and the head it ends in ("ABC Centre" where C is the centre), or a
 * name going on after its own parenthesised acronym ("Council (ABCC) Centre"): two cells run together.
 */
function saysHeadTwice(name: string): boolean {
  const isHead = (w: string | undefined): boolean => w !== undefined && ORGANISATION_HEADS.has(w.toLowerCase());
  const around = /(\S+)\s+\([^)]*\)\s+(\S+)/u.exec(name);
  if (around !== null && isHead(around[1]) && isHead(around[2])) return true;
  const words = name.split(/\s+/u);
  const [acronym, head] = words;
  // Four letters or more: a short acronym is often a body's brand reused for a unit of its own ("ABC Academy" of the ABC).
  return words.length === 2 && acronym !== undefined && isHead(head) && /^\p{Lu}{4,}$/u.test(acronym) && acronym.endsWith(head?.charAt(0) ?? '');
}

/** True when `sentence` has a verb: its first word may be one, capitalised ("Implemented as …"). */
function hasVerb(sentence: string): boolean {
  return VERB.test(sentence.replace(/^(\s*)(\p{Lu})(?=\p{Ll})/u, (_, space: string, c: string) => `${space}${c.toLowerCase()}`));
}

/**
 * True when the organisation `name` at `start` of `sentence` (with `aliases`) is a named body
 * the sentence speaks of, by the rules above.
 */
export function isNamedBody(sentence: string, name: string, start: number, aliases: readonly string[]): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(start + name.length);
  const words = name.split(/\s+/u).filter((w) => !/^(?:of|and|for|on|&|the)$/u.test(w));
  if (isTruncated(words, aliases, name) || endsCut(name) || isPluralBody(name, (w) => ORGANISATION_HEADS.has(w))) return false;
  if (CELL_BEFORE.test(before) || CELL_AFTER.test(after) || SOURCE_LEAD.test(before) || SOURCE_AFTER.test(after)) return false;
  if (INFRASTRUCTURE_NETWORK.test(name) || (PREDICATE_LEAD.test(before) && ROLE_AFTER.test(after))) return false;
  if (TABLE_ROW.test(sentence) || !hasVerb(sentence) || saysHeadTwice(name) || isOwnerCell(before, after)) return false;
  // Where to order the publication from is a colophon, not a partner.
  if (COLOPHON.test(sentence)) return false;
  // "a national Cyber Watch Centre": one of a kind, not a body that exists by that name.
  return !INDEFINITE.test(before);
}
