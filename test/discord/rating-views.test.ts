/**
 * 👍 / 👎 under an /ask answer: their custom ids round-trip within Discord's
 * 100 characters, they sit in a row of their own, last, and the message stays
 * within five rows however many other buttons it has; /feedback's message
 * stays within Discord's limits.
 */
import { describe, expect, it } from 'vitest';
import type { RatedQuestion } from '../../src/feedback/store.ts';
import { reply } from '../../src/replies.ts';
import type { AnswerHit, AskResult } from '../../src/search/answer.ts';
import { buttonId, parseButtonId } from '../../src/views/discord/buttons.ts';
import { LIMITS, messageProblems } from '../../src/views/discord/limits.ts';
import { renderDiscord } from '../../src/views/discord/render.ts';

function hit(n: number): AnswerHit {
  const text = `Passage ${n} on capacity building.`;
  return {
    passage: {
      id: `doc#${n}`,
      docId: 'doc',
      actor: 'eu',
      actorName: 'European Union',
      title: 'A title',
      source: { publisher: 'Publisher', title: 'Source', url: 'https://example.org/p', retrieved: '2024-01-01' },
      topics: [],
      position: { index: n, paragraph: n },
      sentenceBounds: [0, text.length],
      text,
    },
    score: 1,
    evidence: 1,
    excerpt: { text, start: 0, end: text.length, marks: [] },
    link: undefined,
  };
}

function result(hits: number, total: number): AskResult {
  return {
    query: 'capacity building',
    plan: { question: 'capacity building', language: 'en', terms: [], mentionedActors: [], years: [], expansions: [], shortened: false },
    scope: 'all',
    abstained: hits === 0,
    total,
    offset: 0,
    results: Array.from({ length: hits }, (_, i) => hit(i + 1)),
  };
}

const covers = { actors: ['European Union'], topics: ['Resilience'] };

describe('rating buttons', () => {
  it('round-trip their custom ids', () => {
    for (const value of ['up', 'down'] as const) {
      const id = buttonId({ kind: 'rate', value, key: 'Ab3_-xYz09' });
      expect(id).toBe(`rate:${value}:Ab3_-xYz09`);
      expect(parseButtonId(id ?? '')).toEqual({ kind: 'rate', value, key: 'Ab3_-xYz09' });
    }
    expect(parseButtonId('rate:meh:Ab3')).toBeUndefined();
  });

  it('are the last row of an answer, within five rows even with ten passages and More results', () => {
    const m = renderDiscord(reply('ask', { result: result(10, 30), covers }), { pageKey: 'p1', rateKey: 'r1' });
    expect(m.components.length).toBeLessThanOrEqual(LIMITS.rows);
    expect(m.components.at(-1)?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['rate:up:r1', 'rate:down:r1']);
    expect(messageProblems(m)).toEqual([]);
  });

  it('are absent without a rate key, and from an abstention', () => {
    const plain = renderDiscord(reply('ask', { result: result(2, 2), covers }));
    expect(plain.components.flatMap((r) => r.components).some((b) => 'custom_id' in b && b.custom_id.startsWith('rate:'))).toBe(false);
    const none = renderDiscord(reply('ask', { result: result(0, 0), covers }), { rateKey: 'r1' });
    expect(none.components).toEqual([]);
  });
});

describe('/feedback on Discord', () => {
  it('stays within Discord limits for a long listing and counts what it leaves out', () => {
    const questions: RatedQuestion[] = Array.from({ length: 60 }, (_, i) => ({
      question: `${'Why does the answer miss the point '.repeat(10)}${i}`,
      passageIds: Array.from({ length: 10 }, (_, j) => `some-long-document-id-${j}#${i}`),
      up: 0,
      down: 60 - i,
      lastVote: '2026-03-01T00:00:00.000Z',
    }));
    const m = renderDiscord(reply('feedback', { listing: { available: true, questions } }, { hide: true }));
    expect(messageProblems(m)).toEqual([]);
    expect(m.flags).toBe(64);
    expect(m.embeds[0]?.footer?.text).toMatch(/^\d+ more: run "npx policy-bot feedback"/u);
  });

  it('says when ratings are unavailable', () => {
    const m = renderDiscord(reply('feedback', { listing: { available: false } }, { hide: true }));
    expect(m.content).toContain('Feedback is unavailable');
    expect(m.embeds).toEqual([]);
  });
});
