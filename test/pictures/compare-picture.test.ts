/** The comparison picture: every actor, aspect and shared feature in the SVG, shared rows set apart; a valid PNG. */
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/replies.ts';
import { pictureOf, renderPicture } from '../../src/views/picture/render.ts';
import { COLOURS } from '../../src/views/picture/svg.ts';
import { escapeXml } from '../../src/views/picture/text.ts';
import { seedEngine } from '../support/engine.ts';
import { pngSize } from '../support/png.ts';

describe('the comparison picture', () => {
  it('draws the seed comparison of the EU and the US as a grid with the shared features highlighted', async () => {
    const engine = await seedEngine();
    const answer = reply('compare', engine.citedComparison(['eu', 'us'], undefined));
    if (answer.kind !== 'compare') throw new Error('not a comparison');
    const picture = pictureOf(answer);
    if (picture === undefined) throw new Error('no picture');
    const { comparison } = answer;
    expect(comparison.shared.length).toBeGreaterThan(0);
    for (const a of comparison.actors) expect(picture.svg).toContain(escapeXml(a.name));
    for (const row of comparison.rows) expect(picture.svg.toLowerCase()).toContain(escapeXml(row.aspect).toLowerCase());
    for (const s of comparison.shared) {
      // A shared feature's row: its band, then its label, and a title naming who shares it.
      expect(picture.svg).toMatch(new RegExp(`<title>[^<]*: ${escapeXml(s.text)} \\(shared by [^<]*</title><rect [^>]*fill="${COLOURS.shared}"`, 'u'));
    }
    expect(picture.alt).toMatch(/^Compare: European Union, United States; \d+ shared · \d+ that only one has\.$/u);
    const rendered = await renderPicture(picture);
    const size = pngSize(rendered.png);
    expect(size).toEqual({ width: rendered.width, height: rendered.height });
    expect(size.width).toBeGreaterThanOrEqual(1000);
    expect(size.width).toBeLessThanOrEqual(1800);
    expect(rendered.png.byteLength).toBeLessThan(1_000_000);
  });
});
