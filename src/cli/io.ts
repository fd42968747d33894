/** The terminal fronts' input and output, abstracted so tests can drive them without a process. */

/** Where a terminal front reads and writes. */
export interface TerminalIO {
  /** Writes to standard output (answers). */
  readonly out: (text: string) => void;
  /** Writes to standard error (messages about the run). */
  readonly err: (text: string) => void;
  /** Standard input, line by line. */
  readonly lines: () => AsyncIterable<string>;
  /** Whether output is a terminal (colours, prompt). */
  readonly interactive: boolean;
}
