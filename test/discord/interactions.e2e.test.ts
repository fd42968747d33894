/**
 * End to end: the real discord.js Client, started as in production, against
 * a fake Discord on 127.0.0.1, answering real INTERACTION_CREATE payloads.
 * Assertions are on the payloads of the bot's callbacks.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/commands/registry.ts';
import { loadConfig } from '../../src/config.ts';
import { startDiscord } from '../../src/discord/client.ts';
import { Engine } from '../../src/engine.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';
import { defineCommand } from '../../src/commands/command.ts';
import { reply } from '../../src/replies.ts';
import { EXPIRED_PAGE_TEXT, INTERNAL_ERROR_TEXT, NO_MORE_TEXT } from '../../src/discord/router.ts';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import type { InteractionCallback } from '../../fixtures/discord/fake-discord.ts';
import { autocomplete, buttonPress, OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';

const EPHEMERAL = 64;

/** A command whose handler throws: the error path for bugs. */
const boom = defineCommand({
  name: 'boom',
  description: 'Always fails (test only).',
  options: [],
  run() {
    throw new Error('kaboom in the handler');
  },
});

/** A command that answers only when released: the deferral path, without timing assertions. */
let release: () => void = () => {};
const slow = defineCommand({
  name: 'slow',
  description: 'Answers when the test says so (test only).',
  options: [{ name: 'hide', type: 'boolean', description: 'Only you see it' }],
  async run({ hide }) {
    await new Promise<void>((resolve) => (release = resolve));
    return reply('notice', { text: 'done at last' }, hide === true ? { hide: true } : {});
  },
});

/** The same, for a command whose replies are all private (as /reload's): it has no `hide` option to say so. */
const slowPrivate = defineCommand({
  name: 'slowprivate',
  description: 'Answers privately when the test says so (test only).',
  options: [],
  privateReplies: true,
  async run() {
    await new Promise<void>((resolve) => (release = resolve));
    return reply('notice', { text: 'private at last' }, { hide: true });
  },
});

type Data = Record<string, unknown> & {
  content?: string;
  flags?: number;
  embeds?: Record<string, unknown>[];
  components?: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions?: unknown;
  choices?: { name: string; value: string }[];
};

function data(callback: InteractionCallback): Data {
  return (callback.body.data ?? {}) as Data;
}

function buttonIds(d: Data): string[] {
  return (d.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
}

describe('the Discord front against a Discord on loopback', () => {
  let bot: BotHarness;
  const alice = testUser('alice');
  const bob = testUser('bob');

  beforeAll(async () => {
    bot = await startBot({ extraCommands: [boom, slow, slowPrivate], deferAfterMs: 50 });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('connects with the Guilds and Guild Messages intents (no privileged one), found through GET /gateway/bot, and never logs the token', async () => {
    expect(bot.front.client.isReady()).toBe(true);
    expect(bot.fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot' });
    expect(bot.fake.gatewayOps).toContain(2);
    expect(bot.front.client.options.intents.toArray()).toEqual(['Guilds', 'GuildMessages']);
    expect(bot.logText()).toContain('connected to Discord');
    expect(bot.logText()).not.toContain(bot.fake.token);
  });

  it('/ask answers with one embed per excerpt: actor, bold matches, a text-fragment link, the passage id; pings nobody', async () => {
    const cb = await bot.fake.interact(slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2?' }]));
    expect(cb.body.type).toBe(4);
    expect(cb.request.query['with_response']).toBe('false');
    const d = data(cb);
    expect(d.flags ?? 0).toBe(0);
    expect(d.allowed_mentions).toEqual({ parse: [] });
    expect(d.content).toContain('What is NIS2?');
    const embed = d.embeds?.[0] as { author: { name: string }; title: string; url: string; description: string; footer: { text: string } };
    expect(embed.author.name).toBe('European Union');
    expect(embed.url).toMatch(/^https:\/\/.+#:~:text=/u);
    expect(embed.description).toContain('**NIS2**');
    expect(embed.footer.text).toMatch(/^eu-[\w-]+#\d+ · /u);
    expect(buttonIds(d).some((id) => id.startsWith('passage:eu-'))).toBe(true);
  });

  it('"More results" pages the answer in place; "Full passage" shows the passage privately', async () => {
    const ask = slashCommand(bot.fake, alice, 'ask', [
      { name: 'question', type: OPTION_TYPE.string, value: 'capacity building' },
      { name: 'top', type: OPTION_TYPE.integer, value: 1 },
    ]);
    const first = data(await bot.fake.interact(ask));
    expect(first.content).toMatch(/\(1 of \d+\)/u);
    const more = buttonIds(first).find((id) => id.startsWith('more:'));
    expect(more).toMatch(/^more:[\w-]+:1$/u);

    const next = await bot.fake.interact(buttonPress(bot.fake, alice, more ?? '', { embeds: first.embeds, components: first.components }));
    expect(next.body.type).toBe(7);
    expect(data(next).content).toMatch(/\(2 of \d+\)/u);
    expect(data(next).embeds?.[0]?.['title']).toMatch(/^2\\\. /u);
    expect(buttonIds(data(next))).toContain(more?.replace(/:1$/u, ':2'));

    const full = buttonIds(first).find((id) => id.startsWith('passage:')) ?? '';
    const passage = await bot.fake.interact(buttonPress(bot.fake, alice, full));
    expect(passage.body.type).toBe(4);
    expect(data(passage).flags).toBe(EPHEMERAL);
    expect((data(passage).embeds?.[0] as { footer: { text: string } } | undefined)?.footer.text).toContain(full.slice('passage:'.length));
  });

  it('someone else pressing "More results" gets the next page privately, the asker\'s message untouched', async () => {
    const ask = slashCommand(bot.fake, alice, 'ask', [
      { name: 'question', type: OPTION_TYPE.string, value: 'capacity building' },
      { name: 'top', type: OPTION_TYPE.integer, value: 1 },
    ]);
    const more = buttonIds(data(await bot.fake.interact(ask))).find((id) => id.startsWith('more:')) ?? '';
    const cb = await bot.fake.interact(buttonPress(bot.fake, bob, more));
    expect(cb.body.type).toBe(4);
    expect(data(cb).flags).toBe(EPHEMERAL);
    expect(data(cb).allowed_mentions).toEqual({ parse: [] });
  });

  it('a press past the last result says privately that there are no more', async () => {
    const ask = slashCommand(bot.fake, alice, 'ask', [
      { name: 'question', type: OPTION_TYPE.string, value: 'capacity building' },
      { name: 'top', type: OPTION_TYPE.integer, value: 1 },
    ]);
    const more = buttonIds(data(await bot.fake.interact(ask))).find((id) => id.startsWith('more:')) ?? '';
    expect(more).toMatch(/:1$/u);
    const cb = await bot.fake.interact(buttonPress(bot.fake, alice, more.replace(/:1$/u, ':999')));
    expect(cb.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(data(cb).content).toBe(NO_MORE_TEXT);
  });

  it('a press on an expired or unknown page gets a clear private message', async () => {
    const cb = await bot.fake.interact(buttonPress(bot.fake, alice, 'more:gone000000:3'));
    expect(cb.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(data(cb).content).toBe(EXPIRED_PAGE_TEXT);
  });

  it('hide makes the answer ephemeral', async () => {
    const cb = await bot.fake.interact(
      slashCommand(bot.fake, alice, 'ask', [
        { name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2?' },
        { name: 'hide', type: OPTION_TYPE.boolean, value: true },
      ]),
    );
    expect(cb.body.type).toBe(4);
    expect(data(cb).flags).toBe(EPHEMERAL);
  });

  it('mention points the answer at a colleague and allows pinging only them', async () => {
    const cb = await bot.fake.interact(
      slashCommand(
        bot.fake,
        alice,
        'ask',
        [
          { name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2? @everyone <@1234567890123456789>' },
          { name: 'mention', type: OPTION_TYPE.user, value: bob.id },
        ],
        [bob],
      ),
    );
    const d = data(cb);
    expect(d.allowed_mentions).toEqual({ users: [bob.id] });
    expect(d.content?.startsWith(`<@${bob.id}> `)).toBe(true);
    // The question echoed back cannot ping or mention anyone.
    expect(d.content).toContain('\\@everyone');
    expect(d.content).toContain('\\<\\@1234567890123456789>');
  });

  it('an abstained answer says nothing matched and suggests actors and topics', async () => {
    const d = data(
      await bot.fake.interact(slashCommand(bot.fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'a chocolate cake recipe' }])),
    );
    const embed = d.embeds?.[0] as { title: string; fields: { name: string; value: string }[] };
    expect(embed.title).toBe('Nothing in the sources answers that');
    expect(embed.fields.map((f) => f.name)).toEqual(['Actors', 'Topics']);
    expect(embed.fields[0]?.value).toContain('Japan');
    expect(buttonIds(d)).toEqual([]);
  });

  it('an unknown actor is a private message saying so, naming the known ones', async () => {
    const cb = await bot.fake.interact(
      slashCommand(bot.fake, alice, 'ask', [
        { name: 'question', type: OPTION_TYPE.string, value: 'What is NIS2?' },
        { name: 'actor', type: OPTION_TYPE.string, value: 'atlantis' },
      ]),
    );
    expect(cb.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(data(cb).content).toMatch(/^Unknown actor "atlantis"\. Known actors: .*japan/u);
  });

  it('a handler that throws gives a short private error, is logged with command and user, and the bot keeps serving', async () => {
    const cb = await bot.fake.interact(slashCommand(bot.fake, bob, 'boom'));
    expect(cb.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(data(cb).content).toBe(INTERNAL_ERROR_TEXT);
    const line = bot.logs.find((l) => l['msg'] === 'interaction failed');
    expect(line).toMatchObject({ command: 'boom', user: bob.id, err: { message: 'kaboom in the handler' } });
    const after = await bot.fake.interact(slashCommand(bot.fake, bob, 'help'));
    expect(after.body.type).toBe(4);
  });

  it('defers a command that takes long (privately when hidden), then edits the reply', async () => {
    const interaction = slashCommand(bot.fake, alice, 'slow', [{ name: 'hide', type: OPTION_TYPE.boolean, value: true }]);
    const deferred = await bot.fake.interact(interaction);
    expect(deferred.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    release();
    const edit = await bot.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${bot.fake.applicationId}/${interaction.token}/messages/@original`,
    );
    expect(edit.body).toMatchObject({ content: 'done at last', allowed_mentions: { parse: [] } });
  });

  it('defers a command whose replies are all private privately, so its reply never shows in the channel', async () => {
    const interaction = slashCommand(bot.fake, alice, 'slowprivate');
    const deferred = await bot.fake.interact(interaction);
    expect(deferred.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    release();
    const edit = await bot.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${bot.fake.applicationId}/${interaction.token}/messages/@original`,
    );
    expect(edit.body).toMatchObject({ content: 'private at last' });
  });

  it('/source shows one passage whole with its citation', async () => {
    const id = bot.engine.kb.passages[0]?.id ?? '';
    const d = data(await bot.fake.interact(slashCommand(bot.fake, alice, 'source', [{ name: 'id', type: OPTION_TYPE.string, value: id }])));
    const embed = d.embeds?.[0] as { footer: { text: string }; fields: { name: string; value: string }[]; url: string };
    expect(embed.footer.text.startsWith(id)).toBe(true);
    expect(embed.fields[0]?.name).toBe('Source');
    expect(embed.url).toContain('#:~:text=');
  });

  it('/help and /sources answer privately with what the corpus holds', async () => {
    const help = data(await bot.fake.interact(slashCommand(bot.fake, alice, 'help')));
    expect(help.flags).toBe(EPHEMERAL);
    expect(help.embeds?.[0]).toMatchObject({ title: 'What policy-bot knows' });
    const sources = data(await bot.fake.interact(slashCommand(bot.fake, alice, 'sources')));
    const fields = (sources.embeds?.[0] as { fields: { name: string; value: string }[] } | undefined)?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^European Union \(eu\)/u), expect.stringMatching(/^Japan \(japan\)/u)]),
    );
  });

  it('/reload is refused privately to members, and reloads for server managers', async () => {
    const refused = await bot.fake.interact(slashCommand(bot.fake, alice, 'reload'));
    expect(refused.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: '/reload is for server managers only.' } });
    const manager = testUser('manager', '32');
    const interaction = slashCommand(bot.fake, manager, 'reload');
    // /reload defers at once (privately: its replies are private) and edits in the outcome when the build is done.
    const done = await bot.fake.interact(interaction);
    expect(done.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await bot.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${bot.fake.applicationId}/${interaction.token}/messages/@original`,
      30_000,
    );
    const content = (edit.body as { content?: unknown }).content;
    expect(content).toMatch(/^Reloaded: \d+ document\(s\), \d+ passage\(s\) in \d+ ms \(nothing had changed\)\.$/u);
  });

  it('autocompletes actors and passage ids from the index', async () => {
    const actors = await bot.fake.interact(
      autocomplete(bot.fake, alice, 'ask', { name: 'actor', type: OPTION_TYPE.string, value: 'ja' }, [
        { name: 'question', type: OPTION_TYPE.string, value: 'x' },
      ]),
    );
    expect(actors.body).toEqual({ type: 8, data: { choices: [{ name: 'Japan', value: 'japan' }] } });
    const ids = await bot.fake.interact(autocomplete(bot.fake, alice, 'source', { name: 'id', type: OPTION_TYPE.string, value: 'eu-' }));
    const choices = data(ids).choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.value.startsWith('eu-')).toBe(true);
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
  });
  it('a dropped gateway connection is resumed, and an interaction sent meanwhile is replayed and answered', async () => {
    const resumesBefore = bot.fake.gatewayOps.filter((op) => op === 6).length;
    bot.fake.terminate();
    const cb = await bot.fake.interact(slashCommand(bot.fake, alice, 'help'));
    expect(cb.body.type).toBe(4);
    expect(bot.fake.gatewayOps.filter((op) => op === 6).length).toBe(resumesBefore + 1);
  });

  it('a callback answered 429 with Retry-After is sent again', async () => {
    bot.fake.failNext({ method: 'POST', path: /\/callback$/u, status: 429, retryAfter: 1 });
    const interaction = slashCommand(bot.fake, alice, 'help');
    const cb = await bot.fake.interact(interaction);
    expect(cb.body.type).toBe(4);
    expect(bot.fake.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`))).toHaveLength(2);
  });
});

describe('starting against a Discord that refuses the token', () => {
  it('rejects with a DiscordRefusedError (401), leaves nothing running, and logs no token', async () => {
    const fake = await FakeDiscord.start();
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _e, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ base: null }, sink);
    const wrong = 'a-wrong-token-of-enough-length.x';
    try {
      const config = loadConfig({ env: { DISCORD_TOKEN: wrong, DISCORD_API_BASE: fake.apiBase }, dotenvFile: false });
      const registry = await loadCommands();
      const engine = await Engine.open({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger });
      await expect(startDiscord({ config, engine: () => engine, registry, logger })).rejects.toMatchObject({ name: 'DiscordRefusedError', code: 401 });
      expect(fake.requests.map((r) => r.path)).toEqual(['/gateway/bot']);
      expect(lines.join('\n')).not.toContain(wrong);
    } finally {
      await fake.stop();
    }
  });
});
