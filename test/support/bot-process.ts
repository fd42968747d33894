/**
 * The bot as `npm start` runs it, in a process of its own
 * (`node --import tsx src/main.ts`), pointed at a
 * {@link FakeDiscord} in this one. Its pino lines on standard error are
 * collected, parsed. For signal handling, process guards, the file watcher,
 * and load figures that are not the fake's own event loop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import type { FakeDiscord } from './fake-discord.ts';

/** A bot process and what it logged. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Every log line so far, parsed (lines that are not JSON are kept as `{ text }`). */
  readonly logs: Record<string, unknown>[];
  /** Resolves to the first log line matching `match` (one already logged counts); rejects after `timeoutMs` or if the process ends first. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Sends `signal` and resolves to the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves to the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts the bot against `fake` with `env` (besides the token and API base);
 * resolves once it is connected. Only the variables given reach the child, so
 * that nothing of the test machine's environment (or a `.env`) changes it.
 */
// Ready within 60 s: a bot process loading the sources through tsx took over 20 s on a loaded test machine.
export async function spawnBot(fake: FakeDiscord, env: Readonly<Record<string, string>>, readyTimeoutMs = 60_000): Promise<BotProcess> {
  // The TypeScript loader in the bot's own process (not tsx's CLI, a parent process that relays only some signals): a signal reaches the bot itself.
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), 'src/main.ts'], {
    cwd: PACKAGE_ROOT,
    // Reload builds at normal priority unless a test says otherwise: at nice 19 on a loaded test machine a build can wait
    // minutes for a core (the priority itself is tested in test/store/build-process.e2e.test.ts).
    env: { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, BUILD_NICE: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let rest = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts.filter((l) => l.trim() !== '')) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ text: line });
      }
    }
  });
  let ended = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => ((ended = true), resolve(code))));
  const waitForLog = async (match: (line: Record<string, unknown>) => boolean, timeoutMs = 10_000) => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = logs.find(match);
      if (found !== undefined) return found;
      if (ended) throw new Error(`the bot process ended without the log line; it logged:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`);
      if (performance.now() > deadline) throw new Error(`no such log line within ${timeoutMs} ms; the bot logged:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const bot: BotProcess = {
    child,
    logs,
    waitForLog,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (!ended) child.kill(signal);
      return exited;
    },
  };
  try {
    await waitForLog((l) => l['msg'] === 'connected to Discord', readyTimeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return bot;
}
