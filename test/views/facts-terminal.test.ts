import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/facts/profile.ts';
import { renderActorProfile } from '../../src/views/terminal/facts.ts';
import { PLAIN_STYLE } from '../../src/views/terminal/style.ts';
import { MADE_UP_ACTORS, madeUpDocument, madeUpFacts } from '../facts/made-up.ts';

describe('a terminal profile', () => {
  it('lists an instrument named in several passages once, with where else it is cited', () => {
    const { base } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'Xland adopted the Law on Digital Harbours (Harbour Law) in 2018 to protect its ports.',
        'The Harbour Law obliges every port operator to report incidents to the agency.',
      ]),
    ]);
    const xland = MADE_UP_ACTORS[0] as (typeof MADE_UP_ACTORS)[0];
    const text = renderActorProfile({ profile: buildProfile(xland, base, [], 2) }, PLAIN_STYLE);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  - Law on Digital Harbours (Harbour Law)'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toContain('[xland-doc-2019#1]');
    expect(lines[at + 2]).toBe('    also cited: xland-doc-2019#2');
    expect(lines.filter((l) => l.includes('Harbour Law') && l.startsWith('  - '))).toHaveLength(1);
  });
});
