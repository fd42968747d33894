/** Drives the terminal fronts in-process with scripted input, capturing what they print. */
import type { TerminalIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

/** What a run printed and how it ended. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** A non-interactive terminal that reads `input` (lines) and keeps what is written to each stream. */
export function scriptedTerminal(input: readonly string[] = []): { readonly io: TerminalIO; out(): string; err(): string } {
  let out = '';
  let err = '';
  const io: TerminalIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    lines: async function* () {
      yield* input;
    },
    interactive: false,
  };
  return { io, out: () => out, err: () => err };
}

/** Runs `policy-bot ...args` with `input` as standard input (lines), without a cache. */
export async function cli(args: readonly string[], input: readonly string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  const terminal = scriptedTerminal(input);
  const code = await runCli(args, terminal.io, { CACHE_DIR: '/nonexistent/policy-bot-test-cache', LOG_LEVEL: 'silent', ...env });
  return { code, out: terminal.out(), err: terminal.err() };
}
