/**
 * One structured log line per interaction: what was asked (the command, the
 * button or the autocomplete), where and by whom (guild and user ids), how
 * long it took, how many results it gave and whether it abstained, and what
 * went wrong if anything. The question's length is logged at info; what the
 * user typed (the question and other options) only at debug, so that a
 * production log holds no message content (see SECURITY.md).
 */
import type { Logger } from '../log.ts';
import type { Reply } from '../replies.ts';

/** What kind of interaction it was (`message`: a question asked by mentioning the bot, or a follow-up). */
export type InteractionKind = 'command' | 'button' | 'autocomplete' | 'message';

/** What the router learnt while answering one interaction. */
export interface InteractionRecord {
  readonly kind: InteractionKind;
  /** The interaction id, to match the line with Discord's records. */
  readonly interaction: string;
  /** The command name, or the button's custom id. */
  readonly command: string;
  readonly guild: string | undefined;
  readonly user: string;
  /** The options as typed (debug only: user content). */
  readonly options?: Readonly<Record<string, unknown>>;
  results?: number;
  abstained?: boolean;
  /** A user error's code, or `internal` for a bug. */
  error?: string;
  /** Refused by the rate limiter: which bucket was empty, and when to retry. */
  rateLimited?: { readonly scope: 'user' | 'guild'; readonly retryAfterSeconds: number };
}

/** How many results a reply carries, and whether it abstained (`/ask`). Help, lists and notices carry no count. */
export function summariseReply(reply: Reply): Pick<InteractionRecord, 'results' | 'abstained'> {
  switch (reply.kind) {
    case 'ask':
      return { results: reply.result.results.length, abstained: reply.result.abstained };
    case 'passage':
      return { results: 1 };
    case 'actor':
      return { results: Object.values(reply.profile.fields).reduce((n, entries) => n + entries.length, 0) };
    case 'timeline':
      return { results: reply.timeline.dated.length + reply.timeline.planned.length };
    case 'compare':
      return { results: reply.comparison.rows.length };
    case 'feedback':
      return { results: reply.listing.available ? reply.listing.questions.length : 0 };
    case 'help':
    case 'sources':
    case 'notice':
    case 'ingest':
      return {};
  }
}

/** Writes the line for `record`, which took `ms`. Errors are logged at warn (internal ones were logged in full already). */
export function logInteraction(logger: Logger, record: InteractionRecord, ms: number): void {
  const { options, ...rest } = record;
  const question = options?.['question'];
  const line = {
    ...rest,
    ms: Math.round(ms * 100) / 100,
    ...(typeof question === 'string' ? { questionChars: question.length } : {}),
    ...(options !== undefined && logger.isLevelEnabled('debug') ? { options } : {}),
  };
  if (record.error === 'internal') logger.warn(line, 'interaction');
  else logger.info(line, 'interaction');
}
