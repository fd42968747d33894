/**
 * JSON views of the facts replies (`actor`, `timeline`, `compare`), in the
 * shapes the issue fixes: every entry `{text, quote, passageId}`, events
 * `{date, year, month?, actor, label, quote, passageId, planned}`.
 */
import type { Comparison } from '../../facts/compare.ts';
import type { ActorProfile } from '../../facts/profile.ts';
import type { Timeline, TimelineEvent } from '../../facts/timeline.ts';

/** `{"actor": {id, name, aliases, kind}, "fields": {<field>: [{text, quote, passageId, year?, role?, document?, status?, direction?, citations?}]}, "gaps": [...]}` */
export function actorJson(profile: ActorProfile): unknown {
  const { actor } = profile;
  return {
    actor: { id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases },
    fields: Object.fromEntries(
      Object.entries(profile.fields).map(([field, entries]) => [
        field,
        entries.map((e) => ({
          text: e.text,
          quote: e.quote,
          passageId: e.passageId,
          ...(e.year === undefined ? {} : { year: e.year }),
          ...(e.curated === true ? { curated: true } : {}),
          ...(e.role === undefined ? {} : { role: e.role }),
          ...(e.document === undefined ? {} : { document: e.document }),
          ...(e.status === undefined ? {} : { status: e.status }),
          ...(e.direction === undefined ? {} : { direction: e.direction }),
          ...(e.citations === undefined ? {} : { citations: e.citations.map((c) => ({ passageId: c.passageId, quote: c.quote })) }),
        })),
      ]),
    ),
    gaps: profile.gaps,
  };
}

function eventJson(e: TimelineEvent): unknown {
  return {
    date: e.date,
    year: e.year ?? null,
    ...(e.month === undefined ? {} : { month: e.month }),
    ...(e.untilYear === undefined ? {} : { untilYear: e.untilYear }),
    actor: e.actor,
    actorName: e.actorName,
    label: e.label,
    quote: e.quote,
    passageId: e.passageId,
    planned: e.planned,
  };
}

/** `{"events": [...]}`: dated events in order, then planned ones; plus the query. */
export function timelineJson(t: Timeline): unknown {
  return {
    actors: t.actors.map((a) => a.id),
    ...(t.topic === undefined ? {} : { topic: t.topic.id }),
    ...(t.from === undefined ? {} : { from: t.from }),
    ...(t.to === undefined ? {} : { to: t.to }),
    events: [...t.dated, ...t.planned].map(eventJson),
  };
}

/** `{"actors": [...], "topic"?, "rows": [{aspect, cells: {<actor id>: [...]}}], "shared": [...], "distinct": {...}}` */
export function compareJson(c: Comparison): unknown {
  return {
    actors: c.actors.map((a) => ({ id: a.id, name: a.name })),
    ...(c.topic === undefined ? {} : { topic: c.topic.id }),
    rows: c.rows,
    shared: c.shared,
    distinct: c.distinct,
  };
}
