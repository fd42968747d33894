/**
 * `/actor`, `/timeline` and `/compare` on Discord: sections of fields, each
 * item a statement with its quote linked to the source sentence, paged when
 * long (sections.ts). An empty field or cell says so plainly.
 */
import type { Comparison } from '../../facts/compare.ts';
import { ALL_FIELDS, FIELD_NAMES, type ActorProfile } from '../../facts/profile.ts';
import type { Timeline, TimelineEvent } from '../../facts/timeline.ts';
import { PROFILE_FIELDS } from '../../knowledge/schema.ts';
import type { Citation, Citations, Delivery } from '../../replies.ts';
import { escapeDiscord } from './escape.ts';
import type { DiscordMessage, DiscordRenderContext } from './message.ts';
import { emptyField, quoteField, renderSections, type Section } from './sections.ts';

const PROFILE_FIELD_SET: ReadonlySet<string> = new Set(PROFILE_FIELDS);

/** Colour of structured answers. */
export const FACTS_COLOUR = 0x3f7f5f;

/** The source to link a quote of `passageId` to (its page, where it has one). */
const url = (sources: Citations, passageId: string): Citation | undefined => sources.get(passageId);
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The sections of a profile: one per field, then the gaps. */
export function profileSections(profile: ActorProfile, sources: Citations): Section[] {
  const { actor } = profile;
  // The extra fields (documents in the sources, lead agency, CERT, laws) only where the profile has them.
  const shown = ALL_FIELDS.filter((field) => profile.fields[field] !== undefined && (PROFILE_FIELD_SET.has(field) || (profile.fields[field]?.length ?? 0) > 0));
  const sections: Section[] = shown.map((field) => {
    const entries = profile.fields[field] ?? [];
    return {
      title: capitalised(FIELD_NAMES[field]),
      fields:
        entries.length === 0
          ? [emptyField('Nothing found', `No passage on ${FIELD_NAMES[field]} for ${actor.name}.`)]
          : entries.map((e) =>
              quoteField(
                e.text === e.quote
                  ? `${e.direction === undefined ? '' : `${capitalised(e.direction)} · `}${e.passageId}`
                  : `${e.text}${e.curated === true ? ' (curated)' : ''}`,
                e.quote,
                e.passageId,
                url(sources, e.passageId),
              ),
            ),
    };
  });
  return sections;
}

/** Renders an `/actor` reply. */
export function renderActor(
  body: { readonly profile: ActorProfile; readonly sources: Citations },
  delivery: Delivery | undefined,
  context: DiscordRenderContext,
): DiscordMessage {
  const { actor, passages, gaps } = body.profile;
  const aliases = actor.aliases.length > 0 ? `; also ${actor.aliases.join(', ')}` : '';
  const gapLine = gaps.length > 0 ? `\nGaps: ${escapeDiscord(gaps.join('; '))}` : '';
  const line = `**${escapeDiscord(actor.name)}** (${escapeDiscord(`${actor.kind}${aliases}`)}) · ${passages} passage(s)${gapLine}`;
  return renderSections(line, profileSections(body.profile, body.sources), FACTS_COLOUR, delivery, context);
}

function eventName(e: TimelineEvent): string {
  return `${e.date ?? 'planned'} · ${e.actorName}: ${e.label}${e.international === true ? ' (international)' : ''}`;
}

/** The sections of a timeline: dated events in order, then planned and undated ones. */
export function timelineSections(timeline: Timeline, sources: Citations): Section[] {
  const field = (e: TimelineEvent) => quoteField(eventName(e), e.quote, e.passageId, url(sources, e.passageId));
  return [
    { title: 'Dated events', fields: timeline.dated.length === 0 ? [emptyField('Nothing found', 'No dated event matches.')] : timeline.dated.map(field) },
    ...(timeline.planned.length === 0 ? [] : [{ title: 'Planned and undated', fields: timeline.planned.map(field) }]),
  ];
}

/** Renders a `/timeline` reply. */
export function renderTimeline(
  body: { readonly timeline: Timeline; readonly sources: Citations },
  delivery: Delivery | undefined,
  context: DiscordRenderContext,
): DiscordMessage {
  const t = body.timeline;
  const who = t.actors.length === 0 ? 'all actors' : t.actors.map((a) => a.name).join(', ');
  const range = t.from === undefined && t.to === undefined ? '' : `, ${t.from ?? '…'}–${t.to ?? '…'}`;
  const line = `**Timeline:** ${escapeDiscord(`${who}${t.topic === undefined ? '' : ` on ${t.topic.name}`}${range}`)}`;
  return renderSections(line, timelineSections(t, body.sources), FACTS_COLOUR, delivery, context);
}

/** The sections of a comparison: one per row (a field per actor, empty ones said so), then shared and distinct features. */
export function comparisonSections(c: Comparison, sources: Citations): Section[] {
  const rows: Section[] = c.rows.map((row) => ({
    title: row.aspect,
    fields: c.actors.flatMap((a) => {
      const cells = row.cells[a.id] ?? [];
      if (cells.length === 0) return [emptyField(a.name, `No passage on ${row.aspect.toLowerCase()} for ${a.name}.`)];
      return cells.map((cell) => quoteField(`${a.name}: ${cell.text}`, cell.quote, cell.passageId, url(sources, cell.passageId)));
    }),
  }));
  const names = new Map(c.actors.map((a) => [a.id, a.name]));
  const shared: Section = {
    title: 'What they share',
    fields:
      c.shared.length === 0
        ? [emptyField('Nothing in common found', 'The sources show nothing these actors share.')]
        : c.shared.flatMap((s) =>
            Object.entries(s.cells).map(([id, cell]) =>
              quoteField(`${s.aspect}: ${s.text} (${names.get(id) ?? id})`, cell.quote, cell.passageId, url(sources, cell.passageId)),
            ),
          ),
  };
  const distinct: Section = {
    title: 'What only one has',
    fields: Object.entries(c.distinct).flatMap(([id, features]) =>
      features.map((d) => quoteField(`${names.get(id) ?? id} · ${d.aspect}: ${d.text}`, d.quote, d.passageId, url(sources, d.passageId))),
    ),
  };
  return [...rows, shared, ...(distinct.fields.length === 0 ? [] : [distinct])];
}

/** Renders a `/compare` reply. */
export function renderCompare(
  body: { readonly comparison: Comparison; readonly sources: Citations },
  delivery: Delivery | undefined,
  context: DiscordRenderContext,
): DiscordMessage {
  const c = body.comparison;
  const line = `**Compare:** ${escapeDiscord(`${c.actors.map((a) => a.name).join(' · ')}${c.topic === undefined ? '' : ` on ${c.topic.name}`}`)}`;
  return renderSections(line, comparisonSections(c, body.sources), FACTS_COLOUR, delivery, context);
}
