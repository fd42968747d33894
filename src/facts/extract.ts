/**
 * Extraction: every sentence of every passage through the rules (dates,
 * names, instruments, organisations, themes, stances), into {@link Facts}.
 * Deterministic, and fast enough to run at every start (a few milliseconds
 * for a corpus of this size): facts are not cached.
 */
import type { Passage } from '../text/chunk.ts';
import { sentenceCount, sentenceEnd, sentenceStart } from '../text/passage-sentences.ts';
import { findDates, type DateMention } from './dates.ts';
import { classifyHead, singularName } from './heads.ts';
import { type FactLexicon, nameKey } from './lexicon.ts';
import { findMentions, type Mention } from './mentions.ts';
import { findNames, type NameRun } from './names.ts';
import { findOrganisations } from './organisations.ts';
import { isPlannedSentence } from './planned.ts';
import { isStance, TermCache, topicsOf } from './themes.ts';
import type { Evidence, FactEvent, Facts, Instrument, Organisation, StanceHit, ThemeHit } from './types.ts';

/** "a network of Regional Response Hubs": the noun a plan is "of", kept in its label. */
const OF_LEAD = /(?:^|\s)(?:a|an|the) ([\p{Ll}-]+ of )$/u;

/** The extraction of one sentence. */
interface SentenceFacts {
  readonly instruments: Instrument[];
  readonly organisations: Organisation[];
  readonly events: FactEvent[];
}

/** Our label for a name: its attached year (or range) first, then the name, its aliases, and "(proposal)" where it is one. */
function labelOf(m: Pick<Mention, 'name' | 'aliases' | 'proposal'>, lexicon: FactLexicon, date?: DateMention, plural = false): string {
  const name = plural ? singularName(m.name) : m.name;
  const glossary = lexicon.glossaryEntry(m.name)?.term;
  const aliases = [...m.aliases, ...(glossary === undefined ? [] : [glossary])].filter((a, i, xs) => !name.includes(a) && xs.indexOf(a) === i);
  const when = date === undefined ? '' : `${date.year}${date.untilYear === undefined ? '' : `–${date.untilYear}`} `;
  const label = `${when}${name}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''}${m.proposal ? ' (proposal)' : ''}`;
  return lexicon.canonicalSpelling(label);
}

function dateFields(d: DateMention | undefined): { year?: number; month?: number; untilYear?: number } {
  if (d === undefined) return {};
  return { year: d.year, ...(d.month === undefined ? {} : { month: d.month }), ...(d.untilYear === undefined ? {} : { untilYear: d.untilYear }) };
}

/** Names in a plan that are neither instruments, meetings, organisations nor actors: planned initiatives ("a network of … Centres"). */
function plannedInitiatives(sentence: string, names: readonly NameRun[], lexicon: FactLexicon): Pick<Mention, 'name' | 'aliases' | 'proposal'>[] {
  return names
    .filter((r) => r.words.length >= 2 && classifyHead(r.words).is === 'other' && !lexicon.isActorName(r.text))
    .map((r) => {
      const glossary = lexicon.glossaryEntry(r.text)?.term;
      const aliases = glossary === undefined || r.aliases.includes(glossary) ? r.aliases : [...r.aliases, glossary];
      return { name: `${OF_LEAD.exec(sentence.slice(0, r.start))?.[1] ?? ''}${r.text}`, aliases, proposal: false };
    });
}

function extractSentence(text: string, evidence: Evidence, lexicon: FactLexicon): SentenceFacts {
  const names = findNames(text);
  const dates = findDates(text);
  const planned = isPlannedSentence(text);
  const mentions = findMentions(text, names, dates, lexicon);
  const attached = new Set(mentions.flatMap((m) => m.attached));
  const loose = dates.filter((d) => !attached.has(d));
  // The sentence's one loose date belongs to every undated name in it; two or more cannot be told apart.
  const sentenceDate = loose.length === 1 ? loose[0] : undefined;
  const out: SentenceFacts = { instruments: [], organisations: [], events: [] };

  for (const m of mentions) {
    const instances: (DateMention | undefined)[] = m.attached.length > 0 ? [...m.attached] : [sentenceDate];
    for (const d of instances) {
      const isPlanned = planned && m.attached.length === 0;
      const label = labelOf(m, lexicon, m.attached.length > 0 ? d : undefined, m.attached.length > 1);
      if (m.is === 'instrument') {
        out.instruments.push({
          key: nameKey(label),
          label,
          kind: m.kind,
          status: isPlanned ? 'planned' : 'in-force',
          ...dateFields(d),
          aliases: m.aliases,
          ...(m.description === undefined ? {} : { description: m.description }),
          evidence,
        });
      }
      if (d !== undefined || isPlanned) out.events.push({ label, planned: isPlanned, ...dateFields(d), evidence });
    }
  }
  if (planned) {
    for (const p of plannedInitiatives(text, names, lexicon)) {
      out.events.push({ label: labelOf(p, lexicon), planned: true, ...dateFields(sentenceDate), evidence });
    }
  }
  for (const o of findOrganisations(text, names, lexicon)) out.organisations.push({ key: o.key, name: o.name, aliases: o.aliases, evidence });
  return out;
}

/** Keeps the first item of each key (per actor), in order. */
function firstOf<T extends { readonly evidence: Evidence }>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = `${item.evidence.actor}\0${key(item)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Extracts the facts of `passages`. */
export function extractFacts(passages: readonly Passage[], lexicon: FactLexicon): Facts {
  const instruments: Instrument[] = [];
  const organisations: Organisation[] = [];
  const events: FactEvent[] = [];
  const themes: ThemeHit[] = [];
  const stances: StanceHit[] = [];
  const cache = new TermCache();
  for (const passage of passages) {
    // A block marked as layout (a table of contents, acknowledgements, a copyright notice) states no facts:
    // a list of thanked agencies is not a list of partners.
    if (passage.layout !== undefined) continue;
    for (let i = 0; i < sentenceCount(passage); i++) {
      const start = sentenceStart(passage, i);
      const end = sentenceEnd(passage, i);
      const evidence: Evidence = { passageId: passage.id, actor: passage.actor, quote: passage.text.slice(start, end), start, end };
      const facts = extractSentence(evidence.quote, evidence, lexicon);
      instruments.push(...facts.instruments);
      organisations.push(...facts.organisations);
      events.push(...facts.events);
      const terms = cache.terms(evidence.quote);
      for (const topic of topicsOf(terms, lexicon.topics)) themes.push({ topic, evidence });
      if (isStance(terms)) stances.push({ evidence });
    }
  }
  return {
    instruments: firstOf(instruments, (i) => i.key),
    organisations: firstOf(organisations, (o) => o.key),
    events: firstOf(events, (e) => `${e.label}\0${e.year ?? ''}`),
    themes,
    stances,
  };
}
