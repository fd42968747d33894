/**
 * Starting a child process on one of the project's own modules, from
 * wherever this code runs: the build in dist/ (plain Node) or the TypeScript
 * sources (tests and `npm run dev`), where the child registers tsx's loader
 * with `--import` before its entry is loaded. The child gets an IPC channel
 * (node:child_process fork).
 */
import { type ChildProcess, fork, type ForkOptions } from 'node:child_process';

/**
 * Forks `entry` (a path from {@link runtimePath}) with `args`. Node flags of
 * this process are not passed on (a serving process's heap settings are not
 * a builder's): only what running the sources needs.
 */
export function startModuleProcess(entry: string, args: readonly string[], options: Omit<ForkOptions, 'execArgv'> = {}): ChildProcess {
  const execArgv = entry.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  return fork(entry, [...args], { ...options, execArgv });
}
