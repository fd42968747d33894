/**
 * An `actor-silent` answer in every view: it says the named actor's
 * documents are silent, and shows other actors' passages apart, each under
 * its own actor's name, never as the named actor's answer.
 */
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/replies.ts';
import type { AskResult, OtherActorHit } from '../../src/search/answer.ts';
import type { Passage } from '../../src/passages/chunk.ts';
import { renderDiscord } from '../../src/views/discord/render.ts';
import { messageProblems } from '../../src/views/discord/limits.ts';
import { renderJson } from '../../src/views/json/render.ts';
import { renderTerminal } from '../../src/views/terminal/render.ts';
import { silenceText } from '../../src/views/silence.ts';
import { MAX_TOPIC_CHARS, topicOf } from '../../src/views/topic.ts';

const text = 'Ghana will protect children online through awareness campaigns.';
const passage: Passage = {
  id: 'ghana-2024#7',
  docId: 'ghana-2024',
  actor: 'ghana',
  actorName: 'Ghana',
  title: 'Ghana strategy',
  source: { publisher: 'Publisher', title: 'Source title', url: 'https://example.org/ghana', retrieved: '2024-01-01' },
  topics: [],
  position: { index: 7, paragraph: 7 },
  text,
  sentenceBounds: [0, text.length],
};
const other: OtherActorHit = {
  passage,
  score: 3,
  evidence: 1,
  excerpt: { text, start: 0, end: text.length, marks: [] },
  link: 'https://example.org/ghana#:~:text=Ghana',
  year: 2024,
  actor: 'ghana',
  actorName: 'Ghana',
  id: passage.id,
};
const question = 'What is Norway doing to protect children online?';
const result: AskResult = {
  query: question,
  plan: { question, language: 'en', terms: [], mentionedActors: ['norway'], years: [], expansions: [], shortened: false },
  abstained: true,
  reason: 'actor-silent',
  actor: 'norway',
  actorName: 'Norway',
  scope: 'actor',
  total: 0,
  offset: 0,
  results: [],
  others: [other],
};
const body = { result, covers: { actors: ['Norway', 'Ghana'], topics: [] } };

describe('an actor-silent answer', () => {
  it('in the terminal: says Norway is silent, then Ghana’s passage as another actor’s', () => {
    const out = renderTerminal(reply('ask', body));
    expect(out).toMatch(/^Norway’s documents say nothing about “protect children online”\./u);
    expect(out).toContain('these are not Norway’s');
    expect(out.indexOf('not Norway’s')).toBeLessThan(out.indexOf('- Ghana'));
    expect(out).toContain(text);
  });

  it('in JSON: abstained, the reason, no results, and others with actor and id', () => {
    expect(renderJson(reply('ask', body))).toMatchObject({
      abstained: true,
      reason: 'actor-silent',
      actor: 'norway',
      results: [],
      others: [{ actor: 'ghana', actorName: 'Ghana', id: 'ghana-2024#7', excerpt: text, year: 2024 }],
    });
  });

  it('on Discord: a first embed saying so, then Ghana’s excerpt under Ghana’s name, within limits', () => {
    const m = renderDiscord(reply('ask', body), {});
    expect(m.embeds[0]?.title).toBe('Norway’s documents say nothing about “protect children online”.');
    expect(m.embeds[0]?.description).toContain('not Norway’s');
    expect(m.embeds[1]).toMatchObject({ author: { name: 'Ghana' } });
    expect(m.embeds[1]?.description).toContain('awareness campaigns');
    expect(messageProblems(m)).toEqual([]);
  });

  it('on Discord: five other actors with long passages still fit one message', () => {
    const long = 'Ghana will protect children online. '.repeat(60);
    const hit = (i: number): OtherActorHit => ({
      ...other,
      id: `ghana-2024#${i}`,
      passage: { ...passage, id: `ghana-2024#${i}`, text: long, title: 'T'.repeat(300) },
      excerpt: { text: long, start: 0, end: long.length, marks: [] },
    });
    const m = renderDiscord(reply('ask', { ...body, result: { ...result, others: Array.from({ length: 5 }, (_, i) => hit(i)) } }), {});
    expect(m.embeds).toHaveLength(6);
    expect(messageProblems(m)).toEqual([]);
  });
});

describe('the topic the silence names', () => {
  const about = (q: string, actor = 'norway', actorName = 'Norway') =>
    topicOf({ ...result, query: q, actor, actorName, plan: { ...result.plan, question: q } });

  it('is the question’s own words after the actor, without what it asks the document to do', () => {
    expect(about("What is Norway's approach to cybersecurity education?")).toBe('cybersecurity education');
    expect(about("Does Norway's strategy say anything about quantum computing?")).toBe('quantum computing');
    expect(about('Does Singapore follow the Digital Operational Resilience Act (DORA)?', 'singapore', 'Singapore')).toBe(
      'follow the Digital Operational Resilience Act (DORA)',
    );
    expect(about('What does Austria say about Gaia-X?', 'austria', 'Austria')).toBe('Gaia-X');
  });

  it('is the side of the actor’s name that says more', () => {
    expect(about('Who will register CERTs in the CIIs of Bangladesh?', 'bangladesh', 'Bangladesh')).toBe('register CERTs in the CIIs');
    expect(about('How did the attacker get into the SWIFT system of Bangladesh Bank?', 'bangladesh', 'Bangladesh')).toBe('attacker get into the SWIFT system');
  });

  it('is left out when nothing is left or it is too long: the sentence then says "that answers this"', () => {
    expect(about('Norway?')).toBeUndefined();
    const long = `What does Norway say about ${'very specific and rather long worded things '.repeat(3)}?`;
    expect(long.length).toBeGreaterThan(MAX_TOPIC_CHARS);
    expect(about(long)).toBeUndefined();
    expect(silenceText({ ...result, plan: { ...result.plan, question: 'Norway?' } })).toBe('Norway’s documents say nothing that answers this.');
  });
});

describe('an actor-absent answer (a country the library has no documents of)', () => {
  const asked = 'How does Germany protect children online?';
  const { actor: _actor, actorName: _actorName, ...unnamed } = result;
  const absent: AskResult = {
    ...unnamed,
    query: asked,
    plan: { ...result.plan, question: asked, mentionedActors: [] },
    reason: 'actor-absent',
    scope: 'all',
    absent: ['Germany'],
  };
  const absentBody = { ...body, result: absent };

  it('in the terminal: says the library holds nothing of Germany, then Ghana’s passage as another actor’s', () => {
    const out = renderTerminal(reply('ask', absentBody));
    expect(out).toMatch(/^The library holds no documents of Germany\./u);
    expect(out).toContain('none of these is about the country asked about');
    expect(out.indexOf('none of these')).toBeLessThan(out.indexOf('- Ghana'));
    expect(out).toContain(text);
  });

  it('names every country asked about', () => {
    expect(silenceText({ ...absent, absent: ['Germany', 'France'] })).toBe('The library holds no documents of Germany or France.');
    expect(silenceText({ ...absent, absent: ['Germany', 'France', 'Italy'] })).toBe('The library holds no documents of Germany, France or Italy.');
  });

  it('in JSON: abstained, the reason, the countries, no results, and others with actor and id', () => {
    const json = renderJson(reply('ask', absentBody));
    expect(json).toMatchObject({ abstained: true, reason: 'actor-absent', absent: ['Germany'], results: [], others: [{ actor: 'ghana', id: 'ghana-2024#7' }] });
    expect(json).not.toHaveProperty('actor');
  });

  it('on Discord: a first embed saying so, then Ghana’s excerpt under Ghana’s name, within limits', () => {
    const m = renderDiscord(reply('ask', absentBody), {});
    expect(m.embeds[0]?.title).toBe('The library holds no documents of Germany.');
    expect(m.embeds[1]).toMatchObject({ author: { name: 'Ghana' } });
    expect(messageProblems(m)).toEqual([]);
  });
});
