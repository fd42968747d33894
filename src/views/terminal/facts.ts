/** Terminal views of the facts replies: profiles, timelines, comparisons. Every entry shows its quote and passage id. */
import type { Comparison, CompareCell } from '../../facts/compare.ts';
import type { FactEntry } from '../../facts/entries.ts';
import { FIELD_NAMES, READING_ORDER } from '../../facts/profile.ts';
import type { ActorProfile } from '../../facts/profile.ts';
import type { Timeline, TimelineEvent } from '../../facts/timeline.ts';
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
  // A law is listed under laws, not again under documents and instruments.
  const laws = new Set((profile.fields.laws ?? []).map((e) => `${e.text}\0${e.passageId}`));
  for (const field of READING_ORDER) {
    const all: readonly FactEntry[] = profile.fields[field] ?? [];
    const entries = field === 'documents' ? all.filter((e) => !laws.has(`${e.text}\0${e.passageId}`)) : all;
    if (entries.length === 0) continue;
    lines.push('', style.bold(capitalise(FIELD_NAMES[field])));
    for (const e of entries) {
      const from = e.document === undefined ? '' : ` · ${e.document}`;
      const way = e.direction === undefined ? '' : `(${e.direction}) `;
      // An entry that is its own quote (an approach sentence) is shown once, as the quote.
      if (e.text === e.quote) lines.push(`  - ${way}“${e.quote}” ${style.dim(`[${e.passageId}${from}]`)}${e.curated === true ? ' (curated)' : ''}`);
      else lines.push(`  - ${e.text}${e.curated === true ? ' (curated)' : ''}`, `    ${style.dim(`“${e.quote}” [${e.passageId}${from}]`)}`);
      // The same item named elsewhere: where, not what (the quotes are in --json).
      if (e.citations !== undefined && e.citations.length > 0) lines.push(`    ${style.dim(`also cited: ${e.citations.map((c) => c.passageId).join(', ')}`)}`);
    }
  }
  if (profile.gaps.length > 0) lines.push('', style.bold('Gaps'), ...profile.gaps.map((g) => `  - ${g}`));
  return lines.join('\n');
}

function eventLine(e: TimelineEvent, style: TerminalStyle): string[] {
  const when = e.date === null ? 'planned' : `${e.date}${e.untilYear === undefined ? '' : `–${e.untilYear}`}`;
  return [
    `  ${when.padEnd(8)} ${e.actorName}: ${e.label}${e.international === true ? ' (international)' : ''}${e.planned && e.date !== null ? ' (planned)' : ''}`,
    quoted(e, style, '           '),
  ];
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

/** How many items of one actor a comparison row shows in a terminal; `--json` has them all. */
const CELL_ITEMS_SHOWN = 8;

/** One line per item: the item (or its sentence, when the item is a sentence) and a short citation; the quote is in `--json`. */
function cellLines(cells: readonly CompareCell[] | undefined, style: TerminalStyle): string[] {
  if (cells === undefined || cells.length === 0) return ['      (nothing in the sources)'];
  const lines = cells.slice(0, CELL_ITEMS_SHOWN).map((c) => `      - ${c.text === c.quote ? `“${c.text}”` : c.text} ${style.dim(`[${c.passageId}]`)}`);
  if (cells.length > CELL_ITEMS_SHOWN) lines.push(`      … and ${cells.length - CELL_ITEMS_SHOWN} more (--json lists them all, with quotes)`);
  return lines;
}

/**
 * A comparison: each row with every actor's cell (empty ones said so), then what they share and
 * what only one has. One line per item with a short citation; the quotes are in `--json`.
 */
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
    const cites = Object.values(s.cells)
      .map((cell) => cell.passageId)
      .join('; ');
    lines.push(`  - ${s.aspect}: ${s.text} (${s.actors.map((id) => names.get(id) ?? id).join(', ')}) ${style.dim(`[${cites}]`)}`);
  }
  lines.push('', style.bold('Only one has'));
  for (const a of c.actors) {
    const mine = c.distinct[a.id] ?? [];
    lines.push(`  ${a.name}: ${mine.length === 0 ? '(nothing the others lack)' : ''}`.trimEnd());
    for (const d of mine) lines.push(`      - ${d.aspect}: ${d.text} ${style.dim(`[${d.passageId}]`)}`);
  }
  return lines.join('\n');
}
