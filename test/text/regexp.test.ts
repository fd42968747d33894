/** Regular expressions over written text (src/text/regexp.ts): names searched as written, as whole words. */
import { describe, expect, it } from 'vitest';
import { escapeRegExp, wholeWordRegExp } from '../../src/text/regexp.ts';

describe('regular expressions over written text', () => {
  it('escapes every character a regular expression reads as syntax', () => {
    const special = 'U.S. (a+b)*? [x] {2} ^$ | \\';
    expect(new RegExp(`^${escapeRegExp(special)}$`, 'u').test(special)).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.'), 'u').test('UxSx')).toBe(false);
  });

  it('finds a name as a whole word, in any script, and only so', () => {
    expect(wholeWordRegExp('EU').test('the EU and NATO')).toBe(true);
    expect(wholeWordRegExp('EU').test('EUROPOL')).toBe(false);
    expect(wholeWordRegExp('Côte').test('la Côte d’Ivoire')).toBe(true);
    expect(wholeWordRegExp('Côte').test('Côtelette')).toBe(false);
    expect(wholeWordRegExp('EU').test('the eu')).toBe(false);
    expect(wholeWordRegExp('EU', 'iu').test('the eu')).toBe(true);
    expect(wholeWordRegExp('EU', 'gu').flags).toBe('gu');
  });
});
