/**
 * Finding actors in a question: looked up by first word (actor-names.ts),
 * it must find what a search for every name as a whole word finds (a
 * Unicode regex per name, case-insensitive but for acronyms), in the same
 * order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/knowledge/corpus.ts';
import { ActorNames } from '../../src/search/actor-names.ts';
import { isAcronym, normaliseText } from '../../src/text/terms.ts';

const actor = (id: string, name: string, aliases: string[]): Actor => ({ id, name, aliases }) as unknown as Actor;
const actors = [
  actor('eu', 'European Union', ['EU', 'the Union', 'Brussels', "People's Union"]),
  actor('us', 'United States', ['US', 'U.S.', 'U.S', 'USA', 'Washington']),
  actor('japan', 'Japan', ['Tokyo', 'Japanese government']),
  actor('ci', "Côte d'Ivoire", ['Ivory Coast']),
  actor('uk', 'United Kingdom', ['UK', 'Britain']),
];
const names = new ActorNames(actors);

/** The definition: each name as a whole word anywhere in the question, the first place it stands. */
function expected(question: string): string[] {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const found: { id: string; at: number }[] = [];
  for (const a of actors) {
    let first = Infinity;
    for (const raw of [a.name, ...a.aliases]) {
      const n = normaliseText(raw);
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, isAcronym(n) ? 'u' : 'iu');
      const at = re.exec(question)?.index ?? -1;
      if (at >= 0 && at < first) first = at;
    }
    if (first !== Infinity) found.push({ id: a.id, at: first });
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.id);
}

const pieces = [
  'European',
  'Union',
  'union',
  'EU',
  'eu',
  'Eu',
  'the',
  'US',
  'us',
  'U.S.',
  'u.s.',
  'USA',
  'United',
  'States',
  'states',
  'Japan',
  'japan',
  'Japanese',
  'government',
  'Tokyo',
  'Brussels',
  'Washington',
  "People's",
  'People',
  'Côte',
  "d'Ivoire",
  'Ivory',
  'Coast',
  'UK',
  'Britain',
  'Kingdom',
  'policy',
  'l',
  'EU2020',
  'USAID',
  'pre',
  'x',
];
const glue = [' ', ' ', ' ', "'", "'s ", '-', '.', ',', '/', '(', ')', '', '2', 'é'];

describe('finding actors in a question', () => {
  it('finds what a whole-word search for every name finds, in the same order', () => {
    const question = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 12 })
      .map((parts) => parts.map(([p, g]) => p + g).join(''));
    fc.assert(
      fc.property(question, (q) => {
        expect(names.find(q), q).toEqual(expected(q));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('finds a name after an apostrophe inside a word, and one at the very start or end', () => {
    expect(names.find("l'EU and Japan")).toEqual(['eu', 'japan']);
    expect(names.find('x.U.S. and the U.S')).toEqual(['us']);
    // The same word read again after its apostrophe, followed by different text each time.
    expect(names.find("x'U then x'U.S.")).toEqual(['us']);
    expect(names.find('Japan')).toEqual(['japan']);
    expect(names.find('policy of the US')).toEqual(['us']);
    expect(names.find("EU's view")).toEqual(['eu']);
    expect(names.find('USAID and EU2020')).toEqual([]);
  });
});
