/** The Discord front's small parts: the page store, the process guards, the option mapping, the configuration. */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { ApplicationCommandOptionType } from 'discord.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envSchema, loadConfig } from '../../src/config.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { installProcessGuards } from '../../src/discord/guards.ts';
import { rawOptions } from '../../src/discord/options.ts';
import { PageStore, type PageQuery } from '../../src/discord/pages.ts';

const query: PageQuery = { command: 'ask', raw: { question: 'q' }, owner: '123456789012345678' };

describe('PageStore', () => {
  it('returns what was put under a short URL-safe key', () => {
    const store = new PageStore();
    const key = store.put(query);
    expect(key).toMatch(/^[\w-]{10}$/u);
    expect(store.get(key)).toBe(query);
    expect(store.get('unknown')).toBeUndefined();
  });

  it('forgets entries after their time to live', () => {
    let now = 1000;
    const store = new PageStore({ ttlMs: 500, now: () => now });
    const key = store.put(query);
    now = 1499;
    expect(store.get(key)).toBe(query);
    now = 1500;
    expect(store.get(key)).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest first', () => {
    const store = new PageStore({ maxEntries: 2 });
    const [a, b, c] = [store.put(query), store.put(query), store.put(query)];
    expect(store.size).toBe(2);
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)).toBe(query);
    expect(store.get(c)).toBe(query);
  });
});

describe('process guards', () => {
  it('log unhandled rejections and uncaught exceptions instead of ending the process, until removed', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _e, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ base: null }, sink);
    const remove = installProcessGuards(logger);
    try {
      process.emit('unhandledRejection', new Error('bad payload'), Promise.resolve());
      process.emit('uncaughtException', new Error('thrown inside discord.js'));
    } finally {
      remove();
    }
    expect(lines.map((l) => (JSON.parse(l) as { msg: string; err: { message: string } }).err.message)).toEqual(['bad payload', 'thrown inside discord.js']);
    expect(process.listeners('unhandledRejection').some((l) => l.name === 'onRejection')).toBe(false);
  });
});

describe('rawOptions', () => {
  it('passes every sent option by name, the user option as the user id', () => {
    expect(
      rawOptions([
        { name: 'question', type: ApplicationCommandOptionType.String, value: 'What is NIS2?' },
        { name: 'top', type: ApplicationCommandOptionType.Integer, value: 2 },
        { name: 'hide', type: ApplicationCommandOptionType.Boolean, value: true },
        { name: 'mention', type: ApplicationCommandOptionType.User, value: '123456789012345678' },
      ]),
    ).toEqual({ question: 'What is NIS2?', top: 2, hide: true, mention: '123456789012345678' });
  });
});

describe('Discord configuration', () => {
  const parse = (env: Record<string, string>) => loadConfig({ env, dotenvFile: false });

  it('defaults the API base and the REST rate, and parses overrides', () => {
    expect(parse({})).toMatchObject({ discordApiBase: 'https://discord.com/api', discordRestRequestsPerSecond: 50, discordToken: undefined });
    expect(parse({ DISCORD_API_BASE: 'http://127.0.0.1:9/api/', DISCORD_REST_REQUESTS_PER_SECOND: '500' })).toMatchObject({
      discordApiBase: 'http://127.0.0.1:9/api',
      discordRestRequestsPerSecond: 500,
    });
  });

  it('fails naming the variable and what it expects, never showing the value', () => {
    expect(() => parse({ DISCORD_REST_REQUESTS_PER_SECOND: 'fast' })).toThrow(
      'DISCORD_REST_REQUESTS_PER_SECOND: expected a whole number of requests per second, 1 or more',
    );
    const token = 'not a token but secret';
    expect(() => parse({ DISCORD_TOKEN: token })).toThrow('DISCORD_TOKEN: expected a bot token from the Discord developer portal');
    try {
      parse({ DISCORD_TOKEN: token });
    } catch (error) {
      expect((error as Error).message).not.toContain(token);
    }
  });

  it('.env.example lists every variable, each with a comment, and parses as it is', () => {
    const file = join(PACKAGE_ROOT, '.env.example');
    const text = readFileSync(file, 'utf8');
    const listed = [...text.matchAll(/^([A-Z_]+)=/gmu)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(envSchema.shape).sort());
    for (const name of listed) expect(text).toMatch(new RegExp(`#[^\\n]*\\n${name}=`, 'u'));
    expect(() => loadConfig({ env: {}, dotenvFile: file })).not.toThrow();
  });
});
