/**
 * Extraction: every sentence of every passage through the rules (dates,
 * names, instruments, organisations, themes, stances), into {@link Facts}.
 * Deterministic, and fast enough to run at every start (a few milliseconds
 * for a corpus of this size): facts are not cached.
 */
import type { Passage } from '../passages/chunk.ts';
import type { OtherCountry } from './foreign.ts';
import { sentenceCount, sentenceEnd, sentenceStart } from '../passages/sentences.ts';
import { findDates, type DateMention } from './dates.ts';
import { documentOf, endsMidSentence, headingGoesOn } from './continuation.ts';
import { firstOf } from './first-of.ts';
import { isNamedBody } from './bodies.ts';
import { COMMON_NOUN_AFTER, CONTAINER_LEAD, FOOTNOTE, FURNITURE, HORIZON, INDEFINITE_DESCRIBED, MADE_LEAD, REFERENCE_LEAD } from './cues.ts';
import { singularName } from './heads.ts';
import { dateFields, keyOfLabel, labelOf } from './labels.ts';
import type { FactLexicon } from './lexicon.ts';
import { findMentions } from './mentions.ts';
import { mergeInstruments } from './merge.ts';
import { NOT_YET, PLANNED_MODIFIER } from './modifiers.ts';
import { findNames } from './names.ts';
import { isNoInstrumentThere } from './described.ts';
import { plausibleAt } from './plausible-at.ts';
import { InternationalTeller } from './international.ts';
import { findOrganisations } from './organisations.ts';
import { isPlannedSentence, PLAN_VERB_LEAD, plannedInitiatives } from './planned.ts';
import { isRunningText, isTruncated } from './plausible.ts';
import { givesRole } from './roles.ts';
import { MAX_QUOTE_CHARS, quoteSpan } from './span.ts';
import { isStance, TermCache, topicsOf } from './themes.ts';
import type { Evidence, FactEvent, Facts, Instrument, Organisation, StanceHit, ThemeHit } from './types.ts';
import { runAll, type Steps } from '../steps.ts';

/** How many passages extraction goes through between two places where it may pause. */
const PASSAGES_PER_STEP = 4;

/** Right after a body's name (its acronym, "which" between): "… (ABC) was set up", "…, which was established". */
const ESTABLISHED =
  /^\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+)?(?:was|were|has been|had been) (?:established|set up|created|formed|founded|launched|inaugurated)(?![\p{L}])/u;
/** How many years after its document a year written before a name may be a plan's; further, it is a horizon ("2030 Agenda"). */
const HORIZON_YEARS = 5;

/** The extraction of one sentence. */
interface SentenceFacts {
  readonly instruments: Instrument[];
  readonly organisations: Organisation[];
  readonly events: FactEvent[];
  /** Acronyms the sentence spells out: [acronym, name] ("Nordland Union (NU)"). */
  readonly spelt: [string, string][];
}

/** What deciding whether an instrument (or its event) is international needs: its name, kind and sentence. */
export interface MentionContext {
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly sentence: string;
  /** The sentence before it in its passage, for one that goes on from it ("This …"). */
  readonly previous?: string;
}
/** The mention each extracted instrument and event comes from, until the corpus's acronyms are all known. */
const contextOf = new WeakMap<object, MentionContext>();

/**
 * The evidence of an item at `[start, end)` of the sentence `sentence`: the
 * bullet item or clauses around it (never a run of bullets, at most ~300
 * characters), offsets moved into the passage. `actor` is whose it is.
 */
function narrowed(sentence: Evidence, start: number, end: number, actor: string): Evidence {
  const span = quoteSpan(sentence.quote, start, end);
  return { ...sentence, actor, quote: sentence.quote.slice(span.start, span.end), start: sentence.start + span.start, end: sentence.start + span.end };
}

/**
 * `cutStart`: the sentence goes on from the passage before, which ended mid-sentence ("… Using the Operational"):
 * a name it starts with lost its first words, and is no item.
 */
function extractSentence(text: string, evidence: Evidence, lexicon: FactLexicon, other?: OtherCountry, previous?: string, cutStart = false): SentenceFacts {
  const out: SentenceFacts = { instruments: [], organisations: [], events: [], spelt: [] };
  // What a document says of a country that is not an actor of the corpus belongs to nobody here.
  if (other !== undefined && other.actor === undefined) return out;
  // A note cites a source; what it names is the source's, not the document's.
  if (FOOTNOTE.test(text) && !/^(?:19|20)\d{2}/u.test(text)) return out;
  if (FURNITURE.test(text)) return out;
  const actor = other?.actor ?? evidence.actor;
  const leadingAt = text.search(/[\p{L}\p{N}]/u);
  const names = findNames(text);
  for (const n of names) for (const a of n.aliases) out.spelt.push([a, n.text]);
  const dates = findDates(text);
  const planned = isPlannedSentence(text);
  const mentions = findMentions(text, names, dates, lexicon).filter((m) => {
    // "the 2013 and 2019 … Acts" are two acts, each named in the singular.
    const name = m.attached.length > 1 ? singularName(m.name) : m.name;
    const words = name.split(/\s+/u).filter((w) => !/^(?:of|and|for|on|&|the)$/u.test(w));
    return (
      !isTruncated(
        words.filter((w) => !w.startsWith('(')),
        m.aliases,
        m.name,
      ) && plausibleAt(text, words, m.start, m.end, names)
    );
  });
  const attached = new Set(mentions.flatMap((m) => m.attached));
  // A year right after a name that is no instrument ("the ABC 2022 expanded …") is that name's, not the sentence's.
  // A year after "to", "until" or "by" is a horizon or a deadline ("… to 2020"), not when something happened.
  // A year before a common noun is that noun's ("the 2016 monitoring report of …", "the 2013 edition of …").
  const loose = dates.filter(
    (d) =>
      !attached.has(d) &&
      !names.some((n) => n.end <= d.start && /^\s+$/u.test(text.slice(n.end, d.start))) &&
      !HORIZON.test(text.slice(0, d.start)) &&
      !COMMON_NOUN_AFTER.test(text.slice(d.end)),
  );
  // The sentence's one loose date belongs to every undated name in it; two or more cannot be told apart,
  // and a loose range is the period something covers ("implemented over 2020–2025"), not when it happened.
  const sentenceDate = loose.length === 1 && loose[0]?.untilYear === undefined ? loose[0] : undefined;

  const documentYear = lexicon.documentYear(evidence.passageId.slice(0, evidence.passageId.lastIndexOf('#')));
  for (const m of mentions) {
    const lead = text.slice(0, m.start);
    if (isNoInstrumentThere(text, m, leadingAt, cutStart, lexicon)) continue;
    // A name the sentence only refers to does not take its loose date.
    const instances: (DateMention | undefined)[] = m.attached.length > 0 ? [...m.attached] : [REFERENCE_LEAD.test(lead) ? undefined : sentenceDate];
    for (const d of instances) {
      // In a plan, what the plan makes: a name right after a verb of setting up, a new or draft one, a proposal.
      const isPlanned = planned && m.attached.length === 0 && (m.proposal || PLANNED_MODIFIER.test(m.name) || PLAN_VERB_LEAD.test(text.slice(0, m.start)));
      // "a mature … Cyber Security Program": a description of one, unless a plan sets it up.
      // One given its acronym is named, whatever article it comes with ("A … Plan (ABC) was approved").
      if (!isPlanned && INDEFINITE_DESCRIBED.test(lead) && !MADE_LEAD.test(lead) && m.aliases.length === 0) continue;
      // A year written before the name is part of how it is called ("the 2018 … Strategy"); one after it is not.
      const label = labelOf(m, lexicon, m.attached.length > 0 && !m.dateAfter ? d : undefined, m.attached.length > 1);
      // The quote carries the name and its date.
      const from = Math.min(m.start, d?.start ?? m.start);
      // …and what it is, when a rule found that (a relative clause after it).
      const described = m.description === undefined ? -1 : text.indexOf(m.description, m.end);
      const to = Math.max(m.end, d?.end ?? m.end);
      const withDescription = described < 0 ? undefined : narrowed(evidence, from, Math.max(to, described + (m.description?.length ?? 0)), actor);
      // A description is quoted with the name when the two fit "about" the bound (a fifth more); a longer one is left out, not the bound.
      const cited =
        withDescription !== undefined && withDescription.quote.length <= MAX_QUOTE_CHARS * 1.2 ? withDescription : narrowed(evidence, from, to, actor);
      const context: MentionContext = { name: m.name, kind: m.kind, aliases: m.aliases, sentence: text, ...(previous === undefined ? {} : { previous }) };
      if (m.is === 'instrument') {
        out.instruments.push({
          key: keyOfLabel(label),
          label,
          kind: m.kind,
          // A draft is not in force yet, whatever the sentence says of it.
          status: isPlanned || NOT_YET.test(m.name) ? 'planned' : 'in-force',
          ...dateFields(d),
          aliases: m.aliases,
          ...(m.description === undefined || !cited.quote.includes(m.description.replace(/^among /u, '')) ? {} : { description: m.description }),
          evidence: cited,
        });
        contextOf.set(out.instruments[out.instruments.length - 1] as object, context);
      }
      // A fiscal year ("… Plan 2020/21 – 2024/25", "the FY 2016 … Guidance") is a period too.
      if (d !== undefined && (/^\/\d{2}\b/u.test(text.slice(d.end)) || /(?:\bFY|\bFiscal Year)\s*$/u.test(text.slice(0, d.start)))) continue;
      // A range written after a name is the period it covers ("… Strategy 2017–2020"): no event of its own.
      const period = d?.untilYear !== undefined && m.dateAfter;
      // A year after the document's own has not happened yet: written after a name it is a horizon or part of
      // the name ("… Agenda 2063"), no event; the sentence's own date is what is planned by then.
      const future = !isPlanned && d !== undefined && documentYear !== undefined && d.year > documentYear && (m.dateAfter || m.attached.length === 0);
      if (future && m.dateAfter) continue;
      // A later year written before a name is part of the name: "the 2030 Agenda …" in a document of 2021 is no date
      // at all (a horizon years ahead), "the 2017 … Strategy" in one of 2016 what is planned for then.
      const named = d !== undefined && documentYear !== undefined && d.year > documentYear && m.attached.length > 0 && !m.dateAfter;
      if (named && d.year > documentYear + HORIZON_YEARS) continue;
      if ((d !== undefined && !period) || isPlanned) {
        const event: FactEvent = { label, planned: isPlanned || future || named, ...dateFields(d), evidence: cited };
        contextOf.set(event, context);
        out.events.push(event);
      }
    }
  }
  if (planned) {
    for (const p of plannedInitiatives(text, names, lexicon)) {
      if ((cutStart && p.start === leadingAt) || !plausibleAt(text, p.words, p.start, p.end, names)) continue;
      const from = Math.min(p.start, sentenceDate?.start ?? p.start);
      const to = Math.max(p.end, sentenceDate?.end ?? p.end);
      out.events.push({ label: labelOf(p, lexicon), planned: true, ...dateFields(sentenceDate), evidence: narrowed(evidence, from, to, actor) });
    }
  }
  for (const o of findOrganisations(text, names, lexicon)) {
    const end = o.start + o.name.length;
    if (cutStart && o.start === leadingAt) continue;
    if (
      !plausibleAt(
        text,
        o.name.split(/\s+/u).filter((w) => !/^(?:of|and|for|on|&|the)$/u.test(w)),
        o.start,
        end,
        names,
      )
    )
      continue;
    if (!isNamedBody(text, o.name, o.start, o.aliases)) continue;
    const cited = narrowed(evidence, o.start, end, actor);
    // "The … Centre was established in 2018": the founding of a body is an event of its own.
    // "The … Unit in the Office of … was established": what was founded is the unit, not the office it is in.
    if (
      sentenceDate !== undefined &&
      !CONTAINER_LEAD.test(text.slice(0, o.start)) &&
      ESTABLISHED.test(text.slice(end)) &&
      cited.quote.includes(text.slice(sentenceDate.start, sentenceDate.end))
    ) {
      out.events.push({ label: `${o.name} established`, planned: false, ...dateFields(sentenceDate), evidence: cited });
    }
    out.organisations.push({ key: o.key, name: o.name, aliases: o.aliases, hasRole: givesRole(cited.quote), evidence: cited });
  }
  return out;
}

/**
 * One document's facts as its sentences state them, before the corpus's are
 * put together ({@link combineFacts}: whether an instrument is
 * international needs every acronym the corpus spells out, and one
 * instrument named in several documents is one item). What an update of the
 * cache extracts again for the changed documents only (store/cache-update.ts).
 */
export interface DocumentFacts {
  readonly docId: string;
  readonly instruments: readonly Instrument[];
  readonly organisations: readonly Organisation[];
  readonly events: readonly FactEvent[];
  readonly themes: readonly ThemeHit[];
  readonly stances: readonly StanceHit[];
  /** The acronyms its sentences spell out, in order: [acronym, name]. */
  readonly spelt: readonly (readonly [string, string])[];
  /** The mention each instrument and each event comes from, by position (null: none, e.g. a planned initiative). */
  readonly instrumentContexts: readonly (MentionContext | null)[];
  readonly eventContexts: readonly (MentionContext | null)[];
}

/** A DocumentFacts as it is filled: its lists writable. */
type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Extracts the facts of `passages`. */
export function extractFacts(passages: readonly Passage[], lexicon: FactLexicon): Facts {
  return combineFacts(extractDocumentFacts(passages, lexicon), lexicon);
}

/** Each document's facts in `passages` (in order, a document's passages together), as its sentences state them. */
export function extractDocumentFacts(passages: readonly Passage[], lexicon: FactLexicon): DocumentFacts[] {
  return runAll(extractDocumentFactsSteps(passages, lexicon));
}

/** {@link extractDocumentFacts} as steps (steps.ts): the serving thread extracts an update's documents' facts between interactions. */
export function* extractDocumentFactsSteps(passages: readonly Passage[], lexicon: FactLexicon): Steps<DocumentFacts[]> {
  const out: DocumentFacts[] = [];
  const cache = new TermCache();
  let doc: Writable<DocumentFacts> | undefined;
  let before: Passage | undefined;
  let done = 0;
  for (const passage of passages) {
    // A passage is a few sentences through every rule: about a millisecond.
    if (done++ % PASSAGES_PER_STEP === 0) yield;
    const sameDocument = before !== undefined && documentOf(before.id) === documentOf(passage.id);
    if (doc === undefined || doc.docId !== passage.docId) {
      doc = {
        docId: passage.docId,
        instruments: [],
        organisations: [],
        events: [],
        themes: [],
        stances: [],
        spelt: [],
        instrumentContexts: [],
        eventContexts: [],
      };
      out.push(doc);
    }
    const heading = passage.headings?.[passage.headings.length - 1];
    // The passage goes on from the one before, or from a sentence its heading is (the first passage under it).
    const cutStart =
      (sameDocument && endsMidSentence(before?.text ?? '')) ||
      (heading !== undefined && headingGoesOn(heading) && (!sameDocument || (before?.headings ?? []).join('\0') !== (passage.headings ?? []).join('\0')));
    before = passage;
    // A block marked as layout (a table of contents, acknowledgements, a copyright notice) states no facts:
    // a list of thanked agencies is not a list of partners.
    if (passage.layout !== undefined) continue;
    for (let i = 0; i < sentenceCount(passage); i++) {
      const start = sentenceStart(passage, i);
      const end = sentenceEnd(passage, i);
      const evidence: Evidence = { passageId: passage.id, actor: passage.actor, quote: passage.text.slice(start, end), start, end };
      const other = lexicon.countries.find(evidence.quote, passage.headings, passage.actor, lexicon.namesOf(passage.actor));
      const previous = i === 0 ? undefined : passage.text.slice(sentenceStart(passage, i - 1), sentenceEnd(passage, i - 1));
      const facts = extractSentence(evidence.quote, evidence, lexicon, other, previous, cutStart && i === 0);
      for (const item of facts.instruments) {
        doc.instruments.push(item);
        doc.instrumentContexts.push(contextOf.get(item) ?? null);
      }
      for (const item of facts.events) {
        doc.events.push(item);
        doc.eventContexts.push(contextOf.get(item) ?? null);
      }
      doc.organisations.push(...facts.organisations);
      doc.spelt.push(...facts.spelt);
      // A sentence about another country states neither the author's themes nor its stance.
      if (other !== undefined) continue;
      const terms = cache.terms(evidence.quote);
      for (const topic of topicsOf(terms, lexicon.topics)) doc.themes.push({ topic, evidence });
      // A heading ("GOAL") states no stance: only running text does.
      if (isStance(terms) && isRunningText(evidence.quote, [])) doc.stances.push({ evidence });
    }
  }
  return out;
}

/** The corpus's facts from its documents' (in the corpus's order): duplicates merged, international instruments told. */
export function combineFacts(documents: readonly DocumentFacts[], lexicon: FactLexicon): Facts {
  const teller = new InternationalTeller(lexicon.countries);
  for (const [acronym, name] of lexicon.acronyms) teller.learn(acronym, name);
  const contexts = new Map<object, MentionContext>();
  const instruments: Instrument[] = [];
  const organisations: Organisation[] = [];
  const events: FactEvent[] = [];
  const themes: ThemeHit[] = [];
  const stances: StanceHit[] = [];
  for (const d of documents) {
    d.instruments.forEach((item, i) => {
      const c = d.instrumentContexts[i];
      if (c !== undefined && c !== null) contexts.set(item, c);
      instruments.push(item);
    });
    d.events.forEach((item, i) => {
      const c = d.eventContexts[i];
      if (c !== undefined && c !== null) contexts.set(item, c);
      events.push(item);
    });
    organisations.push(...d.organisations);
    themes.push(...d.themes);
    stances.push(...d.stances);
    for (const [acronym, name] of d.spelt) teller.learn(acronym, name);
  }
  // Whether an instrument is international is asked once every acronym of the corpus is known.
  const international = <T extends Instrument | FactEvent>(item: T): T => {
    const c = contexts.get(item);
    const actor = item.evidence.actor;
    if (c === undefined || !lexicon.isState(actor) || !teller.isInternational(c.name, c.kind, c.aliases, c.sentence, lexicon.namesOf(actor), c.previous))
      return item;
    return { ...item, international: true };
  };
  // One item per instrument, whichever of its names a passage uses; a union's commission is a body of the union,
  // not a commission of inquiry the actor set up.
  const merged = mergeInstruments(
    instruments.map(international).filter((i) => !(i.international === true && i.kind === 'commission')),
    { withoutOwnName: (actor, name) => lexicon.withoutOwnName(actor, name), isIssuer: (word) => teller.isIssuer(word) },
  );
  return {
    instruments: merged.instruments,
    // A body of several states may chair a meeting the actor hosts; it is no national lead agency of the actor.
    organisations: firstOf(
      organisations.map((o) =>
        o.hasRole && lexicon.isState(o.evidence.actor) && teller.isBodyOfStates([o.name, ...o.aliases]) ? { ...o, hasRole: false } : o,
      ),
      (o) => o.key,
      (o) => o.hasRole,
    ),
    // One event per name and year, whatever aliases a mention adds: "… Act" and "… Act (ABC)" of 2008 are one.
    events: firstOf(
      events.map(international),
      (e) => `${merged.groupOf(e.evidence.actor, e.international === true, e.label) ?? keyOfLabel(e.label)}\0${e.year ?? ''}`,
    ),
    themes,
    stances,
  };
}
