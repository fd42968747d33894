import { describe, expect, it } from 'vitest';
import { loadCommands, validateCommand, CommandRegistry } from '../src/commands/registry.ts';
import { defineCommand } from '../src/commands/command.ts';
import { reply } from '../src/replies.ts';

describe('command files', () => {
  it('loads every command in commands/, each once', async () => {
    const registry = await loadCommands();
    expect(registry.all.map((c) => c.name)).toEqual(expect.arrayContaining(['ask', 'help', 'source', 'sources']));
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
    expect(() => validateCommand(bad, 'order.ts')).toThrow('policy-bot: order.ts: options.1: expected required options before optional ones (Discord requires it)');
  });

  it('rejects two commands with one name', () => {
    const c = defineCommand({ name: 'dup', description: 'd', options: [], run: () => reply('notice', { text: '' }) });
    expect(() => new CommandRegistry([c, c])).toThrow('policy-bot: two commands are named "dup"');
  });
});
