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

/**
 * True when the organisation `name` at `start` of `sentence` (with `aliases`) is a named body
 * the sentence speaks of, by the rules above.
 */
export function isNamedBody(sentence: string, name: string, start: number, aliases: readonly string[]): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(start + name.length);
  const words = name.split(/\s+/u).filter((w) => !/^(?:of|and|for|on|&|the)$/u.test(w));
  if (isTruncated(words, aliases) || endsCut(name) || isPluralBody(name, (w) => ORGANISATION_HEADS.has(w))) return false;
  if (CELL_BEFORE.test(before) || CELL_AFTER.test(after) || SOURCE_LEAD.test(before) || SOURCE_AFTER.test(after)) return false;
  if (INFRASTRUCTURE_NETWORK.test(name) || (PREDICATE_LEAD.test(before) && ROLE_AFTER.test(after))) return false;
  // Where to order the publication from is a colophon, not a partner.
  if (COLOPHON.test(sentence)) return false;
  // "a national Cyber Watch Centre": one of a kind, not a body that exists by that name.
  return !INDEFINITE.test(before);
}
