/**
 * Command options, described once, front-neutrally: the Discord slash
 * definition, the console's `/ask ... actor:eu` syntax and the one-shot CLI's
 * flags are all derived from the same {@link OptionSpec}s, and so are the
 * handler's option types and the zod schema that parses what a user sent.
 */
import { z } from 'zod';

/**
 * What an option holds. `user` is a Discord user id (a snowflake);
 * `attachment` a file the user attached (Discord only: see {@link UploadedFile}).
 */
export type OptionType = 'string' | 'integer' | 'boolean' | 'user' | 'attachment';

/** The option types only Discord can give: an option of one of these must be `discordOnly`. */
export const DISCORD_ONLY_TYPES: readonly OptionType[] = ['attachment'];

/**
 * A file a user attached to a command: what the front was told about it, and
 * its bytes, fetched by the front only when the handler asks (so that a
 * refused command, or a file refused by its declared size or type, is never
 * downloaded). The front decides where the bytes come from and caps them.
 */
export interface UploadedFile {
  /** The file's name as uploaded: for messages only, never a path. */
  readonly name: string;
  /** The size the front declares, in bytes (Discord's, before anything is fetched). */
  readonly size: number;
  /** The content type the front declares, if any. */
  readonly contentType: string | undefined;
  /** Fetches the bytes; rejects with a UserError when the front refuses them (too large, unreachable). */
  bytes(): Promise<Uint8Array>;
}

/** Whether `value` is an {@link UploadedFile} (what the option schema accepts for an attachment). */
export function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['name'] === 'string' &&
    typeof v['size'] === 'number' &&
    Number.isInteger(v['size']) &&
    (v['size'] as number) >= 0 &&
    (v['contentType'] === undefined || typeof v['contentType'] === 'string') &&
    typeof v['bytes'] === 'function'
  );
}

/** Which index an option's autocomplete answers from. */
export type AutocompleteSource = 'actor' | 'topic' | 'passage';

/** One option of a command. */
export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  readonly autocomplete?: AutocompleteSource;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
  /** Only where the front has users (Discord): the terminal fronts do not offer it. */
  readonly discordOnly?: boolean;
}

type ValueOf<T extends OptionType> = T extends 'integer' ? number : T extends 'boolean' ? boolean : T extends 'attachment' ? UploadedFile : string;

/** The parsed options of a command, typed from its specs: required ones present, the others possibly undefined. */
export type OptionValues<O extends readonly OptionSpec[]> = {
  readonly [S in O[number] as S['name']]: S['required'] extends true ? ValueOf<S['type']> : ValueOf<S['type']> | undefined;
};

/** Discord's limits on names and descriptions of commands and options. */
export const NAME_PATTERN = /^[-_a-z0-9]{1,32}$/u;
export const MAX_DESCRIPTION_CHARS = 100;
export const MAX_OPTIONS = 25;
/** Discord's maximum length of a string option. */
export const MAX_STRING_OPTION_CHARS = 6000;

/** The zod schema for the value of one option. */
function valueSchema(spec: OptionSpec): z.ZodType {
  switch (spec.type) {
    case 'string': {
      let s = z.string().max(spec.maxLength ?? MAX_STRING_OPTION_CHARS, `at most ${spec.maxLength ?? MAX_STRING_OPTION_CHARS} characters`);
      if (spec.minLength !== undefined) s = s.min(spec.minLength, `at least ${spec.minLength} characters`);
      return s;
    }
    case 'integer': {
      let n = z.coerce.number({ error: 'a whole number' }).int('a whole number');
      if (spec.minValue !== undefined) n = n.min(spec.minValue, `at least ${spec.minValue}`);
      if (spec.maxValue !== undefined) n = n.max(spec.maxValue, `at most ${spec.maxValue}`);
      return n;
    }
    case 'boolean':
      return z.preprocess((v) => (v === 'true' || v === 'yes' ? true : v === 'false' || v === 'no' ? false : v), z.boolean({ error: 'true or false' }));
    case 'user':
      return z.string().regex(/^\d{17,20}$/u, 'a user');
    case 'attachment':
      return z.custom<UploadedFile>(isUploadedFile, 'an attached file');
  }
}

/** The zod schema for all options of a command: parses raw values (strings from a terminal, typed values from Discord). */
export function optionsSchema(specs: readonly OptionSpec[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of specs) {
    const value = valueSchema(spec);
    shape[spec.name] = spec.required === true ? value : value.optional();
  }
  return z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
}
