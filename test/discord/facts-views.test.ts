import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorProfile } from '../../src/facts/profile.ts';
import type { Timeline, TimelineEvent } from '../../src/facts/timeline.ts';
import type { Comparison } from '../../src/facts/compare.ts';
import { PROFILE_FIELDS } from '../../src/knowledge/schema.ts';
import type { Source } from '../../src/knowledge/corpus.ts';
import { reply } from '../../src/replies.ts';
import { messageProblems } from '../../src/views/discord/limits.ts';
import { discordPageCount, renderDiscord } from '../../src/views/discord/render.ts';

const SOURCE: Source = { publisher: 'P', title: 'T', url: 'https://example.org/page', retrieved: '2026-01-01' };
const hostile = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.constantFrom('@everyone', '<@123456789012345678>', '[x](https://evil.example)', '**bold** `code`', 'https://evil.example/a', '# heading'),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
);
const entry = fc.record({ text: hostile, quote: hostile.filter((q) => q.trim() !== ''), passageId: fc.constantFrom('a#1', 'b#2', 'missing#9') });
const sources = new Map([
  ['a#1', SOURCE],
  ['b#2', SOURCE],
]);
const actor = fc.record({
  id: fc.constantFrom('x', 'y', 'z'),
  name: hostile.filter((n) => n.trim() !== ''),
  kind: fc.constantFrom('state' as const, 'union' as const),
  aliases: fc.array(hostile, { maxLength: 3 }),
});

const profile: fc.Arbitrary<ActorProfile> = fc.record({
  actor,
  fields: fc.record(
    Object.fromEntries(PROFILE_FIELDS.map((f) => [f, fc.array(entry, { maxLength: 30 })])) as Record<
      (typeof PROFILE_FIELDS)[number],
      fc.Arbitrary<{ text: string; quote: string; passageId: string }[]>
    >,
  ),
  gaps: fc.array(hostile, { maxLength: 6 }),
  passages: fc.nat(1000),
});

const event: fc.Arbitrary<TimelineEvent> = fc.record({
  date: fc.option(fc.constantFrom('2016', '2016-05'), { nil: null }),
  actor: fc.constant('x'),
  actorName: hostile,
  label: hostile,
  quote: hostile,
  passageId: fc.constantFrom('a#1', 'b#2'),
  planned: fc.boolean(),
});

/** Every page of a reply: each within every Discord limit, nothing live pinged. */
function allPagesFit(r: Parameters<typeof renderDiscord>[0]): void {
  const count = discordPageCount(r);
  for (let page = 0; page < count; page++) {
    const message = renderDiscord(r, { pageKey: 'k', page });
    expect(messageProblems(message)).toEqual([]);
    expect(message.allowedMentions).toEqual({ parse: [] });
    const text = JSON.stringify(message.embeds) + (message.content ?? '');
    expect(text).not.toMatch(/(?<!\\)@everyone/u);
  }
}

describe('structured answers on Discord stay within every limit', () => {
  it('profiles, on every page', () => {
    fc.assert(
      fc.property(profile, (p) => allPagesFit(reply('actor', { profile: p, sources }))),
      { numRuns: 60 },
    );
  });

  it('timelines, on every page', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), fc.array(event, { maxLength: 20 }), (dated, planned) => {
        const timeline: Timeline = { actors: [], dated, planned };
        allPagesFit(reply('timeline', { timeline, sources }));
      }),
      { numRuns: 60 },
    );
  });

  it('comparisons, on every page', () => {
    fc.assert(
      fc.property(fc.uniqueArray(actor, { minLength: 2, maxLength: 3, selector: (a) => a.id }), fc.array(entry, { maxLength: 12 }), (actors, cells) => {
        const comparison: Comparison = {
          actors,
          rows: ['Documents', 'Approach'].map((aspect) => ({ aspect, cells: Object.fromEntries(actors.map((a, i) => [a.id, i === 0 ? [] : cells])) })),
          shared: cells
            .slice(0, 3)
            .map((c) => ({ aspect: 'Partners', text: c.text, actors: actors.map((a) => a.id), cells: Object.fromEntries(actors.map((a) => [a.id, c])) })),
          distinct: Object.fromEntries(actors.map((a) => [a.id, cells.slice(0, 2).map((c) => ({ ...c, aspect: 'Approach' }))])),
        };
        allPagesFit(reply('compare', { comparison, sources }));
      }),
      { numRuns: 60 },
    );
  });

  it('shows the page asked for and offers Previous and Next between pages', () => {
    const quote = 'A long sentence about cyber resilience and capacity building, repeated to fill a field. '.repeat(5);
    const entries = Array.from({ length: 10 }, (_, i) => ({ text: `Entry ${i}`, quote, passageId: 'a#1' }));
    const long: ActorProfile = {
      actor: { id: 'x', name: 'Norland', kind: 'state', aliases: [] },
      fields: { documents: entries, planned: entries, themes: entries, approach: entries, capacityBuilding: entries, partners: entries },
      gaps: [],
      passages: 3,
    };
    const r = reply('actor', { profile: long, sources });
    expect(discordPageCount(r)).toBeGreaterThanOrEqual(3);
    const labels = (page: number) =>
      renderDiscord(r, { pageKey: 'k', page }).components.flatMap((row) => row.components.map((b) => ('label' in b ? b.label : '')));
    expect(labels(0)).toEqual(['Next']);
    expect(labels(1)).toEqual(['Previous', 'Next']);
    expect(labels(discordPageCount(r) - 1)).toEqual(['Previous']);
    expect(renderDiscord(r, { pageKey: 'k', page: 1 }).content).toMatch(/\(page 2 of \d+\)$/u);
  });
});
