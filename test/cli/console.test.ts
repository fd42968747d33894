import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { copyOfKnowledge } from '../support/engine.ts';
import { cli } from '../support/terminal.ts';

describe('the console', () => {
  it('answers slash commands one per line and ends at end of input', async () => {
    const run = await cli(
      [],
      ['/ask What is NIS2? top:1', '/help', '/source eu-resilience-capacity-building#3', 'Japan ASEAN', '/nope', '/ask CCB actor:mars'],
    );
    expect(run.code).toBe(0);
    const blocks = run.out.trimEnd().split('\n\n');
    expect(blocks[0]).toMatch(/^1\. European Union · .*\[eu-resilience-capacity-building#2\]/);
    expect(run.out).toContain('policy-bot answers questions from its sources, quoting them verbatim.');
    expect(run.out).toContain('This internal buildup of capabilities is supplemented');
    expect(run.out).toContain('[japan-resilience-capacity-building#3]');
    expect(run.out).toContain('Unknown command "/nope". Commands: /actor, /ask,');
    expect(run.out).toContain('Unknown actor "mars".');
  });

  it('keeps colons in a question that are not option names', async () => {
    const run = await cli([], ['/ask NIS2: what is it?']);
    expect(run.out).toContain('[eu-resilience-capacity-building#2]');
  });
});

describe('/reload in the console', () => {
  it('reports a broken file and keeps answering from the previous corpus', async () => {
    const dir = await copyOfKnowledge();
    try {
      const input = (async function* () {
        yield '/ask What is NIS2? top:1';
        await writeFile(join(dir, 'bad.md'), '---\nid: Bad Id\n---\n\nx\n');
        yield '/reload';
        yield '/ask What is NIS2? top:1';
      })();
      let out = '';
      const io = {
        out: (t: string) => {
          out += t;
        },
        err: () => {},
        lines: () => input,
        interactive: false,
      };
      const code = await runCli(['--knowledge', dir], io, { CACHE_DIR: '/nonexistent/x', LOG_LEVEL: 'silent' });
      expect(code).toBe(0);
      expect(out).toContain('Reload refused, the previous corpus keeps serving. bad.md: id: expected a lowercase id');
      expect(out.match(/\[eu-resilience-capacity-building#2\]/g)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
