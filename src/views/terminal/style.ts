/** How terminal text is styled: ANSI on a colour terminal, plain Markdown-ish marks otherwise. */

/** The markers a terminal view uses. */
export interface TerminalStyle {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  /** Around a matched word in an excerpt. */
  readonly markOpen: string;
  readonly markClose: string;
}

/** ANSI colours, for a TTY. */
export const ANSI_STYLE: TerminalStyle = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  markOpen: '\u001b[1;33m',
  markClose: '\u001b[22;39m',
};

/** No escape codes, for pipes and files: matched words in **double asterisks**. */
export const PLAIN_STYLE: TerminalStyle = {
  bold: (s) => s,
  dim: (s) => s,
  markOpen: '**',
  markClose: '**',
};
