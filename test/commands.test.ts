import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_COMMANDS_DIR, loadCommands, validateCommand, CommandRegistry } from '../src/commands/registry.ts';
import { defineCommand } from '../src/commands/command.ts';
import { reply } from '../src/replies.ts';

describe('command files', () => {
  it('loads every command in commands/, each once', async () => {
    // The expected names come from the folder itself (one file per command, named as the command), so a new file is checked too.
    const files = (await readdir(DEFAULT_COMMANDS_DIR))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/u, ''))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const registry = await loadCommands();
    expect(registry.all.map((c) => c.name).sort()).toEqual(files);
    for (const name of files) expect(registry.get(name).name).toBe(name);
  });

  it('rejects a malformed command, naming the file and the field', () => {
    expect(() => validateCommand({ name: 'Ask Me', description: 'x', options: [], run: () => undefined }, 'bad.ts')).toThrow(
      'policy-bot: bad.ts: name: expected a lowercase name of 1 to 32 letters, digits, - or _',
    );
    expect(() => validateCommand({ name: 'x', description: 'x', options: [] }, 'norun.ts')).toThrow('policy-bot: norun.ts: run: expected a run function');
  });

  it('rejects a required option after an optional one', () => {
    const bad = {
      name: 'x',
      description: 'x',
      options: [
        { name: 'a', description: 'a', type: 'string' },
        { name: 'b', description: 'b', type: 'string', required: true },
      ],
      run: () => undefined,
    };
    expect(() => validateCommand(bad, 'order.ts')).toThrow(
      'policy-bot: order.ts: options.1: expected required options before optional ones (Discord requires it)',
    );
  });

  it('rejects two commands with one name', () => {
    const c = defineCommand({ name: 'dup', description: 'd', options: [], run: () => reply('notice', { text: '' }) });
    expect(() => new CommandRegistry([c, c])).toThrow('policy-bot: two commands are named "dup"');
  });
});

describe('command files talk to the engine only', () => {
  it('import nothing but the command framework, the engine and the replies', async () => {
    const allowed = /^\.\.\/src\/(commands\/[a-z-]+|engine|replies)\.ts$/u;
    const files = (await readdir(DEFAULT_COMMANDS_DIR)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(join(DEFAULT_COMMANDS_DIR, file), 'utf8');
      const imports = [...text.matchAll(/^import .* from '([^']+)';$/gmu)].map((m) => m[1]);
      expect(imports.length).toBeGreaterThan(0);
      expect(
        imports.filter((i) => !allowed.test(i ?? '')),
        file,
      ).toEqual([]);
    }
  });
});
