/** Fitting text into a box: never wider than the box, never more lines, nothing lost without an ellipsis. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/views/picture/font.ts';
import { ELLIPSIS, fitLines, oneLine } from '../../src/views/picture/text.ts';

describe('fitLines', () => {
  it('keeps every line within the width and the line count, and ends cut text with an ellipsis', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: fc.constantFrom('a', 'W', 'i', ' ', 'é', 'Ł', '—', '-', 'supercalifragilistic', '\n') }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        (text, width, lines) => {
          const box = { size: 15, width, lines };
          const out = fitLines(text, box, measureText);
          expect(out.length).toBeLessThanOrEqual(lines);
          for (const l of out) expect(measureText(l, 15)).toBeLessThanOrEqual(width + 0.001);
          const joined = out.join('').replace(/\s/gu, '');
          const whole = oneLine(text).replace(/\s/gu, '');
          if (!joined.endsWith(ELLIPSIS)) expect(joined).toBe(whole);
          else expect(whole.startsWith(joined.slice(0, -1))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('wraps at spaces when the words fit', () => {
    expect(fitLines('2018 Cybersecurity Strategy', { size: 15, width: 150, lines: 3 }, measureText)).toEqual(['2018 Cybersecurity', 'Strategy']);
  });
});
