/**
 * End to end on the loopback Discord: /timeline and /compare answer with
 * their text at once (a reply, or a deferred reply's edit), then add their
 * picture with a multipart edit of that message that leaves the text as it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import type { FakeDiscord, InteractionCallback, RecordedFile } from '../../fixtures/discord/fake-discord.ts';
import { OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';
import { pngSize } from '../support/png.ts';

interface Payload {
  content: string;
  embeds: { title: string }[];
  attachments?: { id: string; description?: string }[];
}

const payload = (cb: InteractionCallback): Payload => (cb.body.data ?? {}) as unknown as Payload;

/** The text the bot answered `cb` with: the reply itself, or the first edit of a reply it deferred. */
async function textOf(fake: FakeDiscord, cb: InteractionCallback): Promise<Payload> {
  if (cb.body.type === 4) return payload(cb);
  expect(cb.body.type).toBe(5);
  return (await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${cb.token}/messages/@original`) && r.files.length === 0, 15_000))
    .body as Payload;
}

/** The edit that adds the picture to the answer to `cb`. */
async function pictureEdit(fake: FakeDiscord, cb: InteractionCallback): Promise<{ data: Payload; files: readonly RecordedFile[] }> {
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${cb.token}/messages/@original`) && r.files.length > 0, 15_000);
  return { data: edit.body as Payload, files: edit.files };
}

function onlyPng(files: readonly RecordedFile[], name: string): { width: number; height: number } {
  expect(files.map((f) => f.name)).toEqual([name]);
  const size = pngSize(files[0]?.bytes ?? new Uint8Array());
  expect(size.width).toBeGreaterThanOrEqual(800);
  expect(files[0]?.bytes.byteLength).toBeLessThan(1_000_000);
  return size;
}

describe('pictures on Discord', () => {
  const alice = testUser('alice');
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('/timeline replies with the text answer and the timeline picture, described for screen readers', async () => {
    const cb = await bot.fake.interact(slashCommand(bot.fake, alice, 'timeline', []), 15_000);
    const text = await textOf(bot.fake, cb);
    expect(text.content).toBe('**Timeline:** all actors');
    expect(text.embeds.map((e) => e.title)).toContain('Dated events');
    // The picture follows as an edit that adds it and leaves the text as it is.
    const { data, files } = await pictureEdit(bot.fake, cb);
    expect(data.content).toBeUndefined();
    expect(data.embeds).toBeUndefined();
    expect(onlyPng(files, 'timeline.png').width).toBeGreaterThan(1200);
    expect(data.attachments).toEqual([{ id: '0', description: 'Timeline: 8 dated events, 2013–2021 · 3 planned or undated.' }]);
  });

  it('/compare replies with the comparison grid', async () => {
    const cb = await bot.fake.interact(
      slashCommand(bot.fake, alice, 'compare', [
        { name: 'actor_a', type: OPTION_TYPE.string, value: 'eu' },
        { name: 'actor_b', type: OPTION_TYPE.string, value: 'japan' },
      ]),
      15_000,
    );
    expect((await textOf(bot.fake, cb)).content).toMatch(/^\*\*Compare:\*\* European Union · Japan/u);
    onlyPng((await pictureEdit(bot.fake, cb)).files, 'comparison.png');
  });

  it('gives a one-lane /timeline a narrower picture, which a phone shows larger', async () => {
    const cb = await bot.fake.interact(
      slashCommand(bot.fake, testUser('bob'), 'timeline', [{ name: 'actor', type: OPTION_TYPE.string, value: 'japan' }]),
      15_000,
    );
    expect((await textOf(bot.fake, cb)).content).toBe('**Timeline:** Japan');
    expect(onlyPng((await pictureEdit(bot.fake, cb)).files, 'timeline.png').width).toBeLessThan(1000);
  });
});
