/**
 * The order answers are shown in (src/search/order.ts, junk.ts): a line of
 * names (an address, a citation) ranks below prose, and a passage held
 * whole in one shown before it is not shown again.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocuments, type Passage } from '../../src/passages/chunk.ts';
import { junkKind } from '../../src/search/junk.ts';
import { distinct, nearDuplicates, ordered } from '../../src/search/order.ts';
import { atlantisDocument } from '../support/atlantis.ts';

const passagesOf = (...paragraphs: string[]): Passage[] => chunkDocuments([atlantisDocument('d', ...paragraphs)], new Map([['atlantis', 'Atlantis']]));

describe('a line of names', () => {
  it('is junk: an address, a reference entry, a cover attribution', () => {
    expect(junkKind('Room 4-112, Harbour Hall, Poseidon Road 7, Atlantis.')).toBe('names');
    expect(junkKind('7. Building Harbours: Strategies and Policies for the Developing World, International Bank for Reconstruction, 2010')).toBe('names');
    expect(junkKind('Republic of Atlantis, Atlantis CERT, National Harbour Security Strategy of Atlantis 2019-2023, November 2018')).toBe('names');
  });

  it('is not prose, nor a list of names inside a sentence', () => {
    expect(
      junkKind('The Atlantis CERT, founded in 2006, coordinates incident response for the Ministry of Harbours, the Navy and the Port Police.'),
    ).toBeUndefined();
    expect(junkKind('Atlantis, Lemuria and Mu signed the accord.')).toBeUndefined();
  });

  it('ranks below prose of the same score', () => {
    const [address, prose] = passagesOf('Room 4-112, Harbour Hall, Poseidon Road 7, Atlantis.', 'The Atlantis CERT reports to the Ministry of Harbours.');
    if (address === undefined || prose === undefined) throw new Error('fixture passages missing');
    expect(ordered([address, prose].map((passage) => ({ passage, score: 1 }))).map((s) => s.passage)).toEqual([prose, address]);
  });
});

describe('a passage held in another', () => {
  const bullet = '4.5.11.1. Develop and disseminate online safety guidelines to protect children in Atlantis from cyber threats';
  const [short, long, other] = passagesOf(
    bullet,
    `${bullet} 4.5.11.2. Run awareness campaigns for parents, teachers and guardians on the tools that keep children safe.`,
    'Atlantis will protect its harbours from cyber threats with a new response team for the ports.',
  );
  if (short === undefined || long === undefined || other === undefined) throw new Error('fixture passages missing');

  it('is a near-duplicate of the passage that holds it, though that one is much longer', () => {
    expect(nearDuplicates(short, long)).toBe(true);
    expect(nearDuplicates(short, other)).toBe(false);
  });

  it('is shown once: the first of the two in the order', () => {
    const shown = distinct(
      [long, short, other].map((passage) => ({ passage, score: 1 })),
      3,
    ).map((s) => s.passage);
    expect(shown).toEqual([long, other]);
  });
});
