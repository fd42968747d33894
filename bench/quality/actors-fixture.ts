/** The countries of the national-strategies corpus, from bench/fixtures/strategies-actors.yaml, validated. */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { QuestionDataError } from '../../fixtures/retrieval/corpus-questions/schema.ts';

/** The fixture's path. */
export const ACTORS_FIXTURE = new URL('../fixtures/strategies-actors.yaml', import.meta.url);

const countrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/u),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});
export type Country = z.infer<typeof countrySchema>;

/** Reads and validates the fixture; ids must be unique. */
export async function loadCountries(): Promise<Country[]> {
  const parsed = z.strictObject({ countries: z.array(countrySchema).min(1) }).safeParse(parseYaml(await readFile(ACTORS_FIXTURE, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QuestionDataError(`${ACTORS_FIXTURE.pathname}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = parsed.data.countries.map((c) => c.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) throw new QuestionDataError(`${ACTORS_FIXTURE.pathname}: "${dup}" appears twice`);
  return parsed.data.countries;
}
