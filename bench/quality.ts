/**
 * `npm run quality`: retrieval-quality figures.
 *
 * - No arguments: the shipped seed corpus (bench/quality/seed.ts), the same
 *   questions as test/retrieval/quality.test.ts.
 * - `--corpus <folder>` (a national-strategies folder, e.g.
 *   ../shared/corpora/national-strategies): the corpus questions of
 *   fixtures/retrieval/corpus-questions, the engine against plain MiniSearch, per
 *   kind; exits 1 when a figure is under the floors of `--thresholds <file>`
 *   (default bench/quality/thresholds.json), 2 on bad arguments or data.
 *   `--json <file>` also writes the figures and every outcome there, to
 *   compare runs (before/after a change, with and without a rule).
 *   `--languages en,fr` measures only the documents and questions in those
 *   languages (default: all; English figures per kind, each other language's
 *   apart).
 *   `--folder <dir>` keeps the knowledge folder the corpus was ingested into
 *   at `<dir>` and, when `<dir>` already holds one (its actors.yaml), reads
 *   it instead of ingesting again: a run in half the time while only the
 *   search changes (delete the folder after a change to ingest or the corpus).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const argsSchema = z.strictObject({
  corpus: z.string().min(1, 'a folder').optional(),
  thresholds: z.string().min(1, 'a file').optional(),
  json: z.string().min(1, 'a file').optional(),
  from: z.enum(['ingest', 'raw'], { error: 'ingest or raw' }).optional(),
  folder: z.string().min(1, 'a folder').optional(),
  languages: z
    .string()
    .regex(/^[a-z]{2}(?:,[a-z]{2})*$/u, 'language codes separated by commas, e.g. en,fr')
    .transform((v) => v.split(','))
    .optional(),
});

let args: z.infer<typeof argsSchema>;
try {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      thresholds: { type: 'string' },
      json: { type: 'string' },
      from: { type: 'string' },
      languages: { type: 'string' },
      folder: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  args = argsSchema.parse(values);
} catch (error) {
  process.stderr.write(
    `npm run quality: ${error instanceof Error ? error.message : String(error)}\nusage: npm run quality [-- --corpus <folder> [--thresholds <file>] [--json <file>] [--from ingest|raw] [--languages en,fr] [--folder <dir>]]\n`,
  );
  process.exit(2);
}

if (args.corpus === undefined) {
  await import('./quality/seed.ts');
} else {
  const { runCorpusQuality } = await import('./quality/run-corpus.ts');
  process.exitCode = await runCorpusQuality(args.corpus, {
    thresholds: args.thresholds,
    json: args.json,
    from: args.from,
    languages: args.languages,
    folder: args.folder,
  });
}
