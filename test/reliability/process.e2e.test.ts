/**
 * The bot as `npm start` runs it, in its own process against the loopback
 * Discord: a payload that makes discord.js throw is logged and the bot keeps
 * serving; the knowledge watcher (KNOWLEDGE_WATCH=true) reloads by itself,
 * logs a broken file with its file, field and reason and keeps the old
 * corpus; SIGTERM stops it cleanly (close 1000, exit 0).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, spawnBot } from '../../fixtures/discord/bot-process.ts';
import { sentMessage } from '../../fixtures/discord/callbacks.ts';
import { copyOfKnowledge } from '../support/engine.ts';
import { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';
import { OPTION_TYPE, slashCommand, testUser } from '../../fixtures/discord/interactions.ts';

/** How long one reload may take here (see the wait below). */
const RELOAD_WAIT_MS = 60_000;

describe('the bot process', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let knowledge: string;
  let cache: string;
  const alice = testUser('alice');

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    knowledge = await copyOfKnowledge();
    cache = await mkdtemp(join(tmpdir(), 'policy-bot-cache-'));
    bot = await spawnBot(fake, { KNOWLEDGE_DIR: knowledge, CACHE_DIR: cache, KNOWLEDGE_WATCH: 'true', LOG_LEVEL: 'info' });
  }, 90_000);
  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await fake?.stop();
    await Promise.all([knowledge, cache].map((d) => rm(d, { recursive: true, force: true })));
  });

  const ask = (question: string) => fake.interact(slashCommand(fake, alice, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: question }]));
  const topPassage = async (question: string) => sentMessage(await ask(question)).embeds[0]?.footer?.text.split(' · ')[0];

  it('answers, and survives a payload that makes discord.js throw (logged by the process guards)', async () => {
    expect((await fake.interact(slashCommand(fake, alice, 'help'))).body.type).toBe(4);
    // An interaction without its member's user: discord.js throws while building it, outside any handler of ours.
    const broken = slashCommand(fake, alice, 'help');
    fake.dispatch('INTERACTION_CREATE', { ...broken, member: { ...(broken['member'] as object), user: undefined } });
    await bot.waitForLog((l) => typeof l['msg'] === 'string' && /^(unhandled rejection|uncaught exception) \(the bot keeps serving\)$/u.test(l['msg']));
    expect((await fake.interact(slashCommand(fake, alice, 'help'))).body.type).toBe(4);
    expect(bot.child.exitCode).toBeNull();
  });

  it(
    'the watcher logs a broken file with file, field and reason and keeps the old corpus; a fixed one is served',
    async () => {
      await bot.waitForLog((l) => l['msg'] === 'watching the knowledge folder');
      const jp = join(knowledge, 'japan.md');
      const original = await readFile(jp, 'utf8');
      await writeFile(jp, original.replace(/^actor: japan$/mu, 'actor: atlantis'));
      // A reload builds in a child process that loads the sources through tsx: seconds when the machine is quiet, more when not.
      const refused = await bot.waitForLog((l) => l['msg'] === 'knowledge reload refused; the previous corpus keeps serving', RELOAD_WAIT_MS);
      expect(refused).toMatchObject({
        level: 40,
        file: 'japan.md',
        field: 'actor',
        reason: 'one of the actors in actors.yaml (eu, japan, us), got "atlantis"',
      });
      expect(await topPassage('What is NIS2?')).toBe('eu-resilience-capacity-building#2');

      await writeFile(jp, original);
      await writeFile(
        join(knowledge, 'eu-extra.md'),
        '---\nid: eu-extra\ntitle: Extra\nactor: eu\nsource:\n  publisher: P\n  title: T\n  url: https://example.org/x\n  retrieved: 2026-01-01\n---\n\nThe Union also runs a quantum-safe encryption roadmap.\n',
      );
      await bot.waitForLog((l) => l['msg'] === 'knowledge reloaded' && l['documents'] === 4, RELOAD_WAIT_MS);
      expect(await topPassage('quantum-safe encryption roadmap')).toBe('eu-extra#1');
    },
    2 * RELOAD_WAIT_MS + 30_000,
  );

  it('SIGTERM: stops cleanly, saying goodbye to the gateway (close 1000), and exits 0', async () => {
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(fake.closeCodes).toContain(1000);
    expect(bot.logs.map((l) => l['msg'])).toEqual(expect.arrayContaining(['stopping', 'disconnected from Discord']));
    expect(bot.logs.find((l) => l['msg'] === 'stopping')).toMatchObject({ signal: 'SIGTERM' });
    expect(JSON.stringify(bot.logs)).not.toContain(fake.token);
  });
});
