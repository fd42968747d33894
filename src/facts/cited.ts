/** The passages a facts result quotes: what a view needs the sources of, to link each item to its quote. */
import type { Comparison } from './compare.ts';
import type { ActorProfile } from './profile.ts';
import type { Timeline } from './timeline.ts';

/** Passage ids quoted by a profile. */
export function profilePassages(profile: ActorProfile): string[] {
  return Object.values(profile.fields).flatMap((entries) => entries.map((e) => e.passageId));
}

/** Passage ids quoted by a timeline. */
export function timelinePassages(timeline: Timeline): string[] {
  return [...timeline.dated, ...timeline.planned].map((e) => e.passageId);
}

/** Passage ids quoted by a comparison. */
export function comparisonPassages(c: Comparison): string[] {
  return [
    ...c.rows.flatMap((r) => Object.values(r.cells).flatMap((cells) => cells.map((x) => x.passageId))),
    ...c.shared.flatMap((s) => Object.values(s.cells).map((x) => x.passageId)),
    ...Object.values(c.distinct).flatMap((ds) => ds.map((d) => d.passageId)),
  ];
}
