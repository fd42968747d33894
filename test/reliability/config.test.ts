/** The reliability settings in the configuration: rate limits, the knowledge watcher, the reload build's priority. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, loadConfig } from '../../src/config.ts';

const parse = (env: Record<string, string>) => loadConfig({ env, dotenvFile: false });

describe('reliability configuration', () => {
  it('defaults to the documented rate limits and no watcher', () => {
    expect(parse({})).toMatchObject({
      rateLimits: {
        perUser: { capacity: DEFAULT_RATE_LIMITS.userCapacity, refillPerSecond: DEFAULT_RATE_LIMITS.userPerMinute / 60 },
        perGuild: { capacity: DEFAULT_RATE_LIMITS.guildCapacity, refillPerSecond: DEFAULT_RATE_LIMITS.guildPerMinute / 60 },
      },
      knowledgeWatch: false,
    });
    expect(parse({ RATE_LIMIT_USER_CAPACITY: ' ', KNOWLEDGE_WATCH: '' })).toMatchObject({ rateLimits: { perUser: { capacity: 5 } }, knowledgeWatch: false });
  });

  it('parses overrides: per minute becomes per second', () => {
    const config = parse({
      RATE_LIMIT_USER_CAPACITY: '2',
      RATE_LIMIT_USER_PER_MINUTE: '30',
      RATE_LIMIT_GUILD_CAPACITY: '50',
      RATE_LIMIT_GUILD_PER_MINUTE: '0.5',
      KNOWLEDGE_WATCH: 'true',
    });
    expect(config.rateLimits).toEqual({ perUser: { capacity: 2, refillPerSecond: 0.5 }, perGuild: { capacity: 50, refillPerSecond: 0.5 / 60 } });
    expect(config.knowledgeWatch).toBe(true);
  });

  it('refuses nonsense, naming the variable and what it expects', () => {
    expect(() => parse({ RATE_LIMIT_USER_CAPACITY: '0' })).toThrow('RATE_LIMIT_USER_CAPACITY: expected a whole number, 1 or more');
    expect(() => parse({ RATE_LIMIT_GUILD_CAPACITY: '2.5' })).toThrow('RATE_LIMIT_GUILD_CAPACITY: expected a whole number, 1 or more');
    expect(() => parse({ RATE_LIMIT_USER_PER_MINUTE: '-1' })).toThrow('RATE_LIMIT_USER_PER_MINUTE: expected a number of requests per minute, more than 0');
    expect(() => parse({ RATE_LIMIT_GUILD_PER_MINUTE: 'lots' })).toThrow('RATE_LIMIT_GUILD_PER_MINUTE: expected a number of requests per minute, more than 0');
    expect(() => parse({ KNOWLEDGE_WATCH: 'yes' })).toThrow('KNOWLEDGE_WATCH: expected true or false');
  });

  it('runs reload builds at the lowest priority unless told a nice value from 0 to 19', () => {
    expect(parse({}).buildNice).toBe(19);
    expect(parse({ BUILD_NICE: ' ' }).buildNice).toBe(19);
    expect(parse({ BUILD_NICE: '0' }).buildNice).toBe(0);
    expect(parse({ BUILD_NICE: '10' }).buildNice).toBe(10);
    for (const bad of ['20', '-1', '5.5', 'low'])
      expect(() => parse({ BUILD_NICE: bad })).toThrow('BUILD_NICE: expected a nice value from 0 (normal priority) to 19 (lowest)');
  });

  it('reads a .env file where there is one, the environment winning over it; none where there is none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-bot-dotenv-'));
    try {
      const file = join(dir, '.env');
      await writeFile(file, '# the bot\nBUILD_NICE=5\nKNOWLEDGE_WATCH="true"\n');
      expect(loadConfig({ env: { KNOWLEDGE_WATCH: 'false' }, dotenvFile: file })).toMatchObject({ buildNice: 5, knowledgeWatch: false });
      expect(loadConfig({ env: {}, dotenvFile: join(dir, 'absent.env') })).toMatchObject({ buildNice: 19, knowledgeWatch: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
