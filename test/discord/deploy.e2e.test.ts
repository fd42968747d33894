/** deploy-commands against the fake Discord, and the slash definitions derived from the commands' OptionSpecs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/commands/registry.ts';
import { deployCommands, runDeploy } from '../../src/discord/deploy.ts';
import { slashCommand } from '../../src/discord/slash.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';

describe('slash definitions', () => {
  it('derive every option of /ask from its OptionSpecs, Discord-only ones included', async () => {
    const ask = (await loadCommands()).get('ask');
    const json = slashCommand(ask);
    expect(json).toMatchObject({ name: 'ask', contexts: [0] });
    expect(json.options).toEqual([
      { type: 3, name: 'question', description: expect.any(String), required: true, max_length: 6000, autocomplete: false },
      { type: 3, name: 'actor', description: 'Only passages about this actor', required: false, max_length: 100, autocomplete: true },
      { type: 4, name: 'top', description: expect.any(String), required: false, min_value: 1, max_value: 10, autocomplete: false },
      { type: 3, name: 'lang', description: expect.stringContaining('en, fr, es, ru, el, lv'), required: false, max_length: 8, autocomplete: false },
      { type: 5, name: 'hide', description: 'Only you see the answer', required: false },
      { type: 6, name: 'mention', description: expect.any(String), required: false },
    ]);
  });

  it('/reload is for server managers: Manage Server by default', async () => {
    expect(slashCommand((await loadCommands()).get('reload'))).toMatchObject({ name: 'reload', default_member_permissions: '32' });
  });

  it('/source id autocompletes passage ids', async () => {
    const json = slashCommand((await loadCommands()).get('source'));
    expect(json.options?.[0]).toMatchObject({ name: 'id', type: 3, required: true, autocomplete: true });
  });
});

describe('deploy-commands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  const config = () => ({ discordToken: fake.token, discordApplicationId: fake.applicationId, discordApiBase: fake.apiBase });

  it('registers every command to one guild when DISCORD_GUILD_ID is set', async () => {
    const commands = (await loadCommands()).all;
    const result = await deployCommands(commands, { ...config(), discordGuildId: fake.guildId });
    expect(result).toEqual({
      scope: { guild: fake.guildId },
      commands: ['actor', 'ask', 'compare', 'feedback', 'help', 'ingest', 'reload', 'source', 'sources', 'timeline', 'Ask policy-bot'],
    });
    const put = fake.requests.at(-1);
    expect(put).toMatchObject({ method: 'PUT', path: `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands` });
    expect(put?.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(((put?.body ?? []) as { name: string }[]).map((c) => c.name)).toEqual([
      'actor',
      'ask',
      'compare',
      'feedback',
      'help',
      'ingest',
      'reload',
      'source',
      'sources',
      'timeline',
      'Ask policy-bot',
    ]);
  });

  it('registers globally otherwise', async () => {
    await deployCommands((await loadCommands()).all, { ...config(), discordGuildId: undefined });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/applications/${fake.applicationId}/commands` });
  });

  it('rejects when Discord refuses, and the script exits non-zero', async () => {
    fake.failNext({ method: 'PUT', status: 403, body: { message: 'Missing Access', code: 50001 } });
    await expect(deployCommands((await loadCommands()).all, { ...config(), discordGuildId: fake.guildId })).rejects.toThrow('Missing Access');
    fake.failNext({ method: 'PUT', status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_BASE: fake.apiBase,
      LOG_LEVEL: 'silent',
    };
    expect(await runDeploy(env, silentLogger())).toBe(1);
    expect(await runDeploy(env, silentLogger())).toBe(0);
  });

  it('names the missing variables without printing the token', async () => {
    await expect(
      deployCommands([], { discordToken: fake.token, discordApplicationId: undefined, discordGuildId: undefined, discordApiBase: fake.apiBase }),
    ).rejects.toThrow(
      'policy-bot: cannot deploy the commands:\n  DISCORD_APPLICATION_ID: expected the application id (General Information in the developer portal)',
    );
  });
});
