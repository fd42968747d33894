/**
 * `npm run quality -- --corpus <folder>`: builds a knowledge folder from the
 * national strategies, checks the corpus questions against it, asks every
 * question of the engine and of plain MiniSearch over the same passages, and
 * prints the figures per kind, the misses with what came first, and whether
 * the engine holds the thresholds.
 */
import { rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { type Answer, type Figures, figuresByKind, judge, matchKey, type Outcome } from '../../fixtures/retrieval/corpus-metrics.ts';
import { HELD_OUT } from '../../fixtures/retrieval/corpus-questions/held-out.ts';
import { corpusQuestions } from '../../fixtures/retrieval/corpus-questions/index.ts';
import { QUESTION_KINDS, QuestionDataError } from '../../fixtures/retrieval/corpus-questions/schema.ts';
import { loadCountries } from './actors-fixture.ts';
import { plainMiniSearch } from './baseline.ts';
import { readStrategies, type StrategyFile } from './corpus-files.ts';
import { buildKnowledgeFolder, type FolderSource } from './knowledge-folder.ts';
import { figureTable, missLines } from './report.ts';
import { belowThresholds, DEFAULT_THRESHOLDS, loadThresholds } from './thresholds.ts';
import { verifyPassages, verifyQuestions } from './verify.ts';

/** How many results each answerer is asked for. */
const TOP = 10;

/** `others` of an answer, once the engine reports them (issue 14): read only when it has the expected shape. */
const othersSchema = z.array(z.looseObject({ actor: z.string() })).optional();

/** The engine's answer to one question, as the metrics read it. The question is asked as typed: the engine finds the actor it names. */
function engineAnswer(engine: Engine, question: string): Answer {
  // The question's language is detected, as it is for a user who types it.
  const result = engine.ask(question, { top: TOP });
  const others = othersSchema.safeParse((result as unknown as Record<string, unknown>)['others']);
  return {
    abstained: result.abstained,
    reason: result.reason,
    results: result.results.map((r) => ({ id: r.passage.id, actor: r.passage.actor, text: r.passage.text })),
    ...(others.success && others.data !== undefined ? { others: others.data } : {}),
  };
}

/** Whether an expected slice is in its actor's documents among `files` (a run on some languages keeps only those). */
function inFiles(e: { actor: string; text: string }, files: readonly StrategyFile[]): boolean {
  const key = matchKey(e.text);
  return files.some((f) => f.actor === e.actor && matchKey(f.text).includes(key));
}

/** Options of {@link runCorpusQuality}. */
export interface CorpusQualityOptions {
  /** The floors (default bench/quality/thresholds.json). */
  readonly thresholds?: string | undefined;
  /** Where to write the figures and outcomes as JSON, if anywhere. */
  readonly json?: string | undefined;
  /** How the corpus goes into the knowledge folder (default: through ingest, as users add documents). */
  readonly from?: FolderSource | undefined;
  /** Only the documents and questions in these languages (default: all): `en` measures the English corpus alone. */
  readonly languages?: readonly string[] | undefined;
  /** Where to keep the knowledge folder, and reuse it when it was built from the same files (default: a temporary folder, deleted). */
  readonly folder?: string | undefined;
}

/** One outcome as written to the JSON file: the question, where its passage ranked, and what came first. */
function outcomeRecord(o: Outcome): object {
  const first = o.answer.results[0];
  return {
    kind: o.question.kind,
    language: o.question.language,
    question: o.question.question,
    actor: o.question.actor,
    rank: o.rank,
    honest: o.question.kind === 'silent' || o.question.kind === 'absent' || o.question.kind === 'none' ? o.honest : undefined,
    abstained: o.answer.abstained,
    reason: o.answer.reason,
    first: first === undefined ? undefined : { id: first.id, actor: first.actor },
  };
}

/** Runs the measurement; returns the process exit code (0 ok, 1 under thresholds, 2 bad data). */
export async function runCorpusQuality(corpusDir: string, options: CorpusQualityOptions = {}): Promise<number> {
  const thresholdsFile = options.thresholds ?? DEFAULT_THRESHOLDS;
  const out = (line = ''): boolean => process.stdout.write(`${line}\n`);
  let dir: string | undefined;
  try {
    const thresholds = await loadThresholds(thresholdsFile);
    const [all, countries] = await Promise.all([readStrategies(corpusDir), loadCountries()]);
    const wanted = (language: string): boolean => options.languages === undefined || options.languages.includes(language);
    const files = all.filter((f) => wanted(f.language));
    const unknown = files.filter((f) => !countries.some((c) => c.id === f.actor)).map((f) => f.name);
    if (unknown.length > 0) throw new QuestionDataError(`no country in bench/fixtures/strategies-actors.yaml for ${unknown.join(', ')}`);
    const questions = corpusQuestions()
      .filter((q) => wanted(q.language))
      .map((q) => (options.languages === undefined ? q : { ...q, expect: q.expect.filter((e) => inFiles(e, files)) }));
    verifyQuestions(questions, files);

    dir = await buildKnowledgeFolder(files, countries, options.from ?? 'ingest', options.folder);
    const started = performance.now();
    const engine = await Engine.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() });
    const built = performance.now() - started;
    const passages = engine.kb.passages;
    verifyPassages(questions, passages);
    const baseline = plainMiniSearch(
      passages.map((p) => ({ id: p.id, actor: p.actor, text: p.text })),
      countries,
    );

    const ours: Outcome[] = [];
    const plain: Outcome[] = [];
    for (const q of questions) {
      ours.push(judge(q, engineAnswer(engine, q.question)));
      plain.push(judge(q, baseline(q.question)));
    }
    const english = (o: Outcome): boolean => o.question.language === 'en';
    const oursFigures = figuresByKind(ours.filter(english), QUESTION_KINDS);
    const plainFigures = figuresByKind(plain.filter(english), QUESTION_KINDS);
    const languages = [...new Set(questions.map((q) => q.language))].filter((l) => l !== 'en');
    const byLanguage = new Map(
      languages.map((l) => [
        l,
        figuresByKind(
          ours.filter((o) => o.question.language === l),
          QUESTION_KINDS,
        ),
      ]),
    );
    const plainByLanguage = new Map(
      languages.map((l) => [
        l,
        figuresByKind(
          plain.filter((o) => o.question.language === l),
          QUESTION_KINDS,
        ),
      ]),
    );

    const counts = [...new Set(files.map((f) => f.language))].map((l) => `${files.filter((f) => f.language === l).length} ${l}`).join(', ');
    out(`corpus ${corpusDir}: ${files.length} documents (${counts}), ${passages.length} passages (engine built in ${(built / 1000).toFixed(1)} s)`);
    out(`${questions.length} questions; each cell is ours / plain MiniSearch (one-country filter)`);
    out();
    out(`English (${questions.filter((q) => q.language === 'en').length} questions):`);
    for (const line of figureTable(oursFigures, plainFigures)) out(line);
    // The held-out questions again, apart: written without looking at the thesaurus, they show what it does beyond the questions it was written for.
    const heldOut = new Set(HELD_OUT.map((q) => q.question));
    const isHeldOut = (o: Outcome): boolean => heldOut.has(o.question.question);
    const heldOutFigures = figuresByKind(ours.filter(isHeldOut), QUESTION_KINDS);
    const plainHeldOutFigures = figuresByKind(plain.filter(isHeldOut), QUESTION_KINDS);
    out();
    out(`held out (${heldOut.size} of the above, written after the thesaurus; fixtures/retrieval/corpus-questions/held-out.ts):`);
    for (const line of figureTable(heldOutFigures, plainHeldOutFigures)) out(line);
    for (const [language, figures] of byLanguage) {
      out();
      out(`${language} (${questions.filter((q) => q.language === language).length} questions):`);
      for (const line of figureTable(figures, plainByLanguage.get(language) ?? [])) out(line);
    }
    out();
    out('questions that miss (ours), with what came first:');
    for (const line of missLines(ours)) out(`  ${line}`);

    const totals = new Map<string, Figures>();
    for (const [language, kinds] of byLanguage) {
      const total = kinds.find((k) => k.kind === 'total');
      if (total !== undefined) totals.set(language, total.figures);
    }
    const failures = belowThresholds(thresholds, options.languages === undefined || options.languages.includes('en') ? oursFigures : [], totals);
    if (options.json !== undefined) {
      const record = {
        corpus: corpusDir,
        passages: passages.length,
        ours: oursFigures,
        plain: plainFigures,
        heldOut: { ours: heldOutFigures, plain: plainHeldOutFigures },
        languages: Object.fromEntries(byLanguage),
        belowThresholds: failures,
        outcomes: { ours: ours.map(outcomeRecord), plain: plain.map(outcomeRecord) },
      };
      await writeFile(options.json, `${JSON.stringify(record, null, 2)}\n`);
    }
    out();
    if (failures.length === 0) {
      out(`thresholds (${thresholdsFile}): all hold`);
      return 0;
    }
    out(`UNDER THRESHOLDS (${thresholdsFile}):`);
    for (const f of failures) out(`  ${f}`);
    return 1;
  } catch (error) {
    if (!(error instanceof QuestionDataError)) throw error;
    process.stderr.write(`npm run quality: ${error.message}\n`);
    return 2;
  } finally {
    if (dir !== undefined && options.folder === undefined) await rm(dir, { recursive: true, force: true });
  }
}
