/**
 * Deliberate failures are the project's error classes, never a plain Error:
 * a broken rule of the program is an InternalError (a bug, exit 70 with its
 * stack), a broken installation an InstallationError, an answer from Discord
 * the bot cannot use a DiscordResponseError.
 */
import { describe, expect, it } from 'vitest';
import { recommendedShardCount } from '../../src/discord/sharding.ts';
import { CacheFormatError, DiscordResponseError, InstallationError, InternalError, PolicyBotError } from '../../src/errors.ts';
import { packageRootFrom } from '../../src/paths.ts';
import type { QueryTerm } from '../../src/search/plan.ts';
import { PostingMap } from '../../src/search/posting-map.ts';
import { MAX_BOARD_TERMS } from '../../src/search/score-board.ts';
import { seedEngine } from '../support/engine.ts';
import { FakeDiscord } from '../../fixtures/discord/fake-discord.ts';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('error classes of deliberate failures', () => {
  it('a posting map refuses a change no update makes (InternalError); one restored out of order is a damaged cache (CacheFormatError: rebuild)', () => {
    const map = new PostingMap(Uint32Array.from([1, 2]), Uint16Array.from([1, 1]));
    for (const change of [() => map.set(2, 3), () => map.set(0, 1), () => map.clear()]) expect(thrown(change)).toBeInstanceOf(InternalError);
    expect(thrown(() => new PostingMap(Uint32Array.from([2, 1]), Uint16Array.from([1, 1])))).toBeInstanceOf(CacheFormatError);
    expect(thrown(() => new PostingMap(Uint32Array.from([1]), Uint16Array.from([1, 1])))).toBeInstanceOf(CacheFormatError);
  });

  it('a search over more terms than the score board holds: InternalError', async () => {
    const engine = await seedEngine();
    const terms: QueryTerm[] = Array.from({ length: MAX_BOARD_TERMS + 1 }, (_, i) => ({
      term: `term${i}`,
      weight: 1,
      fuzzy: false,
      prefix: false,
      source: 'question',
      everyday: false,
    }));
    const error = thrown(() => engine.kb.index.rank(terms));
    expect(error).toBeInstanceOf(InternalError);
    expect(error).toBeInstanceOf(PolicyBotError);
  });

  it('no package.json above the code: InstallationError', () => {
    expect(thrown(() => packageRootFrom('/'))).toBeInstanceOf(InstallationError);
  });

  it('GET /gateway/bot without a shard count: DiscordResponseError', async () => {
    const fake = await FakeDiscord.start();
    try {
      fake.failNext({ method: 'GET', path: /^\/gateway\/bot$/u, status: 200, body: { url: fake.gatewayUrl } });
      const error = await recommendedShardCount({ discordToken: fake.token, discordApiBase: fake.apiBase }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordResponseError);
    } finally {
      await fake.stop();
    }
  });
});
