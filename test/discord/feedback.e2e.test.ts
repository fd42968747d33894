/**
 * Rating answers end to end on the loopback Discord: an /ask answer carries
 * 👍 / 👎; a press is stored (salted rater, the answer's passages) and
 * acknowledged privately; a second press changes the vote; /feedback lists
 * the rated questions worst first, privately, for Manage Server only. A bot
 * whose data folder cannot hold a database still answers, and its buttons
 * say feedback is unavailable.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_RATING_TEXT, FEEDBACK_UNAVAILABLE_BUTTON_TEXT } from '../../src/discord/rate-buttons.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import type { InteractionCallback } from '../../fixtures/discord/fake-discord.ts';
import { buttonPress, OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';

const EPHEMERAL = 64;

type Data = {
  content?: string;
  flags?: number;
  embeds?: { title?: string; fields?: { name: string; value: string }[] }[];
  components?: { components: { custom_id: string; label: string }[] }[];
};
const data = (cb: InteractionCallback): Data => (cb.body.data ?? {}) as Data;
const buttons = (d: Data): { custom_id: string; label: string }[] => (d.components ?? []).flatMap((row) => row.components);

describe('rating answers on Discord', () => {
  let bot: BotHarness;
  let dataDir: string;
  const alice = testUser('alice');
  const bob = testUser('bob');
  const manager = testUser('manager', '32');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'policy-bot-ratings-'));
    bot = await startBot({ env: { DATA_DIR: dataDir } });
  });
  afterAll(async () => {
    await bot?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const ask = async (question: string): Promise<Data> =>
    data(await bot.fake.interact(slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: question }])));
  const press = async (user: typeof alice, customId: string, message: Data): Promise<Data> => {
    const cb = await bot.fake.interact(buttonPress(bot.fake, user, customId, { embeds: message.embeds, components: message.components }));
    expect(cb.body.type).toBe(4);
    return data(cb);
  };

  it('an /ask answer carries 👍 / 👎 in a row of their own; a press is stored and acknowledged privately; a second press changes it', async () => {
    const answer = await ask('What is NIS2?');
    const lastRow = answer.components?.at(-1)?.components ?? [];
    expect(lastRow.map((b) => b.label)).toEqual(['👍 Useful', '👎 Not useful']);
    const [up, down] = lastRow.map((b) => b.custom_id);
    expect(up).toMatch(/^rate:up:[\w-]+$/u);
    expect(down).toMatch(/^rate:down:[\w-]+$/u);
    const passageIds = buttons(answer)
      .filter((b) => b.custom_id.startsWith('passage:'))
      .map((b) => b.custom_id.slice('passage:'.length));

    const first = await press(alice, up ?? '', answer);
    expect(first.flags).toBe(EPHEMERAL);
    expect(first.content).toContain('👍');
    const listed = bot.feedback.list();
    expect(listed).toMatchObject({ available: true, questions: [{ question: 'What is NIS2?', up: 1, down: 0, passageIds }] });

    const changed = await press(alice, down ?? '', answer);
    expect(changed.flags).toBe(EPHEMERAL);
    expect(changed.content).toContain('Vote changed to 👎');
    expect(bot.feedback.list()).toMatchObject({ available: true, questions: [{ question: 'What is NIS2?', up: 0, down: 1 }] });

    // Another member's vote on the same answer counts on its own.
    await press(bob, up ?? '', answer);
    expect(bot.feedback.list()).toMatchObject({ available: true, questions: [{ question: 'What is NIS2?', up: 1, down: 1 }] });
  });

  it('a press on an answer no longer kept says it expired and stores nothing', async () => {
    const before = bot.feedback.list();
    const reply = await press(alice, 'rate:up:gone000000', {});
    expect(reply.flags).toBe(EPHEMERAL);
    expect(reply.content).toBe(EXPIRED_RATING_TEXT);
    expect(bot.feedback.list()).toEqual(before);
  });

  it('/feedback lists the rated questions worst first, privately, for a member with Manage Server', async () => {
    const capacity = await ask('capacity building');
    const down = buttons(capacity).find((b) => b.custom_id.startsWith('rate:down:'))?.custom_id ?? '';
    await press(alice, down, capacity);
    await press(bob, down, capacity);

    const cb = await bot.fake.interact(slashCommand(bot.fake, manager, 'feedback'));
    const d =
      cb.body.type === 4
        ? data(cb)
        : (((await bot.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'))).body ?? {}) as Data);
    expect(d.flags).toBe(EPHEMERAL);
    expect(d.content).toContain('2 rated question(s), worst first');
    const fields = d.embeds?.[0]?.fields ?? [];
    // Field names are escaped like every other text the bot sends ("1." would start a Markdown list).
    expect(fields.map((f) => f.name)).toEqual(['1\\. capacity building', '2\\. What is NIS2?']);
    expect(fields[0]?.value).toContain('👎 2 · 👍 0');
    expect(fields[0]?.value).toMatch(/passages: \S+#\d+/u);
  });

  it('/feedback is refused to a member without Manage Server', async () => {
    const cb = await bot.fake.interact(slashCommand(bot.fake, alice, 'feedback'));
    const d = data(cb);
    expect(d.flags).toBe(EPHEMERAL);
    expect(d.content).toBe('/feedback is for server managers only.');
    expect(d.embeds ?? []).toEqual([]);
    expect(d.content).not.toContain('NIS2');
  });
});

describe('rating answers when the database cannot be opened', () => {
  let bot: BotHarness;
  let dir: string;
  const carol = testUser('carol');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policy-bot-ratings-bad-'));
    // DATA_DIR names a file: no database can be made there.
    await writeFile(join(dir, 'data'), 'not a folder');
    bot = await startBot({ env: { DATA_DIR: join(dir, 'data') } });
  });
  afterAll(async () => {
    await bot?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('still answers, logs once, and the buttons say feedback is unavailable', async () => {
    const answer = data(
      await bot.fake.interact(slashCommand(bot.fake, carol, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2?' }])),
    );
    expect(answer.embeds?.length ?? 0).toBeGreaterThan(0);
    const up = buttons(answer).find((b) => b.custom_id.startsWith('rate:up:'))?.custom_id ?? '';
    const cb = await bot.fake.interact(buttonPress(bot.fake, carol, up, { embeds: answer.embeds, components: answer.components }));
    expect(data(cb).flags).toBe(EPHEMERAL);
    expect(data(cb).content).toBe(FEEDBACK_UNAVAILABLE_BUTTON_TEXT);
    expect(bot.logs.filter((l) => l['msg'] === 'feedback database unavailable: ratings are off')).toHaveLength(1);
  });
});
