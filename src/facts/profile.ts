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
import { type FactEntry, instrumentEntry, organisationEntry, plannedEntry, sentenceEntry, themeEntry } from './entries.ts';

/** The topic id whose sentences make up the "capacity building" field (the documented topic list's id). */
export const CAPACITY_BUILDING_TOPIC = 'capacity-building';

/** How each field is named in words (gaps, terminal headings). */
export const FIELD_NAMES: Readonly<Record<ProfileField, string>> = {
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
  readonly fields: Readonly<Record<ProfileField, readonly FactEntry[]>>;
  /** "no passage on X for Y", for each empty field (and for an actor without passages at all). */
  readonly gaps: readonly string[];
  /** How many passages the actor has. */
  readonly passages: number;
}

/** The extracted entries of each field for one actor, before curation. */
export function extractedFields(base: FactBase, actor: string, topics: readonly Topic[]): Record<ProfileField, FactEntry[]> {
  const { facts } = base;
  const mine = <T extends { readonly evidence: { readonly actor: string } }>(items: readonly T[]): T[] => items.filter((i) => i.evidence.actor === actor);
  const themes = mine(facts.themes);
  const byTopic = topics
    .map((t, order) => ({ t, order, hits: themes.filter((h) => h.topic === t.id).map((h) => h.evidence) }))
    .filter((x) => x.hits.length > 0)
    // The themes an actor's passages touch most often first: how we read "priorities".
    .sort((a, b) => b.hits.length - a.hits.length || a.order - b.order);
  return {
    documents: mine(facts.instruments).map(instrumentEntry),
    planned: mine(facts.events).filter((e) => e.planned).map(plannedEntry),
    themes: byTopic.flatMap(({ t, hits }) => themeEntry(t, hits) ?? []),
    approach: mine(facts.stances).map((s) => sentenceEntry(s.evidence)),
    capacityBuilding: themes.filter((h) => h.topic === CAPACITY_BUILDING_TOPIC).map((h) => sentenceEntry(h.evidence)),
    partners: mine(facts.organisations).map(organisationEntry),
  };
}

/** The profile of `actor`. `passages` is how many passages it has. */
export function buildProfile(actor: Actor, base: FactBase, topics: readonly Topic[], passages: number): ActorProfile {
  const extracted = extractedFields(base, actor.id, topics);
  const curated = base.curated.filter((c) => c.actor === actor.id);
  const fields = {} as Record<ProfileField, FactEntry[]>;
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
  ];
  return { actor, fields, gaps, passages };
}
