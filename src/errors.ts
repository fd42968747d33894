/**
 * The project's error classes. Expected failures that a user can fix are
 * {@link UserError}s and are shown as a short message; a corpus that does not
 * validate is a {@link KnowledgeError} naming the file, the field and what was
 * expected. Anything else is a bug and is logged with its stack.
 */

/** Base class: every error the project throws on purpose is one of these. */
export class PolicyBotError extends Error {
  override name = 'PolicyBotError';
}

/** What kind of user mistake a {@link UserError} is, for fronts that map them (exit codes, private replies). */
export type UserErrorCode =
  | 'empty-question'
  | 'question-too-long'
  | 'unknown-actor'
  | 'unknown-passage'
  | 'unknown-topic'
  | 'bad-range'
  | 'bad-argument'
  | 'unknown-command';

/** An expected failure caused by what the user asked: shown to them as it is, never with a stack trace. */
export class UserError extends PolicyBotError {
  override name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A knowledge file (or the knowledge folder) that does not validate. */
export class KnowledgeError extends PolicyBotError {
  override name = 'KnowledgeError';
  constructor(
    /** The file, relative to the knowledge folder. */
    readonly file: string,
    /** The offending field as a dotted path (`source.url`), or `''` for the file as a whole. */
    readonly field: string,
    /** What was expected, in words. */
    readonly expected: string,
  ) {
    super(`policy-bot: ${file}: ${field === '' ? '' : `${field}: `}${expected}`);
  }
}

/** The configuration (environment or `.env`) does not validate. */
export class ConfigError extends PolicyBotError {
  override name = 'ConfigError';
}

/** Why a file could not be ingested, for fronts that word or count them. */
export type IngestProblem =
  | 'unsupported-format'
  | 'wrong-extension'
  | 'encrypted'
  | 'corrupt'
  | 'empty'
  | 'scanned'
  | 'too-large'
  | 'timeout'
  | 'unknown-actor'
  | 'actor-unsure'
  | 'id-collision'
  | 'duplicate';

/** A file that `ingest` refuses: names the file, what is wrong and what to do. Nothing is written when one is thrown. */
export class IngestError extends PolicyBotError {
  override name = 'IngestError';
  constructor(
    /** The file as the user named it. */
    readonly file: string,
    readonly problem: IngestProblem,
    /** What is wrong and what to do, in words. */
    readonly detail: string,
  ) {
    super(`policy-bot ingest: ${file}: ${detail}`);
  }
}

/**
 * Discord refused the bot for good: a token it rejects (401 at login, gateway
 * close 4004) or a gateway setting it does not allow (intents, sharding).
 * A setup problem the operator fixes; never retried.
 */
export class DiscordRefusedError extends PolicyBotError {
  override name = 'DiscordRefusedError';
  constructor(
    /** The gateway close code (4004…4014), or the HTTP status of a refused login (401). */
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A check of the program's own rules failed (data a module was handed that
 * breaks its contract, a method that must not be called): a bug, logged
 * with its stack (exit 70), thrown on purpose so that wrong data is never
 * served or saved.
 */
export class InternalError extends PolicyBotError {
  override name = 'InternalError';
}

/** The package is not installed as it should be (no package.json above the code, a dependency's data malformed). */
export class InstallationError extends PolicyBotError {
  override name = 'InstallationError';
}

/**
 * The installed MiniSearch is not shaped as the search layer's adapter
 * (src/search/minisearch-adapter.ts, checked by minisearch-shape.ts) reads it: a version other than the one
 * package.json pins and the tests hold our scores equal to. Thrown before an
 * index is built or restored, so that a changed MiniSearch is refused
 * instead of read into wrong answers.
 */
export class SearchEngineMismatchError extends InstallationError {
  override name = 'SearchEngineMismatchError';
  constructor(
    /** The installed MiniSearch's version ('unknown' when its package.json cannot be read). */
    readonly version: string,
    /** The version the adapter was written and tested against. */
    readonly tested: string,
    /** What the adapter expected and did not find, in words. */
    readonly missing: readonly string[],
  ) {
    super(
      `policy-bot: the installed minisearch ${version} is not shaped as the search adapter reads it (written for ${tested}): ${missing.join('; ')}. Install the version package.json pins (npm ci), or update src/search/minisearch-adapter.ts and run test/search/scoring.test.ts.`,
    );
  }
}

/** Discord answered a request in a way the bot cannot use (a missing or malformed field). */
export class DiscordResponseError extends PolicyBotError {
  override name = 'DiscordResponseError';
}

/**
 * A cache file that is not what the store wrote for this key: damaged,
 * truncated, of another layout, or not fitting the corpus it is read with.
 * The one failure that means "rebuild it"; any other error while reading a
 * cache is a bug, and is logged as such.
 */
export class CacheFormatError extends PolicyBotError {
  override name = 'CacheFormatError';
}

/** A knowledge build that failed for another reason than an invalid corpus (a bug, a build worker that died): the message says what happened. */
export class BuildFailedError extends PolicyBotError {
  override name = 'BuildFailedError';
}
