/**
 * What a timeline picture shows, before any drawing: which actors get a lane,
 * which years a row, which events a place in each cell; and, counted
 * honestly, what is left out so that the picture stays readable (the text
 * answer keeps every event).
 */
import type { Timeline, TimelineEvent } from '../../facts/timeline.ts';

/** At most this many lanes: more columns would not be readable on a phone. */
export const MAX_LANES = 4;
/** At most this many year rows (the latest ones). */
export const MAX_YEARS = 8;
/** At most this many events in one year of one lane. */
export const CELL_CAP = 2;
/** At most this many planned or undated events in one lane. */
export const PLANNED_CAP = 3;

/** Events in one place of the picture: those drawn, and how many more there are. */
export interface Cell {
  readonly shown: readonly TimelineEvent[];
  readonly more: number;
}

/** An actor's lane. */
export interface Lane {
  readonly id: string;
  readonly name: string;
}

/** One year's row: a cell per lane (by lane id; a lane with nothing that year has none). */
export interface YearRow {
  readonly year: number;
  readonly cells: ReadonlyMap<string, Cell>;
}

/** The plan of a timeline picture. */
export interface TimelinePlan {
  readonly lanes: readonly Lane[];
  /** Actors with events that got no lane (there were more than {@link MAX_LANES}). */
  readonly hiddenActors: readonly string[];
  readonly years: readonly YearRow[];
  /** Dated events before the first year drawn (there were more than {@link MAX_YEARS} years). */
  readonly earlier: { readonly events: number; readonly from: number; readonly to: number } | undefined;
  /** Planned and undated events by lane id. */
  readonly planned: ReadonlyMap<string, Cell>;
  /** Events drawn, and events in the timeline. */
  readonly shown: number;
  readonly total: number;
}

function capped(events: readonly TimelineEvent[], cap: number): Cell {
  // "+1 more" would take the room of the one event it stands for: show it instead.
  const keep = events.length <= cap + 1 ? events.length : cap;
  return { shown: events.slice(0, keep), more: events.length - keep };
}

/** The lanes: the actors asked for, in order; or, for all actors, those with events in order of their first one. */
function lanesOf(timeline: Timeline): { lanes: Lane[]; hidden: Lane[] } {
  const all = [...timeline.dated, ...timeline.planned];
  const candidates: Lane[] =
    timeline.actors.length > 0
      ? timeline.actors.map((a) => ({ id: a.id, name: a.name }))
      : [...new Map(all.map((e) => [e.actor, { id: e.actor, name: e.actorName }])).values()];
  if (candidates.length <= MAX_LANES) return { lanes: candidates, hidden: [] };
  const count = (id: string): number => all.filter((e) => e.actor === id).length;
  // The actors with the most events get the lanes (ties: the earlier one), kept in their order.
  const chosen = new Set(
    candidates
      .map((lane, order) => ({ lane, order, n: count(lane.id) }))
      .sort((a, b) => b.n - a.n || a.order - b.order)
      .slice(0, MAX_LANES)
      .map((c) => c.lane.id),
  );
  return { lanes: candidates.filter((l) => chosen.has(l.id)), hidden: candidates.filter((l) => !chosen.has(l.id) && count(l.id) > 0) };
}

/** Plans the picture of `timeline`. */
export function planTimeline(timeline: Timeline): TimelinePlan {
  const { lanes, hidden } = lanesOf(timeline);
  const drawn = new Set(lanes.map((l) => l.id));
  const dated = timeline.dated.filter((e) => drawn.has(e.actor) && e.year !== undefined);
  const allYears = [...new Set(dated.map((e) => e.year ?? 0))].sort((a, b) => a - b);
  const years = allYears.slice(-MAX_YEARS);
  const first = years[0];
  const before = first === undefined ? [] : dated.filter((e) => (e.year ?? 0) < first);
  const rows: YearRow[] = years.map((year) => ({
    year,
    cells: new Map(
      lanes.flatMap((lane) => {
        const events = dated.filter((e) => e.year === year && e.actor === lane.id);
        return events.length === 0 ? [] : [[lane.id, capped(events, CELL_CAP)] as const];
      }),
    ),
  }));
  const planned = new Map(
    lanes.flatMap((lane) => {
      const events = timeline.planned.filter((e) => e.actor === lane.id);
      return events.length === 0 ? [] : [[lane.id, capped(events, PLANNED_CAP)] as const];
    }),
  );
  const cells = [...rows.flatMap((r) => [...r.cells.values()]), ...planned.values()];
  return {
    lanes,
    hiddenActors: hidden.map((l) => l.name),
    years: rows,
    earlier: before.length === 0 ? undefined : { events: before.length, from: before[0]?.year ?? 0, to: before.at(-1)?.year ?? 0 },
    planned,
    shown: cells.reduce((n, c) => n + c.shown.length, 0),
    total: timeline.dated.length + timeline.planned.length,
  };
}
