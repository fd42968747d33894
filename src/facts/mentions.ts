/**
 * Instruments and meetings named in one sentence, with the dates that belong
 * to them. A date belongs to a name when it stands right before it ("the
 * 2018 Digital Strategy", "the 2011 and 2015 Cyber Resilience Acts"), or
 * when it is the one other date of the sentence ("At the … Summit in May
 * 2016, … introduced the … Principles"). With two loose dates and no way to
 * tell which is whose, no date is given: unsure means left out.
 */
import type { DateMention } from './dates.ts';
import { classifyHead, INSTRUMENT_HEADS, singular } from './heads.ts';
import type { FactLexicon } from './lexicon.ts';
import { MODIFIER_BEFORE } from './modifiers.ts';
import type { NameRun } from './names.ts';

/** An instrument or meeting named in a sentence. Offsets relative to the sentence. */
export interface Mention {
  readonly is: 'instrument' | 'meeting';
  /** The instrument's kind (`directive`…), or `meeting`. */
  readonly kind: string;
  /** The name as written, with a modifier such as "updated" when there is one. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly aliases: readonly string[];
  /** Dates written right before the name: each one an instrument of its own ("2013 and 2019 … Acts"). */
  readonly attached: readonly DateMention[];
  /** The attached date is written after the name ("… Act of 2014", "… Strategy 2017–2020", "… Act (1998)"). */
  readonly dateAfter: boolean;
  /** Spoken of as a proposal ("a proposal on a … Directive"). */
  readonly proposal: boolean;
  /** What it is, in the sentence's words: a relative clause after it, or the class it is named as an example of. */
  readonly description?: string;
}

const PROPOSAL = /proposals? (?:on|for) (?:a |an |the )?$/iu;
const RELATIVE = /^[’”]?\s*(?:\([^)]*\))?\s*,?\s+((?:(?:a|an) [\p{Ll}-]+ )?(?:which|whose|that)\s[^;]*?)[\s.;:,”’"]*$/u;
const EXAMPLE_OF = /(?:^|[\s,(])((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+),? (?:like|such as|including) (?:the |a |an )?$/u;
const LEAD_STOP = /^(?:of|the|a|an|and|or|to|in|on|for|with|by|its|their)\s+/u;
/** Words that make what follows an acronym a clause ("NCA is another initiative"), not a name led by it. */
const CLAUSE_WORD =
  /^(?:is|are|was|were|be|been|has|have|had|will|shall|may|can|could|would|should|must|does|do|did|another|this|that|these|those|which|who|as|at|from|not|no|such|also|each|every|own)$/u;
const QUOTED = /[‘“]([\p{Ll}][\p{Ll}\s-]*\s([\p{Ll}]+))[’”]/gu;
const ACRONYM_LED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]+)((?: [\p{Ll}-]+){1,3})(?![\p{L}\p{N}])/gu;

/** Dates written right before `start`: "2016 ", "2013 and 2019 ", "March 2021 ". */
export function attachedDates(sentence: string, start: number, dates: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  let cursor = start;
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i];
    if (d === undefined || d.end > cursor) continue;
    const gap = sentence.slice(d.end, cursor);
    if (!(out.length === 0 ? /^\s+$/u : /^\s*(?:,|and|&|, and)\s*$/u).test(gap)) break;
    out.unshift(d);
    cursor = d.start;
  }
  return out;
}

/** A date written right after `end`: "… Act 2011", "… Act of 2014", "… Act (1998)", "… Strategy, 2017". */
export function trailingDate(sentence: string, end: number, dates: readonly DateMention[]): DateMention | undefined {
  const d = dates.find((x) => x.start >= end);
  return d !== undefined && /^\s*(?:of\s+|\(\s*|,\s*)?$/u.test(sentence.slice(end, d.start)) ? d : undefined;
}

function describe(sentence: string, start: number, end: number): string | undefined {
  const after = RELATIVE.exec(sentence.slice(end))?.[1];
  if (after !== undefined) return after.trim();
  const before = EXAMPLE_OF.exec(sentence.slice(0, start))?.[1];
  if (before === undefined) return undefined;
  // "soft law mechanisms like the … scheme": the class it is an example of.
  let d = before;
  while (LEAD_STOP.test(d)) d = d.replace(LEAD_STOP, '');
  return d === '' ? undefined : `among ${d}`;
}

function attachment(sentence: string, from: number, end: number, dates: readonly DateMention[]): Pick<Mention, 'attached' | 'dateAfter'> {
  const before = attachedDates(sentence, from, dates);
  if (before.length > 0) return { attached: before, dateAfter: false };
  const after = trailingDate(sentence, end, dates);
  return after === undefined ? { attached: [], dateAfter: false } : { attached: [after], dateAfter: true };
}

function mention(
  sentence: string,
  is: Mention['is'],
  kind: string,
  start: number,
  end: number,
  aliases: readonly string[],
  dates: readonly DateMention[],
): Mention {
  const modifier = MODIFIER_BEFORE.exec(sentence.slice(0, start))?.[1];
  const from = modifier === undefined ? start : start - modifier.length;
  const description = describe(sentence, from, end);
  return {
    is,
    kind,
    name: sentence.slice(from, end),
    start: from,
    end,
    aliases,
    ...attachment(sentence, from, end, dates),
    proposal: PROPOSAL.test(sentence.slice(0, from)),
    ...(description === undefined ? {} : { description }),
  };
}

/** Words of what a regulator oversees: a commission named by one is a standing body ("Civil Service Commission"). */
const REGULATED =
  /(?<![\p{L}])(?:Regulatory|Regulation|Services?|Communications?|Telecommunications?|Securities|Electoral|Competition|Privacy|Protection|Energy|Utilities|Broadcasting)(?![\p{L}])/u;

/**
 * "National Privacy Commission", "Harbourland Communications Commission", "Civil Service Commission": a nation's
 * standing commission, or a regulator's, is a body, not an inquiry.
 */
export function isStandingCommission(name: string, lexicon: FactLexicon): boolean {
  const head = classifyHead(name.split(/\s+/u));
  if (head.is !== 'instrument' || head.kind !== 'commission') return false;
  return /^National\s/u.test(name) || lexicon.countries.withoutCountryNames(name) !== name || (/Commission$/u.test(name) && REGULATED.test(name));
}

/** The instruments and meetings of a sentence, in order. */
export function findMentions(sentence: string, names: readonly NameRun[], dates: readonly DateMention[], lexicon: FactLexicon): Mention[] {
  const out: Mention[] = [];
  for (const run of names) {
    if (run.words.length < 2 || lexicon.isActorName(run.text)) continue;
    // With its "of": "Ministry of Post and Communications" is a body, not a communication.
    const head = classifyHead(run.text.split(/\s+/u));
    if (head.is === 'instrument' && !isStandingCommission(run.text, lexicon))
      out.push(mention(sentence, 'instrument', head.kind, run.start, run.end, run.aliases, dates));
    // "the Philippine Congress": a country's congress is its legislature, not a meeting.
    else if (head.is === 'meeting' && lexicon.countries.withoutCountryNames(run.text).trim().split(/\s+/u).length > 1)
      out.push(mention(sentence, 'meeting', 'meeting', run.start, run.end, run.aliases, dates));
  }
  // Lowercase names are instruments only when quoted (‘… toolbox’) or led by an acronym ("EU … scheme"): plain
  // lowercase "a national strategy" is too often a description to be a name.
  for (const m of sentence.matchAll(QUOTED)) {
    const kind = INSTRUMENT_HEADS.get(singular(m[2] ?? ''));
    if (kind !== undefined) out.push(mention(sentence, 'instrument', kind, m.index + 1, m.index + 1 + (m[1] ?? '').length, [], dates));
  }
  for (const m of sentence.matchAll(ACRONYM_LED)) {
    const words = (m[2] ?? '').trim().split(' ');
    const kind = INSTRUMENT_HEADS.get(singular(words[words.length - 1] ?? ''));
    // "EU law", "GSC program": an acronym and a bare head noun describe; a name says more ("… certification scheme").
    if (kind === undefined || words.length < 3 || words.slice(0, -1).some((w) => LEAD_STOP.test(`${w} `) || CLAUSE_WORD.test(w))) continue;
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    out.push(mention(sentence, 'instrument', kind, m.index, m.index + m[0].length, [], dates));
  }
  return out.sort((a, b) => a.start - b.start);
}
