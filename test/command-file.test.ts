/**
 * Adding a command is adding one file: a command file dropped into a folder
 * of commands shows in `/help` (terminal and Discord), the console, the CLI
 * usage and the slash definitions, with no other file touched.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../src/cli/console.ts';
import { parseOneShot, runOneShot, usage } from '../src/cli/one-shot.ts';
import type { CommandContext } from '../src/commands/command.ts';
import { executeCommand } from '../src/commands/execute.ts';
import { type CommandRegistry, DEFAULT_COMMANDS_DIR, loadCommands } from '../src/commands/registry.ts';
import { slashCommands } from '../src/discord/slash.ts';
import { silentLogger } from '../src/log.ts';
import { PACKAGE_ROOT } from '../src/paths.ts';
import { renderDiscord } from '../src/views/discord/render.ts';
import { renderTerminal } from '../src/views/terminal/render.ts';
import { PLAIN_STYLE } from '../src/views/terminal/style.ts';
import { seedEngine } from './support/engine.ts';
import { scriptedTerminal } from './support/terminal.ts';

/** The new command's file, importing the framework by absolute URL (it lives outside the project). */
const BRIEF = `
import { defineCommand } from '${pathToFileURL(join(PACKAGE_ROOT, 'src/commands/command.ts')).href}';
import { reply } from '${pathToFileURL(join(PACKAGE_ROOT, 'src/replies.ts')).href}';

export default defineCommand({
  name: 'brief',
  description: 'A one-line brief on a topic.',
  options: [{ name: 'topic', type: 'string', required: true, maxLength: 100, description: 'The topic, e.g. "resilience"' }],
  run({ topic }, { engine }) {
    return reply('notice', { text: 'Brief on ' + engine.resolveTopic(topic).name + '.' });
  },
});
`;

let dir: string;
let registry: CommandRegistry;

async function context(): Promise<CommandContext> {
  return { engine: await seedEngine(), front: 'console', isAdmin: true, logger: silentLogger(), commands: registry.all };
}

beforeAll(async () => {
  // The shipped commands (each re-exported, so that its own imports resolve where it lives) and the new file beside them.
  dir = await mkdtemp(join(tmpdir(), 'policy-bot-commands-'));
  for (const file of await readdir(DEFAULT_COMMANDS_DIR)) {
    await writeFile(join(dir, file), `export { default } from '${pathToFileURL(join(DEFAULT_COMMANDS_DIR, file)).href}';\n`);
  }
  await writeFile(join(dir, 'brief.ts'), BRIEF);
  registry = await loadCommands(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a command added as one file', () => {
  it('is listed by /help in the terminal and on Discord, with its options and description', async () => {
    const help = await executeCommand(registry.get('help'), {}, await context());
    const text = renderTerminal(help, PLAIN_STYLE);
    expect(text).toMatch(/^ {2}\/brief <topic> +A one-line brief on a topic\.$/mu);
    for (const c of registry.all) expect(text).toContain(`/${c.name}`);
    const discord = renderDiscord(help).embeds[0]?.description ?? '';
    expect(discord).toMatch(/^`\/brief topic`: A one-line brief on a topic\.$/mu);
    for (const c of registry.all) expect(discord).toContain(`\`/${c.name}`);
  });

  it('answers in the console', async () => {
    const { io, out } = scriptedTerminal(['/brief resilience', '/help']);
    const ctx = await context();
    expect(await runConsole(registry, () => ctx, io)).toBe(0);
    expect(out()).toContain('Brief on Resilience.');
    expect(out()).toContain('/brief <topic>');
  });

  it('is a subcommand of the CLI, in its usage', async () => {
    expect(usage(registry)).toMatch(/^ {2}policy-bot brief +A one-line brief on a topic\.$/mu);
    const { io, out } = scriptedTerminal();
    const code = await runOneShot(parseOneShot(registry.get('brief'), ['resilience']), { ...(await context()), front: 'cli' }, io, PLAIN_STYLE);
    expect(code).toBe(0);
    expect(out()).toBe('Brief on Resilience.\n');
  });

  it('gets a slash definition', () => {
    const brief = slashCommands(registry.all).find((c) => c.name === 'brief');
    expect(brief).toMatchObject({ description: 'A one-line brief on a topic.', options: [{ name: 'topic', required: true, max_length: 100 }] });
  });
});
