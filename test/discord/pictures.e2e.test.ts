/**
 * End to end on the loopback Discord: /timeline and /compare reply with
 * their picture attached (a multipart interaction response, or a multipart
 * edit of a deferred reply), the text answer unchanged beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from '../support/bot-harness.ts';
import type { FakeDiscord, InteractionCallback, RecordedFile } from '../support/fake-discord.ts';
import { OPTION_TYPE, slashCommand, testUser } from '../support/interactions.ts';
import { pngSize } from '../support/png.ts';

interface Payload {
  content: string;
  embeds: { title: string }[];
  attachments?: { id: string; description?: string }[];
}

const payload = (cb: InteractionCallback): Payload => (cb.body.data ?? {}) as unknown as Payload;

/** The message the bot sent for `cb`: the reply itself, or the edit of a reply it deferred (work past its deferral time). */
async function answerOf(fake: FakeDiscord, cb: InteractionCallback): Promise<{ data: Payload; files: readonly RecordedFile[] }> {
  if (cb.body.type === 4) return { data: payload(cb), files: cb.request.files };
  expect(cb.body.type).toBe(5);
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${cb.token}/messages/@original`), 15_000);
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
    const { data, files } = await answerOf(bot.fake, await bot.fake.interact(slashCommand(bot.fake, alice, 'timeline', []), 15_000));
    expect(data.content).toBe('**Timeline:** all actors');
    expect(data.embeds.map((e) => e.title)).toContain('Dated events');
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
    const { data, files } = await answerOf(bot.fake, cb);
    expect(data.content).toMatch(/^\*\*Compare:\*\* European Union · Japan/u);
    onlyPng(files, 'comparison.png');
  });
});

describe('pictures on a deferred reply', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    // Every reply is deferred: the picture then comes with the edit of the deferred reply.
    bot = await startBot({ deferAfterMs: 0 });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('edits the deferred /timeline reply with the picture attached', async () => {
    const interaction = slashCommand(bot.fake, testUser('bob'), 'timeline', [{ name: 'actor', type: OPTION_TYPE.string, value: 'japan' }]);
    const first = await bot.fake.interact(interaction, 15_000);
    expect(first.body.type).toBe(5);
    const edit = await bot.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/@original`), 15_000);
    expect((edit.body as Payload).content).toBe('**Timeline:** Japan');
    const size = onlyPng(edit.files, 'timeline.png');
    // One lane is narrower than three: a phone shows it larger.
    expect(size.width).toBeLessThan(1000);
  });
});
