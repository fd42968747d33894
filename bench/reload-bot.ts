/**
 * The bot as `npm start` runs it (dist/src/main.js with the start script's
 * Node flags), pointed at the loopback Discord, with rate limits that let
 * every benchmark user through (the figures are the bot's, not the
 * limiter's).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.ts';
import type { FakeDiscord } from '../fixtures/discord/fake-discord.ts';
import { startNodeFlags } from './production.ts';

/** A running bot process. */
export interface DistBot {
  readonly child: ChildProcess;
  /** The bot's "knowledge reloaded" log lines so far, parsed (they say what each reload cost the serving thread). */
  readonly reloads: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Starts the built bot against `fake` with `env`; resolves once it is connected. */
export async function spawnDistBot(fake: FakeDiscord, env: Readonly<Record<string, string>>): Promise<DistBot> {
  const child = spawn(process.execPath, [...startNodeFlags(), join(PACKAGE_ROOT, 'dist/src/main.js')], {
    cwd: PACKAGE_ROOT,
    env: {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      LOG_LEVEL: 'info',
      RATE_LIMIT_USER_CAPACITY: '100000',
      RATE_LIMIT_USER_PER_MINUTE: '100000',
      RATE_LIMIT_GUILD_CAPACITY: '100000',
      RATE_LIMIT_GUILD_PER_MINUTE: '100000',
      DISCORD_REST_REQUESTS_PER_SECOND: '10000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The bot logs at info as a deployment does; what is worse than info is shown, the rest only watched for readiness.
  let connected = false;
  const reloads: Record<string, unknown>[] = [];
  let rest = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes('"connected to Discord"')) connected = true;
      if (line.includes('"knowledge reloaded"')) {
        reloads.push(JSON.parse(line) as Record<string, unknown>);
        process.stderr.write(`bot: ${line}\n`);
      }
      const level = /"level":(\d+)/u.exec(line)?.[1];
      if (level === undefined || Number(level) > 30) process.stderr.write(`bot: ${line}\n`);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = performance.now() + 600_000;
  while (!connected) {
    if (child.exitCode !== null) throw new Error(`bench: the bot exited (${child.exitCode}) before it connected`);
    if (performance.now() > deadline) throw new Error('bench: the bot did not connect within 10 minutes');
    await new Promise((r) => setTimeout(r, 5));
  }
  return {
    child,
    reloads,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
