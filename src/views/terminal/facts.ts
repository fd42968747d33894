/** Terminal views of the facts replies: profiles, timelines, comparisons. Every entry shows its quote and passage id. */
import type { Comparison, CompareCell } from '../../facts/compare.ts';
import type { FactEntry } from '../../facts/entries.ts';
import { FIELD_NAMES } from '../../facts/profile.ts';
import type { ActorProfile } from '../../facts/profile.ts';
import type { Timeline, TimelineEvent } from '../../facts/timeline.ts';
import { PROFILE_FIELDS } from '../../knowledge/schema.ts';
import type { TerminalStyle } from './style.ts';

function quoted(entry: { quote: string; passageId: string }, style: TerminalStyle, indent: string): string {
  return `${indent}${style.dim(`“${entry.quote}” [${entry.passageId}]`)}`;
}

function capitalise(s: string): string {
  return `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
}

/** An actor's profile, field by field, each entry with its quote; the gaps at the end. */
export function renderActorProfile({ profile }: { profile: ActorProfile }, style: TerminalStyle): string {
  const { actor } = profile;
  const lines = [`${style.bold(actor.name)} (${actor.id}, ${actor.kind}; also: ${actor.aliases.join(', ') || '-'}) · ${profile.passages} passage(s)`];
  for (const field of PROFILE_FIELDS) {
    const entries: readonly FactEntry[] = profile.fields[field];
    if (entries.length === 0) continue;
    lines.push('', style.bold(capitalise(FIELD_NAMES[field])));
    for (const e of entries) {
      // An entry that is its own quote (an approach sentence) is shown once, as the quote.
      if (e.text === e.quote) lines.push(`  - “${e.quote}” ${style.dim(`[${e.passageId}]`)}${e.curated === true ? ' (curated)' : ''}`);
      else lines.push(`  - ${e.text}${e.curated === true ? ' (curated)' : ''}`, quoted(e, style, '    '));
    }
  }
  if (profile.gaps.length > 0) lines.push('', style.bold('Gaps'), ...profile.gaps.map((g) => `  - ${g}`));
  return lines.join('\n');
}

function eventLine(e: TimelineEvent, style: TerminalStyle): string[] {
  const when = e.date === null ? 'planned' : `${e.date}${e.untilYear === undefined ? '' : `–${e.untilYear}`}`;
  return [`  ${when.padEnd(8)} ${e.actorName}: ${e.label}${e.planned && e.date !== null ? ' (planned)' : ''}`, quoted(e, style, '           ')];
}

/** A timeline: dated events in order, then planned and undated ones under their own heading. */
export function renderTimeline({ timeline: t }: { timeline: Timeline }, style: TerminalStyle): string {
  const who = t.actors.length === 0 ? 'all actors' : t.actors.map((a) => a.name).join(', ');
  const range = t.from === undefined && t.to === undefined ? '' : `, ${t.from ?? '…'}–${t.to ?? '…'}`;
  const lines = [style.bold(`Timeline: ${who}${t.topic === undefined ? '' : `, on ${t.topic.name.toLowerCase()}`}${range}`)];
  if (t.dated.length === 0 && t.planned.length === 0) {
    lines.push(`No passage states a dated or planned event for ${who}${t.topic === undefined ? '' : ` on ${t.topic.name.toLowerCase()}`}${range}.`);
    return lines.join('\n');
  }
  for (const e of t.dated) lines.push(...eventLine(e, style));
  if (t.planned.length > 0) {
    lines.push('', style.bold('Planned and undated'));
    for (const e of t.planned) lines.push(...eventLine(e, style));
  }
  return lines.join('\n');
}

function cellLines(cells: readonly CompareCell[] | undefined, style: TerminalStyle): string[] {
  if (cells === undefined || cells.length === 0) return ['      (nothing in the sources)'];
  return cells.flatMap((c) => [`      - ${c.text}`, quoted(c, style, '        ')]);
}

/** A comparison: each row with every actor's cell (empty ones said so), then what they share and what only one has. */
export function renderComparison({ comparison: c }: { comparison: Comparison }, style: TerminalStyle): string {
  const names = new Map(c.actors.map((a) => [a.id, a.name]));
  const lines = [style.bold(`Compare: ${c.actors.map((a) => a.name).join(' · ')}${c.topic === undefined ? '' : `, on ${c.topic.name.toLowerCase()}`}`)];
  for (const row of c.rows) {
    lines.push('', style.bold(capitalise(row.aspect)));
    for (const a of c.actors) lines.push(`  ${a.name}:`, ...cellLines(row.cells[a.id], style));
  }
  lines.push('', style.bold('Shared'));
  if (c.shared.length === 0) lines.push('  (nothing found in common)');
  for (const s of c.shared) {
    lines.push(`  - ${s.aspect}: ${s.text} (${s.actors.map((id) => names.get(id) ?? id).join(', ')})`);
    for (const [id, cell] of Object.entries(s.cells)) lines.push(quoted(cell, style, `      ${names.get(id) ?? id}: `));
  }
  lines.push('', style.bold('Only one has'));
  for (const a of c.actors) {
    const mine = c.distinct[a.id] ?? [];
    lines.push(`  ${a.name}: ${mine.length === 0 ? '(nothing the others lack)' : ''}`.trimEnd());
    for (const d of mine) lines.push(`      - ${d.aspect}: ${d.text}`, quoted(d, style, '        '));
  }
  return lines.join('\n');
}
