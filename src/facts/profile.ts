/**
 * Actor profiles: name and aliases; documents and instruments with years and
 * status; priorities and themes; approach; capacity building; partners and
 * fora; planned initiatives. Each entry with its quote; curated entries from
 * actors.yaml added (and correcting extracted ones); every empty field named
 * as a gap, because coverage gaps are information.
 */
import type { Actor, Topic } from '../knowledge/corpus.ts';
import { PROFILE_FIELDS, type ProfileField } from '../knowledge/schema.ts';
import type { FactBase } from './base.ts';
import { capacityEntry, documentEntry, type FactEntry, instrumentEntry, organisationEntry, plannedEntry, sentenceEntry, themeEntry } from './entries.ts';
import { isResponseTeam, LAW_KINDS } from './roles.ts';

/** The topic id whose sentences make up the "capacity building" field (the documented topic list's id). */
export const CAPACITY_BUILDING_TOPIC = 'capacity-building';

/**
 * The fields a profile adds to the curated ones (new keys under `fields` in JSON): the
 * actor's own documents with year, type and status; the bodies that lead or coordinate,
 * with the sentence giving the role; the national CERT/CSIRT; the laws it names; the
 * international instruments it names (a union's directives, conventions): its commitments
 * and cooperation, kept apart from its own documents and laws.
 */
export const EXTRA_FIELDS = ['sources', 'leadAgencies', 'responseTeams', 'laws', 'international'] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];
/** Every field of a profile: the curated ones, then the extra ones (the order of JSON keys and Discord sections). */
export const ALL_FIELDS: readonly (ProfileField | ExtraField)[] = [...PROFILE_FIELDS, ...EXTRA_FIELDS];
/** The order a terminal profile reads best in: what the actor has and who leads first. */
export const READING_ORDER: readonly (ProfileField | ExtraField)[] = [
  'sources',
  'leadAgencies',
  'responseTeams',
  'laws',
  ...PROFILE_FIELDS.slice(0, 1),
  'international',
  ...PROFILE_FIELDS.slice(1),
];
/** The extra fields a national strategy is expected to fill: their absence is a gap worth saying. */
const EXPECTED_OF_A_STRATEGY: readonly ExtraField[] = ['leadAgencies', 'responseTeams'];

/** How each field is named in words (gaps, terminal headings). */
export const FIELD_NAMES: Readonly<Record<ProfileField | ExtraField, string>> = {
  sources: 'documents in the sources',
  leadAgencies: 'lead agency and coordinating bodies',
  responseTeams: 'national CERT/CSIRT',
  laws: 'laws',
  international: 'international instruments and commitments',
  documents: 'documents and instruments',
  planned: 'planned initiatives',
  themes: 'priorities and themes',
  approach: 'approach',
  capacityBuilding: 'capacity building',
  partners: 'partners and fora',
};

/** An actor's profile. */
export interface ActorProfile {
  readonly actor: Actor;
  /** The curated fields always; the extra ones where the profile was built with them (views built elsewhere may leave them out). */
  readonly fields: Readonly<Record<ProfileField, readonly FactEntry[]>> & Readonly<Partial<Record<ExtraField, readonly FactEntry[]>>>;
  /** "no passage on X for Y", for each empty field (and for an actor without passages at all). */
  readonly gaps: readonly string[];
  /** How many passages the actor has. */
  readonly passages: number;
}

/** The extracted entries of each field for one actor, before curation. */
export function extractedFields(base: FactBase, actor: string, topics: readonly Topic[]): Record<ProfileField | ExtraField, FactEntry[]> {
  const { facts } = base;
  const mine = <T extends { readonly evidence: { readonly actor: string } }>(items: readonly T[]): T[] => items.filter((i) => i.evidence.actor === actor);
  const themes = mine(facts.themes);
  const byTopic = topics
    .map((t, order) => ({ t, order, hits: themes.filter((h) => h.topic === t.id).map((h) => h.evidence) }))
    .filter((x) => x.hits.length > 0)
    // The themes an actor's passages touch most often first: how we read "priorities".
    .sort((a, b) => b.hits.length - a.hits.length || a.order - b.order);
  const organisations = mine(facts.organisations);
  // A union's directive or a convention the actor names is its commitment, not its own document or law.
  const own = mine(facts.instruments).filter((i) => i.international !== true);
  const fields = {
    sources: base.documents.filter((d) => d.actor === actor).map(documentEntry),
    leadAgencies: organisations.filter((o) => o.hasRole && !isResponseTeam([o.name, ...o.aliases])).map((o) => organisationEntry(o, true)),
    responseTeams: organisations.filter((o) => isResponseTeam([o.name, ...o.aliases])).map((o) => organisationEntry(o, true)),
    laws: own.filter((i) => LAW_KINDS.has(i.kind)).map(instrumentEntry),
    international: mine(facts.instruments)
      .filter((i) => i.international === true)
      .map(instrumentEntry),
    documents: own.map(instrumentEntry),
    planned: mine(facts.events)
      .filter((e) => e.planned)
      .map(plannedEntry),
    themes: byTopic.flatMap(({ t, hits }) => themeEntry(t, hits) ?? []),
    approach: mine(facts.stances).map((s) => sentenceEntry(s.evidence)),
    capacityBuilding: themes.filter((h) => h.topic === CAPACITY_BUILDING_TOPIC).map((h) => capacityEntry(h.evidence)),
    partners: organisations.map((o) => organisationEntry(o)),
  };
  // Each item says which document it comes from, and its year: a profile may draw on several.
  const documents = new Map(base.documents.map((d) => [d.id, `${d.title}${d.year === undefined ? '' : ` (${d.year})`}`]));
  const docOf = (e: FactEntry): string => e.passageId.slice(0, e.passageId.lastIndexOf('#'));
  const several = new Set(Object.values(fields).flat().map(docOf)).size > 1;
  const withDocument = (e: FactEntry): FactEntry => {
    const document = documents.get(docOf(e));
    return document === undefined || !several ? e : { ...e, document };
  };
  return Object.fromEntries(ALL_FIELDS.map((k) => [k, fields[k].map(withDocument)])) as Record<ProfileField | ExtraField, FactEntry[]>;
}

/** The profile of `actor`. `passages` is how many passages it has. */
export function buildProfile(actor: Actor, base: FactBase, topics: readonly Topic[], passages: number): ActorProfile {
  const extracted = extractedFields(base, actor.id, topics);
  const curated = base.curated.filter((c) => c.actor === actor.id);
  const fields: Record<ProfileField | ExtraField, FactEntry[]> = { ...extracted };
  for (const field of PROFILE_FIELDS) {
    const mineCurated = curated.filter((c) => c.field === field);
    const replaced = mineCurated.flatMap((c) => (c.replaces === undefined ? [] : [c.replaces.toLowerCase()]));
    fields[field] = [
      ...extracted[field].filter((e) => !replaced.some((r) => e.text.toLowerCase().includes(r))),
      ...mineCurated.map((c) => ({ text: c.text, quote: c.quote, passageId: c.passageId, ...(c.year === undefined ? {} : { year: c.year }), curated: true })),
    ];
  }
  const gaps = [
    ...(passages === 0 ? [`no passage at all for ${actor.name}`] : []),
    ...PROFILE_FIELDS.filter((f) => fields[f].length === 0).map((f) => `no passage on ${FIELD_NAMES[f]} for ${actor.name}`),
    ...(base.documents.some((d) => d.actor === actor.id && d.type === 'strategy')
      ? EXPECTED_OF_A_STRATEGY.filter((f) => fields[f].length === 0).map((f) => `no passage on ${FIELD_NAMES[f]} for ${actor.name}`)
      : []),
  ];
  return { actor, fields, gaps, passages };
}
