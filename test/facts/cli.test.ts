import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { scriptedTerminal } from '../support/terminal.ts';
import { SEED_DIR } from './helpers.ts';

let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'policy-bot-cli-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

async function run(args: readonly string[], input: readonly string[] = []): Promise<{ code: number; out: string; err: string }> {
  const terminal = scriptedTerminal(input);
  const code = await runCli(args, terminal.io, { KNOWLEDGE_DIR: SEED_DIR, CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' });
  return { code, out: terminal.out(), err: terminal.err() };
}

describe('policy-bot actor / timeline / compare', () => {
  it('prints a profile as JSON in the documented shape', async () => {
    const { code, out } = await run(['actor', 'Japan', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      actor: { id: string; name: string };
      fields: Record<string, { text: string; quote: string; passageId: string; year?: number }[]>;
      gaps: string[];
    };
    expect(json.actor).toMatchObject({ id: 'japan', name: 'Japan' });
    // The curated fields, then the new ones (issue 15): documents in the sources, lead agencies, CERTs, laws, international instruments.
    expect(Object.keys(json.fields)).toEqual([
      'documents',
      'planned',
      'themes',
      'approach',
      'capacityBuilding',
      'partners',
      'sources',
      'leadAgencies',
      'responseTeams',
      'laws',
      'international',
    ]);
    expect(json.fields.documents?.[0]).toEqual(
      expect.objectContaining({ text: expect.any(String), quote: expect.any(String), passageId: 'japan-resilience-capacity-building#1', year: 2018 }),
    );
    expect(json.gaps).toEqual(['no passage on planned initiatives for Japan']);
  });

  it('takes a repeated --actor and prints events in the documented shape', async () => {
    const { code, out } = await run(['timeline', '--actor', 'eu', '--actor', 'japan', '--json']);
    expect(code).toBe(0);
    const { events } = JSON.parse(out) as { events: Record<string, unknown>[] };
    expect(events.map((e) => e.actor)).not.toContain('us');
    expect(events[0]).toEqual({
      date: '2013',
      year: 2013,
      actor: 'eu',
      actorName: 'European Union',
      label: '2013 Cybersecurity Act',
      quote: expect.stringContaining('2013 and 2019 Cybersecurity Acts'),
      passageId: 'eu-resilience-capacity-building#1',
      planned: false,
    });
    expect(events.find((e) => e.date === '2016-05')).toMatchObject({ year: 2016, month: 5 });
    expect(events.at(-1)).toMatchObject({ date: null, planned: true, label: 'network of Security Operations Centres (SOC)' });
  });

  it('compares actors given as positionals, on a topic, in the documented shape', async () => {
    const { code, out } = await run(['compare', 'eu', 'japan', 'us', '--topic', 'resilience', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      actors: { id: string }[];
      topic: string;
      rows: { aspect: string; cells: Record<string, unknown[]> }[];
      shared: unknown[];
      distinct: Record<string, unknown[]>;
    };
    expect(json.actors.map((a) => a.id)).toEqual(['eu', 'japan', 'us']);
    expect(json.topic).toBe('resilience');
    for (const row of json.rows) expect(Object.keys(row.cells)).toEqual(['eu', 'japan', 'us']);
    expect(Object.keys(json.distinct)).toEqual(['eu', 'japan', 'us']);
    expect(json.shared.length).toBeGreaterThan(0);
  });

  it('exits non-zero with a clear message for a backwards range, an unknown actor or topic', async () => {
    const range = await run(['timeline', '--from', '2020', '--to', '2016']);
    expect(range.code).toBe(1);
    expect(range.err).toBe('The range runs backwards: --from 2020 is after --to 2016.\n');
    const actor = await run(['actor', 'Atlantis']);
    expect(actor.code).toBe(1);
    expect(actor.err).toMatch(/^Unknown actor "Atlantis"\. Known actors: eu \(European Union\)/u);
    const topic = await run(['compare', 'eu', 'us', '--topic', 'gardening']);
    expect(topic.code).toBe(1);
    expect(topic.err).toMatch(/^Unknown topic "gardening"/u);
  });

  it('answers the same commands in the console', async () => {
    const { out } = await run([], ['/timeline actor:japan', '/compare actor_a:eu actor_b:us topic:cyber-defence', '/actor EU']);
    expect(out).toContain('Timeline: Japan');
    expect(out).toContain('2016-05  Japan: G7 Ise-Shima Summit');
    expect(out).toContain('Best passage on cyber defence\n  European Union:\n      (nothing in the sources)');
    expect(out).toContain('Gaps\n  - no passage on partners and fora for European Union');
  });

  it('defines the slash commands within Discord’s limits, with autocomplete where they name actors and topics', async () => {
    const registry = await loadCommands();
    const options = (name: string) =>
      registry
        .get(name)
        .options.filter((o) => o.discordOnly !== true)
        .map((o) => [o.name, o.type, o.required === true, o.autocomplete ?? null]);
    expect(options('actor')).toEqual([['name', 'string', true, 'actor']]);
    expect(options('timeline')).toEqual([
      ['actor', 'string', false, 'actor'],
      ['topic', 'string', false, 'topic'],
      ['from', 'integer', false, null],
      ['to', 'integer', false, null],
    ]);
    expect(options('compare')).toEqual([
      ['actor_a', 'string', true, 'actor'],
      ['actor_b', 'string', true, 'actor'],
      ['actor_c', 'string', false, 'actor'],
      ['topic', 'string', false, 'topic'],
    ]);
  });
});
