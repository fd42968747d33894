/**
 * Comparing two or three actors, optionally on a topic: side-by-side rows
 * (documents and instruments, approach, partners and fora, capacity
 * building, and the best passage on the topic), each cell a list of entries
 * with their quotes and an actor with nothing an explicit empty cell; then
 * what at least two of them share and what only one has.
 */
import type { Actor, Topic } from '../knowledge/corpus.ts';
import type { ProfileField } from '../knowledge/schema.ts';
import type { FactBase } from './base.ts';
import type { FactEntry } from './entries.ts';
import { type ExtraField, extractedFields, FIELD_NAMES } from './profile.ts';
import type { Evidence } from './types.ts';

/** One cell entry: a statement and its quote. */
export interface CompareCell {
  readonly text: string;
  readonly quote: string;
  readonly passageId: string;
}

/** One row: an aspect, and each actor's entries (possibly none). */
export interface CompareRow {
  readonly aspect: string;
  readonly cells: Readonly<Record<string, readonly CompareCell[]>>;
}

/** Something two or more of the compared actors have in common, with each one's quote. */
export interface SharedFeature {
  readonly aspect: string;
  readonly text: string;
  readonly actors: readonly string[];
  readonly cells: Readonly<Record<string, CompareCell>>;
}

/** Something only one of the compared actors has. */
export interface DistinctFeature extends CompareCell {
  readonly aspect: string;
}

/** A comparison. */
export interface Comparison {
  readonly actors: readonly Actor[];
  readonly topic?: Topic;
  readonly rows: readonly CompareRow[];
  readonly shared: readonly SharedFeature[];
  readonly distinct: Readonly<Record<string, readonly DistinctFeature[]>>;
}

/** The rows compared, in order. */
const ROW_FIELDS: readonly ProfileField[] = ['documents', 'approach', 'partners', 'capacityBuilding'];
/** Rows shown only when one of the actors has something in them. */
const EXTRA_ROW_FIELDS: readonly ExtraField[] = ['leadAgencies', 'responseTeams', 'international'];

/** The best passage of an actor on the topic, as the engine's search finds it. */
export type BestPassage = (actor: Actor, topic: Topic) => CompareCell | undefined;

interface Feature {
  readonly aspect: string;
  readonly id: string;
  readonly text: string;
  readonly cell: CompareCell;
}

const cellOf = (e: FactEntry | { text: string; evidence: Evidence }): CompareCell =>
  'evidence' in e ? { text: e.text, quote: e.evidence.quote, passageId: e.evidence.passageId } : { text: e.text, quote: e.quote, passageId: e.passageId };

/** The features of one actor that comparisons look for in common: themes, kinds of instrument, partners. */
function featuresOf(base: FactBase, actor: Actor, topics: readonly Topic[], keep: (passageId: string) => boolean): Feature[] {
  const { facts } = base;
  const out: Feature[] = [];
  const add = (f: Feature): void => {
    if (keep(f.cell.passageId) && !out.some((o) => o.aspect === f.aspect && o.id === f.id)) out.push(f);
  };
  for (const h of facts.themes) {
    const topic = topics.find((t) => t.id === h.topic);
    if (h.evidence.actor === actor.id && topic !== undefined)
      add({ aspect: 'themes', id: topic.id, text: topic.name, cell: cellOf({ text: topic.name, evidence: h.evidence }) });
  }
  for (const i of facts.instruments) {
    // An international instrument (a union's directive) is no kind of instrument the actor has of its own.
    if (i.evidence.actor === actor.id && i.international !== true)
      add({ aspect: 'kinds of instrument', id: i.kind, text: i.kind, cell: cellOf({ text: i.label, evidence: i.evidence }) });
  }
  for (const o of facts.organisations) {
    if (o.evidence.actor !== actor.id) continue;
    add({ aspect: 'partners and fora', id: '*', text: 'works with partners and fora', cell: cellOf({ text: o.name, evidence: o.evidence }) });
    add({ aspect: 'partners and fora', id: o.key, text: o.name, cell: cellOf({ text: o.name, evidence: o.evidence }) });
  }
  return out;
}

/** Compares `actors` (two or three, already resolved), optionally on `topic`. */
export function buildComparison(base: FactBase, actors: readonly Actor[], topics: readonly Topic[], topic: Topic | undefined, best: BestPassage): Comparison {
  const onTopic = topic === undefined ? undefined : base.passagesByTopic.get(topic.id);
  // On a topic, every row keeps only what the actor says in passages on that topic.
  const keep = (passageId: string): boolean => onTopic === undefined || onTopic.has(passageId);
  const fields = new Map(actors.map((a) => [a.id, extractedFields(base, a.id, topics)]));
  const rowOf = (field: ProfileField | ExtraField): CompareRow => ({
    aspect: FIELD_NAMES[field],
    cells: Object.fromEntries(actors.map((a) => [a.id, (fields.get(a.id)?.[field] ?? []).filter((e) => keep(e.passageId)).map(cellOf)])),
  });
  // Who leads and the CERT first, where any of the actors has one; then the rows every comparison has.
  const rows: CompareRow[] = [...EXTRA_ROW_FIELDS.map(rowOf).filter((r) => Object.values(r.cells).some((c) => c.length > 0)), ...ROW_FIELDS.map(rowOf)];
  if (topic !== undefined) {
    rows.push({
      aspect: `best passage on ${topic.name.toLowerCase()}`,
      cells: Object.fromEntries(actors.map((a) => [a.id, [best(a, topic)].filter((c): c is CompareCell => c !== undefined)])),
    });
  }
  const features = new Map(actors.map((a) => [a.id, featuresOf(base, a, topics, keep)]));
  const all = [...features.values()].flat();
  const shared: SharedFeature[] = [];
  const distinct: Record<string, DistinctFeature[]> = Object.fromEntries(actors.map((a) => [a.id, []]));
  const done = new Set<string>();
  for (const f of all) {
    const key = `${f.aspect}\0${f.id}`;
    if (done.has(key)) continue;
    done.add(key);
    const having = actors.filter((a) => features.get(a.id)?.some((g) => g.aspect === f.aspect && g.id === f.id));
    if (having.length >= 2) {
      const cells = Object.fromEntries(
        having.flatMap((a) => {
          const g = features.get(a.id)?.find((x) => x.aspect === f.aspect && x.id === f.id);
          return g === undefined ? [] : [[a.id, g.cell]];
        }),
      );
      shared.push({ aspect: f.aspect, text: f.text, actors: having.map((a) => a.id), cells });
    } else {
      const only = having[0];
      if (only !== undefined && f.id !== '*') distinct[only.id]?.push({ aspect: f.aspect, ...f.cell, text: f.text });
    }
  }
  return { actors, ...(topic === undefined ? {} : { topic }), rows, shared, distinct };
}
