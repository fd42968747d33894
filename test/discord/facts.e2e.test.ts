/**
 * End to end for the structured commands: /actor, /timeline and /compare
 * through the real discord.js Client against the loopback Discord, paging
 * included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import type { InteractionCallback } from '../../fixtures/discord/fake-discord.ts';
import { buttonPress, OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { messageProblems } from '../../src/views/discord/limits.ts';
import type { DiscordMessage } from '../../src/views/discord/message.ts';

interface Field {
  name: string;
  value: string;
}
interface Embed {
  title: string;
  fields?: Field[];
}
interface Data {
  content: string;
  embeds: Embed[];
  components?: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions: unknown;
}

const data = (cb: InteractionCallback): Data => (cb.body.data ?? {}) as unknown as Data;
const fields = (d: Data): Field[] => d.embeds.flatMap((e) => e.fields ?? []);
const buttons = (d: Data) => (d.components ?? []).flatMap((r) => r.components);
/** The callback as the message shape the view tests check against Discord's limits. */
const asMessage = (d: Data): DiscordMessage => ({
  content: d.content,
  embeds: d.embeds as DiscordMessage['embeds'],
  components: (d.components ?? []) as DiscordMessage['components'],
  allowedMentions: { parse: [] },
});

describe('/actor, /timeline and /compare on Discord', () => {
  let bot: BotHarness;
  const alice = testUser('alice');
  const bob = testUser('bob');
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('/actor gives the profile as quoted fields, each linked to its sentence, paged with Next', async () => {
    const first = data(await bot.fake.interact(slashCommand(bot.fake, alice, 'actor', [{ name: 'name', type: OPTION_TYPE.string, value: 'Japan' }])));
    expect(first.content).toMatch(/^\*\*Japan\*\* \(state; also Japanese, Tokyo/u);
    expect(first.allowed_mentions).toEqual({ parse: [] });
    expect(first.embeds[0]?.title).toBe('Documents and instruments');
    const doc = fields(first)[0];
    expect(doc?.name).toContain('2018 Cybersecurity Strategy');
    expect(doc?.value).toMatch(/^> Resilience constitutes one of the central objectives/u);
    expect(doc?.value).toMatch(/ \[japan-resilience-capacity-building#1\]\(https:\/\/eucyberdirect\.eu\/[^)]+#:~:text=[^)]+\)$/u);
    expect(messageProblems(asMessage(first))).toEqual([]);

    const next = buttons(first).find((b) => b.label === 'Next');
    expect(first.content).toMatch(/\(page 1 of \d+\)$/u);
    expect(next?.custom_id).toMatch(/^page:[\w-]+:1$/u);
    const second = await bot.fake.interact(buttonPress(bot.fake, alice, next?.custom_id ?? '', { embeds: first.embeds, components: first.components }));
    expect(second.body.type).toBe(7);
    expect(data(second).content).toMatch(/\(page 2 of \d+\)$/u);
    expect(buttons(data(second)).map((b) => b.label)).toContain('Previous');
    expect(messageProblems(asMessage(data(second)))).toEqual([]);

    // Someone else pressing Next sees that page privately.
    const other = await bot.fake.interact(buttonPress(bot.fake, bob, next?.custom_id ?? ''));
    expect(other.body).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('/timeline lists dated events in order, then planned ones', async () => {
    const d = data(await bot.fake.interact(slashCommand(bot.fake, alice, 'timeline', [])));
    expect(d.content).toBe('**Timeline:** all actors');
    const dated = d.embeds.find((e) => e.title === 'Dated events')?.fields?.map((f) => f.name) ?? [];
    expect(dated[0]).toBe('2013 · European Union: 2013 Cybersecurity Act');
    expect(dated.at(-1)).toBe('2021-03 · United States: 2021 Interim National Security Strategic Guidance');
    const years = dated.map((n) => Number(n.slice(0, 4)));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(d.embeds.find((e) => e.title === 'Planned and undated')?.fields?.every((f) => f.name.startsWith('planned · European Union'))).toBe(true);
  });

  it('/timeline with a backwards range is a private message saying so', async () => {
    const cb = await bot.fake.interact(
      slashCommand(bot.fake, alice, 'timeline', [
        { name: 'from', type: OPTION_TYPE.integer, value: 2020 },
        { name: 'to', type: OPTION_TYPE.integer, value: 2010 },
      ]),
    );
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64, content: 'The range runs backwards: --from 2020 is after --to 2010.' } });
  });

  it('/compare on a topic has a field per actor in every row, an empty one said so', async () => {
    const d = data(
      await bot.fake.interact(
        slashCommand(bot.fake, alice, 'compare', [
          { name: 'actor_a', type: OPTION_TYPE.string, value: 'eu' },
          { name: 'actor_b', type: OPTION_TYPE.string, value: 'us' },
          { name: 'topic', type: OPTION_TYPE.string, value: 'cyber-defence' },
        ]),
      ),
    );
    expect(d.content).toMatch(/^\*\*Compare:\*\* European Union · United States on Cyber defence/u);
    const row = d.embeds[0];
    const names = row?.fields?.map((f) => f.name) ?? [];
    expect(names.some((n) => n.startsWith('European Union'))).toBe(true);
    expect(names.some((n) => n.startsWith('United States'))).toBe(true);
    expect(fields(d).some((f) => /^No passage on .+ for European Union\.$/u.test(f.value))).toBe(true);
  });
});
