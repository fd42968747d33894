import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { copyOfKnowledge } from '../support/engine.ts';
import { cli } from '../support/terminal.ts';

const askJsonSchema = z.object({
  query: z.string(),
  abstained: z.boolean(),
  results: z.array(
    z.object({
      id: z.string(),
      actor: z.string(),
      title: z.string(),
      text: z.string(),
      excerpt: z.string(),
      score: z.number(),
      source: z.object({ title: z.string(), url: z.string().url() }),
    }),
  ),
});

describe('policy-bot ask', () => {
  it('prints the top excerpts with actor, source title and link', async () => {
    const run = await cli(['ask', 'What is NIS2?']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^1\. European Union · European Union: resilience and capacity building \[eu-resilience-capacity-building#2\]/);
    expect(run.out).toContain('**NIS2**');
    expect(run.out).toContain('https://eucyberdirect.eu/atlas/country/european-union/compare/japan/united-states#:~:text=');
  });

  it('joins unquoted words into the question', async () => {
    const run = await cli(['ask', 'layered', 'resilience', '--json']);
    expect(askJsonSchema.parse(JSON.parse(run.out)).query).toBe('layered resilience');
  });

  it('prints one JSON object with --json, excerpts verbatim from the passage text', async () => {
    const run = await cli(['ask', 'Ise-Shima Principles', '--json', '--top', '2']);
    expect(run.code).toBe(0);
    const json = askJsonSchema.parse(JSON.parse(run.out));
    expect(json.abstained).toBe(false);
    expect(json.results.length).toBeLessThanOrEqual(2);
    expect(json.results[0]?.id).toBe('japan-resilience-capacity-building#3');
    for (const r of json.results) expect(r.text).toContain(r.excerpt);
  });

  it('says nothing matched for an off-topic question, with no results', async () => {
    const run = await cli(['ask', 'best chocolate cake recipe', '--json']);
    expect(run.code).toBe(0);
    expect(askJsonSchema.parse(JSON.parse(run.out))).toMatchObject({ abstained: true, results: [] });
    const text = await cli(['ask', 'best chocolate cake recipe']);
    expect(text.out).toMatch(/^Nothing in the sources answers that\. They cover European Union, Japan, United States\./);
  });

  it('filters by --actor, by any alias', async () => {
    const run = await cli(['ask', 'capacity building', '--actor', 'Washington', '--json']);
    const json = askJsonSchema.parse(JSON.parse(run.out));
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.results.every((r) => r.actor === 'us')).toBe(true);
  });

  it('answers --stdin one JSON line per input line, in order, with an error line for a refused one', async () => {
    const run = await cli(['ask', '--stdin'], ['What is NIS2?', '', 'football', 'x'.repeat(6001), 'CBMs']);
    expect(run.code).toBe(1);
    const lines = run.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.query)).toEqual(['What is NIS2?', '', 'football', 'x'.repeat(6001), 'CBMs']);
    expect(lines[1]?.error).toBe('The question is empty: ask something, e.g. "What is NIS2?".');
    expect(lines[2]).toMatchObject({ abstained: true });
    expect(lines[3]?.error).toMatch(/^\/ask: option "question" must be at most 6000 characters/);
    expect(lines[4]).toMatchObject({ abstained: false });
  });

  it.each([
    [['ask', ''], 1, 'The question is empty'],
    [['ask', 'x'.repeat(6001)], 1, 'option "question" must be at most 6000 characters'],
    [['ask', 'CCB', '--actor', 'mars'], 1, 'Unknown actor "mars". Known actors: eu (European Union), japan (Japan), us (United States).'],
    [['ask', 'CCB', '--top', '99'], 1, 'option "top" must be at most 10'],
    [['ask', 'CCB', '--colour'], 2, "Unknown option '--colour'"],
    [['show', 'nope#1'], 1, 'There is no passage "nope#1".'],
    [['frobnicate'], 2, 'Unknown command "frobnicate".'],
  ])('refuses %j with exit %i and a clear message', async (args, code, message) => {
    const run = await cli(args);
    expect(run.code).toBe(code);
    expect(run.err).toContain(message);
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});

describe('policy-bot show and sources', () => {
  it('prints one passage whole with its citation', async () => {
    const run = await cli(['show', 'us-resilience-capacity-building#2']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('The US has been active in engaging in strategically-minded capacity building with partners;');
    expect(run.out).toContain('Source: EU Cyber Direct, Cyber Policy Atlas');
  });

  it('lists the documents and actors', async () => {
    const run = await cli(['sources', '--json']);
    const json = JSON.parse(run.out) as { actors: { id: string; documents: { id: string }[] }[] };
    expect(json.actors.map((a) => [a.id, a.documents.map((d) => d.id)])).toEqual([
      ['eu', ['eu-resilience-capacity-building']],
      ['japan', ['japan-resilience-capacity-building']],
      ['us', ['us-resilience-capacity-building']],
    ]);
  });
});

describe('--knowledge', () => {
  it('reads another corpus, and a malformed one fails naming file and field, before answering anything', async () => {
    const dir = await copyOfKnowledge();
    try {
      await writeFile(join(dir, 'broken.md'), '---\nid: x\ntitle: X\nactor: eu\n---\n\nText.\n');
      const run = await cli(['ask', 'NIS2', '--knowledge', dir]);
      expect(run.code).toBe(3);
      expect(run.out).toBe('');
      expect(run.err).toBe('policy-bot: broken.md: source: is missing (expected object)\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
