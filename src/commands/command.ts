/**
 * What a command file in `commands/` exports: its definition (name,
 * description, options) and its handler together. The handler calls the
 * engine and returns a {@link Reply}; a view renders it.
 */
import type { Engine } from '../engine.ts';
import type { Logger } from '../log.ts';
import type { ReloadOutcome } from '../reload.ts';
import type { Reply } from '../replies.ts';
import type { FeedbackStore } from '../feedback/store.ts';
import type { DocumentIngest } from './documents.ts';
import type { OptionSpec, OptionValues } from './options.ts';

/** Which front is calling. */
export type FrontName = 'discord' | 'console' | 'cli';

/** What a handler gets besides its options. */
export interface CommandContext {
  /** The engine serving now (a reload may replace it between calls, never during one). */
  readonly engine: Engine;
  readonly front: FrontName;
  /** The asking user's id, where the front has users. */
  readonly userId?: string;
  /** Whether the caller may run admin commands. The front decides (Manage Server on Discord; the terminal's owner is). */
  readonly isAdmin: boolean;
  readonly logger: Logger;
  /**
   * Where a later page of a paged answer starts: the results to skip (Discord's
   * "More results"). Commands whose long answers page as they render ignore it.
   */
  readonly offset?: number;
  /** Every command the front serves, in name order (the registry's): what `/help` lists. */
  readonly commands: readonly AnyCommand[];
  /** Rebuilds the engine from the knowledge folder (admin commands only); absent where the front cannot reload. */
  readonly reload?: () => Promise<ReloadOutcome>;
  /** Reads uploaded documents into the knowledge folder (admin commands only); absent where the front takes no uploads. */
  readonly ingest?: DocumentIngest;
  /** The ratings of answers (`/feedback` lists them); absent where the front keeps none. */
  readonly feedback?: Pick<FeedbackStore, 'list'>;
  /**
   * The engine serving at the time of asking, where a reload may replace it
   * while a command waits (commands/execute.ts: facts settling); absent: `engine`.
   */
  readonly latestEngine?: () => Engine;
}

/** A command: definition and handler. */
export interface Command<O extends readonly OptionSpec[] = readonly OptionSpec[]> {
  /** Lowercase, as typed after the slash. */
  readonly name: string;
  readonly description: string;
  readonly options: O;
  /** Changes state: only for admins (Discord: Manage Server), checked again when run. */
  readonly admin?: boolean;
  /** Every reply is for the asker alone: a reply that has to be deferred is deferred privately, so it never shows in the channel. */
  readonly privateReplies?: boolean;
  /**
   * Set for a command only Discord can run (it takes an attachment): what the
   * terminal fronts answer instead, e.g. the terminal command that does the same.
   */
  readonly inTerminal?: string;
  /** The reply is deferred at once (on Discord), not after DEFER_AFTER_MS: for a command that waits on work elsewhere (a reload's build). */
  readonly deferAtOnce?: boolean;
  /** Reads the engine's facts (profiles, timelines, comparisons): run once they have settled (Engine.factsSettled). */
  readonly readsFacts?: boolean;
  /**
   * Also offered on Discord as a message context-menu command called `name`
   * (on any message, e.g. "Ask policy-bot"): the message's text, cut to the
   * option's maxLength, goes to the string option `option`; the answer is
   * private, with a button to show it to the channel.
   */
  readonly messageMenu?: { readonly name: string; readonly option: string };
  run(options: OptionValues<O>, context: CommandContext): Reply | Promise<Reply>;
}

/**
 * Defines a command. The `const` type parameter keeps the option specs
 * literal, so `run` gets options typed from them.
 */
export function defineCommand<const O extends readonly OptionSpec[]>(command: Command<O>): Command<O> {
  return command;
}

/** A command with its option types erased: what registries and fronts hold. */
export type AnyCommand = Command<readonly OptionSpec[]>;
