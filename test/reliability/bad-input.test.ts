import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { UserError } from '../../src/errors.ts';
import { MAX_QUESTION_CHARS } from '../../src/search/limits.ts';
import { seedEngine } from '../support/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

/** Asks and checks the invariants: a result or a UserError, excerpts verbatim, nothing else thrown. */
function askSafely(question: string): void {
  try {
    const result = engine.ask(question, { top: 5 });
    expect(result.results.length).toBeLessThanOrEqual(5);
    for (const hit of result.results) {
      expect(hit.passage.text.slice(hit.excerpt.start, hit.excerpt.end)).toBe(hit.excerpt.text);
      for (const m of hit.excerpt.marks) expect(m.end).toBeLessThanOrEqual(hit.excerpt.text.length);
    }
    if (result.abstained) expect(result.results).toEqual([]);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
  }
}

const NASTY: [string, string][] = [
  ['empty', ''],
  ['white space', ' \t\n '],
  ['6,000 characters', 'What is the EU doing on resilience? '.repeat(200).slice(0, MAX_QUESTION_CHARS)],
  ['control characters', 'NIS2\u0000\u0007\u001b[31m directive\u007f'],
  ['zero-width and RTL marks', '\u200bN\u200dIS\u200e2\u202e\u2066 directive'],
  ['emoji', '🛡️ cyber 🇪🇺 resilience 👍🏽'],
  ['CJK', '日本のサイバーセキュリティ戦略は何ですか'],
  ['mentions', '@everyone <@123456789012345678> <#1> <@&42> what is NIS2'],
  ['masked link', '[click me](https://evil.example) **bold** `code` ||spoiler||'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: regex metacharacters typed as a question, `${}` among them
  ['regex metacharacters', '.*+?^${}()|[]\\ (?<x>a)\\1 NIS2'],
  ['a thousand one-letter words', 'a b c d e f g h i j '.repeat(100)],
  ['one common word repeated', 'the '.repeat(1500)],
  ['a long prefix-bait', 'co '.repeat(1000)],
  ['one huge token', 'x'.repeat(MAX_QUESTION_CHARS)],
  ['lone surrogates', '\ud800 resilience \udfff'],
];

describe('bad input', () => {
  it.each(NASTY)('%s: answers or refuses cleanly', (_what, question) => {
    askSafely(question);
  });

  it('says when a long question was shortened', () => {
    const words = Array.from({ length: 60 }, (_, i) => `topic${i}word`);
    const result = engine.ask(`NIS2 directive ${words.join(' ')}`);
    expect(result.plan.shortened).toBe(true);
  });

  it('refuses a question over the limit with a clear message', () => {
    expect(() => engine.ask('x'.repeat(MAX_QUESTION_CHARS + 1))).toThrow(UserError);
  });

  it('never throws anything but a UserError, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ maxLength: 200, unit: 'binary' }), fc.string({ maxLength: 200, unit: 'grapheme' })),
        (q) => {
          askSafely(q);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('looks actors and passage ids up, never uses them as patterns or paths', () => {
    expect(() => engine.resolveActor('.*')).toThrow('Unknown actor ".*"');
    expect(() => engine.passage('../../../etc/passwd')).toThrow('There is no passage "../../../etc/passwd".');
    expect(engine.suggestActors('(', 25).length).toBe(0);
    expect(engine.suggestPassages('.*', 25).length).toBe(0);
  });
});
