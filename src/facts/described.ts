/**
 * Where a sentence names no instrument however its words look: the subject of
 * a title ("Law No. 9 “On …”"), a name cut by a lowercase "in" or lost to the
 * passage before, a description ("This updated … Strategy", "gaps in current
 * … Framework"), the label of an objective ("… Strategy: To enable …"), an
 * item of a list of categories, a lowercase name after "a".
 */
import { CUT_BY_IN, DESCRIBED_LEAD, INDEFINITE_DESCRIBED, LISTED_AFTER, SUBJECT_OF_TITLE } from './cues.ts';
import { classifyHead } from './heads.ts';
import type { FactLexicon } from './lexicon.ts';
import type { Mention } from './mentions.ts';

/**
 * True when the mention `m` of `text` is no instrument where it stands. `leadingAt` is where the sentence's
 * first word starts; `cutStart` says the sentence lost its beginning (to the passage or heading before).
 */
export function isNoInstrumentThere(text: string, m: Mention, leadingAt: number, cutStart: boolean, lexicon: FactLexicon): boolean {
  const lead = text.slice(0, m.start);
  if (SUBJECT_OF_TITLE.test(lead) || CUT_BY_IN.test(lead) || DESCRIBED_LEAD.test(lead) || (cutStart && m.start === leadingAt)) return true;
  // "Cybersecurity Policy and Strategy: To enable …": the label of an objective, not an instrument.
  if (m.start === leadingAt && /^\s*:/u.test(text.slice(m.end))) return true;
  // "…, Asset Management, Risk Management Strategy, …": one of a list of categories, not a named instrument.
  const listed = LISTED_AFTER.exec(lead)?.[1];
  if (listed !== undefined && classifyHead(listed.split(/\s+/u)).is === 'other' && !lexicon.isActorName(listed)) return true;
  // "a draft AI governance testing framework": in lowercase after "a", a description however it was made.
  return INDEFINITE_DESCRIBED.test(lead) && /\s(?!(?:of|and|for|on|the|in|to)\s)\p{Ll}/u.test(m.name.replace(/^\p{Ll}+\s+/u, ''));
}
