/**
 * The floors `npm run quality -- --corpus` holds the engine to, read from a
 * small JSON file (bench/quality/thresholds.json unless `--thresholds`
 * names another): per kind (or `total`), per figure, the least accepted.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { FIGURE_NAMES, type FigureName, type Figures } from '../../fixtures/retrieval/corpus-metrics.ts';
import { QUESTION_KINDS, QUESTION_LANGUAGES } from '../../fixtures/retrieval/corpus-questions/schema.ts';
import { QuestionDataError } from '../../fixtures/retrieval/corpus-questions/schema.ts';

/** The default file. */
export const DEFAULT_THRESHOLDS = new URL('./thresholds.json', import.meta.url).pathname;

const floors = z.partialRecord(z.enum(FIGURE_NAMES), z.number().min(0).max(1));
const thresholdsSchema = z.strictObject({
  /** Why the floors are where they are (for the reader; not used). */
  note: z.string().optional(),
  /** Floors of the English questions, per kind. */
  min: z.partialRecord(z.enum([...QUESTION_KINDS, 'total']), floors),
  /** Floors of each other language's questions, over all their kinds. */
  languages: z.partialRecord(z.enum(QUESTION_LANGUAGES), floors).optional(),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** Reads and validates a thresholds file. */
export async function loadThresholds(file: string): Promise<Thresholds> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new QuestionDataError(`${file}: a readable JSON thresholds file (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = thresholdsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QuestionDataError(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * Every figure below its floor, in words; empty when all hold. A floor for a
 * figure that was not measured fails too. `measured` is the English figures
 * per kind; `byLanguage` each other language's total.
 */
export function belowThresholds(
  thresholds: Thresholds,
  measured: readonly { kind: string; figures: Figures }[],
  byLanguage: ReadonlyMap<string, Figures> = new Map(),
): string[] {
  const failures: string[] = [];
  for (const [language, mins] of Object.entries(thresholds.languages ?? {})) {
    const got = byLanguage.get(language);
    for (const [name, min] of Object.entries(mins ?? {}) as [FigureName, number][]) {
      const value = got?.[name];
      if (value === undefined) failures.push(`${language} ${name}: not measured (floor ${min})`);
      else if (value < min) failures.push(`${language} ${name}: ${value.toFixed(3)} < ${min}`);
    }
  }
  for (const [kind, mins] of Object.entries(thresholds.min)) {
    const got = measured.find((m) => m.kind === kind)?.figures;
    for (const [name, min] of Object.entries(mins ?? {}) as [FigureName, number][]) {
      const value = got?.[name];
      if (value === undefined) failures.push(`${kind} ${name}: not measured (floor ${min})`);
      else if (value < min) failures.push(`${kind} ${name}: ${value.toFixed(3)} < ${min}`);
    }
  }
  return failures;
}
