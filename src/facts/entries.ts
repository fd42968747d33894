/** Turning extracted items into the entries a profile or comparison shows: a statement and its quote. */
import { languageName } from '../text/analysis/languages.ts';
import type { Topic } from '../knowledge/corpus.ts';
import { type CapacityDirection, capacityDirection } from './capacity.ts';
import { formatDate } from './dates.ts';
import type { DocumentFacts } from './documents.ts';
import type { Citation, Evidence, FactEvent, Instrument, Organisation } from './types.ts';

/** One statement with the sentence it rests on. */
export interface FactEntry {
  readonly text: string;
  readonly quote: string;
  readonly passageId: string;
  readonly year?: number;
  /** Added by a curator in actors.yaml rather than extracted. */
  readonly curated?: boolean;
  /** The sentence that gives a body its role (lead agencies and coordinating bodies). */
  readonly role?: string;
  /** The document it comes from: "Title (year)". */
  readonly document?: string;
  /** A document's status: in force, draft, superseded. */
  readonly status?: string;
  /** Capacity building: given to others or received from them, when the sentence says which. */
  readonly direction?: CapacityDirection;
  /** The other places the same item is named (another passage, another of its names). */
  readonly citations?: readonly Citation[];
}

/** How an instrument's status reads. */
export const STATUS_TEXT = { 'in-force': 'in force', planned: 'planned' } as const;

function entry(text: string, evidence: Evidence, year?: number): FactEntry {
  return { text, quote: evidence.quote, passageId: evidence.passageId, ...(year === undefined ? {} : { year }) };
}

/** "2018 Cybersecurity Strategy (strategy, in force, 2018): whose core components include …" */
export function instrumentEntry(i: Instrument): FactEntry {
  const date = i.year === undefined ? '' : `, ${formatDate(i.year, i.month)}`;
  const scope = i.international === true ? ', international' : '';
  const e = entry(
    `${i.label} (${i.kind}${scope}, ${STATUS_TEXT[i.status]}${date})${i.description === undefined ? '' : `: ${i.description}`}`,
    i.evidence,
    i.year,
  );
  return i.citations === undefined ? e : { ...e, citations: i.citations };
}

/** "Baltic Sea Cyber Forum (also BSCF)"; with its role sentence when `withRole` and the quote gives one. */
export function organisationEntry(o: Organisation, withRole = false): FactEntry {
  const e = entry(`${o.name}${o.aliases.length > 0 ? ` (also ${o.aliases.join(', ')})` : ''}`, o.evidence);
  return withRole && o.hasRole ? { ...e, role: o.evidence.quote } : e;
}

/** A document of the actor: "Title (strategy, 2021, in force)", quoting its first sentence. */
export function documentEntry(d: DocumentFacts): FactEntry {
  const language = d.language === undefined ? undefined : languageName(d.language);
  const about = [d.type, d.year === undefined ? undefined : formatDate(d.year, d.month), d.status, language].filter((x) => x !== undefined).join(', ');
  return {
    text: `${d.title} (${about})${d.supersededBy === undefined ? '' : `, superseded by ${d.supersededBy}`}`,
    quote: d.quote,
    passageId: d.passageId,
    ...(d.year === undefined ? {} : { year: d.year }),
    status: d.status,
  };
}

/** A planned event: its label. */
export function plannedEntry(e: FactEvent): FactEntry {
  return entry(e.label, e.evidence, e.year);
}

/** A sentence as it stands (a stance, a capacity-building sentence). */
export function sentenceEntry(evidence: Evidence): FactEntry {
  return entry(evidence.quote, evidence);
}

/** A capacity-building sentence, with the way it goes (given or received) when it says so. */
export function capacityEntry(evidence: Evidence): FactEntry {
  const direction = capacityDirection(evidence.quote);
  return { ...entry(evidence.quote, evidence), ...(direction === undefined ? {} : { direction }) };
}

/** A theme: the topic's name and how many sentences touch it, quoting the first. */
export function themeEntry(topic: Topic, hits: readonly Evidence[]): FactEntry | undefined {
  const first = hits[0];
  return first === undefined ? undefined : entry(`${topic.name} (${hits.length} sentence${hits.length === 1 ? '' : 's'})`, first);
}
