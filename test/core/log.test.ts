/**
 * The project's logger (src/log.ts): pino's JSON lines at the level it is
 * given, made when a first line is written; below its level nothing is
 * written, and whether a level is enabled reads as pino's does.
 */
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createLogger, silentLogger } from '../../src/log.ts';

/** A logger at `level` writing into `lines`. */
function logged(level: Parameters<typeof createLogger>[0]) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

describe('the logger', () => {
  it('writes pino lines at and above its level only, the token redacted', () => {
    const { logger, lines } = logged('warn');
    logger.info('not this');
    logger.debug({ a: 1 }, 'nor this');
    expect(lines).toEqual([]);
    logger.warn({ token: 'secret', kept: 2 }, 'the cache is stale');
    logger.error('failed %s', 'twice');
    expect(lines).toMatchObject([
      { level: 40, msg: 'the cache is stale', token: '[redacted]', kept: 2 },
      { level: 50, msg: 'failed twice' },
    ]);
    expect(typeof lines[0]?.time).toBe('number');
  });

  it('says which levels are enabled as pino does, before and after its first line', () => {
    const { logger } = logged('info');
    const reference = pino({ level: 'info' });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'nonsense']) {
      expect(logger.isLevelEnabled(level)).toBe(reference.isLevelEnabled(level));
    }
    expect(logger.level).toBe('info');
    logger.info('first');
    expect(logger.isLevelEnabled('debug')).toBe(false);
  });

  it('follows a change of level, before and after its first line', () => {
    const { logger, lines } = logged('error');
    logger.level = 'debug';
    logger.debug('now written');
    logger.level = 'fatal';
    logger.error('not any more');
    expect(lines.map((l) => l.msg)).toEqual(['now written']);
  });

  it('silent: writes nothing and enables nothing', () => {
    const logger = silentLogger();
    logger.fatal('nothing');
    expect(logger.isLevelEnabled('fatal')).toBe(false);
  });
});
