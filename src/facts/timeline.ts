/**
 * Timelines: the events of some actors (or all), optionally only those in
 * passages on a topic and within a year range. Dated events in order (a
 * year's undated-by-month events first, then by month, then corpus order);
 * planned and undated events apart, after them.
 */
import type { Actor, Topic } from '../knowledge/corpus.ts';
import type { FactBase } from './base.ts';
import { formatDate } from './dates.ts';
import type { FactEvent } from './types.ts';

/** One event as a timeline shows it. */
export interface TimelineEvent {
  /** "YYYY" or "YYYY-MM"; `null` for a planned, undated event. */
  readonly date: string | null;
  readonly year?: number;
  readonly month?: number;
  readonly untilYear?: number;
  readonly actor: string;
  readonly actorName: string;
  readonly label: string;
  readonly quote: string;
  readonly passageId: string;
  readonly planned: boolean;
  /** An event of an international instrument (a union's directive, a convention), not of the actor's own. */
  readonly international?: true;
}

/** What to show. Actors and topic already resolved. */
export interface TimelineQuery {
  /** Empty: every actor. */
  readonly actors: readonly Actor[];
  readonly topic?: Topic;
  readonly from?: number;
  readonly to?: number;
}

/** A timeline: the query and its events. */
export interface Timeline extends TimelineQuery {
  /** Dated events, in order. */
  readonly dated: readonly TimelineEvent[];
  /** Planned and undated events, in corpus order. */
  readonly planned: readonly TimelineEvent[];
}

function toTimelineEvent(e: FactEvent, actorName: string): TimelineEvent {
  return {
    date: e.year === undefined ? null : formatDate(e.year, e.month),
    ...(e.year === undefined ? {} : { year: e.year }),
    ...(e.month === undefined ? {} : { month: e.month }),
    ...(e.untilYear === undefined ? {} : { untilYear: e.untilYear }),
    actor: e.evidence.actor,
    actorName,
    label: e.label,
    quote: e.evidence.quote,
    passageId: e.evidence.passageId,
    planned: e.planned,
    ...(e.international === true ? { international: true } : {}),
  };
}

/**
 * Each dated document of the knowledge base as an event of its own: "… Strategy (strategy adopted)",
 * quoting its first sentence of running text. A document's own date is the surest date it has.
 */
function documentEvents(base: FactBase): FactEvent[] {
  return base.documents.flatMap((d) => {
    if (d.year === undefined) return [];
    const what = d.type === 'strategy' || d.type === 'law' ? `${d.type} adopted` : 'published';
    const quote = d.quote;
    return [
      {
        year: d.year,
        ...(d.month === undefined ? {} : { month: d.month }),
        label: `${d.title} (${what})`,
        planned: false,
        evidence: { passageId: d.passageId, actor: d.actor, quote, start: d.quoteStart, end: d.quoteStart + quote.length },
      },
    ];
  });
}

/** Builds the timeline for `query`. `names` maps actor ids to display names. */
export function buildTimeline(base: FactBase, query: TimelineQuery, names: ReadonlyMap<string, string>): Timeline {
  const actorIds = new Set(query.actors.map((a) => a.id));
  const onTopic = query.topic === undefined ? undefined : base.passagesByTopic.get(query.topic.id);
  const inRange = (e: FactEvent): boolean => {
    if (e.year === undefined) return true;
    const last = e.untilYear ?? e.year;
    return (query.from === undefined || last >= query.from) && (query.to === undefined || e.year <= query.to);
  };
  const events = [...documentEvents(base), ...base.facts.events]
    .filter((e) => actorIds.size === 0 || actorIds.has(e.evidence.actor))
    .filter((e) => onTopic === undefined || onTopic.has(e.evidence.passageId))
    .filter(inRange);
  const dated = events
    .filter((e) => !e.planned && e.year !== undefined)
    .map((e, order) => ({ e, order }))
    .sort((a, b) => (a.e.year ?? 0) - (b.e.year ?? 0) || (a.e.month ?? 0) - (b.e.month ?? 0) || a.order - b.order)
    .map(({ e }) => toTimelineEvent(e, names.get(e.evidence.actor) ?? e.evidence.actor));
  // Planned events come after any date; a range that ends ("--to") leaves the undated ones out.
  const planned = events
    .filter((e) => (e.planned || e.year === undefined) && (query.to === undefined || e.year !== undefined))
    .map((e) => toTimelineEvent(e, names.get(e.evidence.actor) ?? e.evidence.actor));
  return { ...query, dated, planned };
}
