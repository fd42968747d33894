/**
 * Turns a zod validation failure into a {@link KnowledgeError} that names the
 * field and says what was expected, in words a corpus curator understands.
 */
import type { z } from 'zod';
import { KnowledgeError } from '../errors.ts';

/** Dotted path of an issue: `source.url`, `actors.2.aliases`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describe(issue: z.core.$ZodIssue): { field: string; expected: string } {
  const field = issuePath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      // zod says "received undefined" for a missing key: say "missing" instead.
      if (issue.input === undefined) return { field, expected: `is missing (expected ${issue.expected})` };
      return { field, expected: `expected ${issue.expected}, got ${describeValue(issue.input)}` };
    case 'unrecognized_keys':
      return {
        field,
        expected: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      };
    case 'invalid_value':
      return {
        field,
        expected: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`,
      };
    default:
      return { field, expected: `expected ${issue.message}${issue.input === undefined ? '' : `, got ${describeValue(issue.input)}`}` };
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

/** Parses `value` with `schema`, or throws a KnowledgeError for the first issue, naming `file` and the field. */
export function parseKnowledge<S extends z.ZodType>(schema: S, value: unknown, file: string, fieldPrefix = ''): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const first = result.error.issues[0];
  if (first === undefined) throw new KnowledgeError(file, fieldPrefix, 'does not validate');
  const { field, expected } = describe(first);
  const full = [fieldPrefix, field].filter((p) => p !== '').join('.');
  throw new KnowledgeError(file, full, expected);
}
