/** `--png FILE`: the timeline and comparison pictures written to a file, the answer still printed. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/engine.ts';
import { pngSize } from '../support/png.ts';
import { cli } from '../support/terminal.ts';

describe('policy-bot timeline/compare --png FILE', () => {
  it('writes the timeline picture and still prints the answer', async () => {
    const file = join(await tempDir(), 'timeline.png');
    const run = await cli(['timeline', '--actor', 'eu', '--actor', 'japan', '--png', file]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('2016 Network and Information Security (NIS) Directive');
    const size = pngSize(await readFile(file));
    expect(run.err).toBe(
      `policy-bot: picture written to ${file} (${size.width}×${size.height} px, ${Math.ceil((await readFile(file)).byteLength / 1024)} KiB)\n`,
    );
    expect(size.width).toBeGreaterThan(500);
  });

  it('writes the comparison picture beside one JSON object on standard output', async () => {
    const file = join(await tempDir(), 'compare.png');
    const run = await cli(['compare', 'eu', 'us', '--json', '--png', file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toHaveProperty('rows');
    expect(pngSize(await readFile(file)).height).toBeGreaterThan(500);
  });

  it('refuses --png for a command without a picture, an unwritable file, and --png with --stdin', async () => {
    const ask = await cli(['ask', 'NIS2', '--png', join(await tempDir(), 'x.png')]);
    expect(ask.code).toBe(1);
    expect(ask.err).toBe('--png: only timeline and compare draw a picture.\n');
    const nowhere = await cli(['timeline', '--png', join(await tempDir(), 'no', 'such', 'x.png')]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toMatch(/^--png: cannot write .+x\.png \(ENOENT\)\.\n$/u);
    const stdin = await cli(['ask', '--stdin', '--png', 'x.png'], ['NIS2']);
    expect(stdin.code).toBe(2);
    expect(stdin.err).toMatch(/^--png writes one picture: it does not go with --stdin/u);
  });
});
