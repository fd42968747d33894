/**
 * Turning a packed knowledge base into the one an engine serves. This is
 * all the serving thread does with a build: slice the passages out of the
 * corpus's paragraphs, restore the index over the packed postings, check the
 * curated entries; the facts are unpacked when first asked for (a question
 * never needs them, so `policy-bot ask` never reads them). Written as steps
 * (steps.ts): a reload adopts a few milliseconds at a time, between the
 * interactions it keeps answering.
 */
import { CacheFormatError } from '../errors.ts';
import { lazyFactBase, type FactBase } from '../facts/base.ts';
import { extractFacts } from '../facts/extract.ts';
import { FactLexicon } from '../facts/lexicon.ts';
import type { Facts } from '../facts/types.ts';
import type { Corpus } from '../knowledge/corpus.ts';
import type { Logger } from '../log.ts';
import { SearchIndex } from '../search/index.ts';
import { type Acronym, harvestAcronymSteps } from '../search/acronyms.ts';
import { QueryPlanner } from '../search/plan.ts';
import { ITEMS_PER_STEP, runAll, runCooperatively, type Steps } from '../steps.ts';
import type { Passage } from '../passages/chunk.ts';
import { type Analysis, analysisOf } from '../text/analysis/languages.ts';
import { decodeBody } from './cache-format.ts';
import { readCacheSync } from './cache.ts';
import { type PackedFacts, unpackFacts } from './fact-pack.ts';
import type { FactsSource, Origin, PackedKnowledge } from './packed.ts';
import { unpackCorpusSteps } from './corpus-pack.ts';
import { unpackPassageSteps } from './passage-pack.ts';
import type { Part } from './versions.ts';

/** Everything built from one knowledge folder. Immutable: a reload builds another. */
export interface KnowledgeBase {
  readonly corpus: Corpus;
  readonly passages: readonly Passage[];
  readonly passageById: ReadonlyMap<string, Passage>;
  readonly index: SearchIndex;
  readonly planner: QueryPlanner;
  /** Facts extracted from the passages (events, instruments, organisations, themes) and the curated profile entries. */
  readonly facts: FactBase;
  /** How it was obtained: from a fresh cache, or built (and why). */
  readonly origin: Origin;
  /** The parts built rather than taken from the cache. */
  readonly built: readonly Part[];
  /** How many passages updates in place (apply-changes.ts) have taken out or put in since the last whole build: 0 for a whole one; a cache an update wrote keeps its count (cache-update.ts). */
  readonly drift: number;
}

/** The display name of each actor, by id. */
export function actorNames(corpus: Corpus): Map<string, string> {
  return new Map(corpus.actors.map((a) => [a.id, a.name]));
}

/** The facts `source` holds, over `passages`. Throws a CacheFormatError when they do not fit. */
function factsFrom(source: FactsSource, corpus: Corpus, passages: readonly Passage[], logger: Logger): Facts {
  switch (source.kind) {
    case 'packed':
      return unpackFacts(source.facts, passages);
    case 'body':
      return unpackFacts(decodeBody(Buffer.from(source.body.buffer, source.body.byteOffset, source.body.byteLength)) as PackedFacts, passages);
    case 'file': {
      const read = readCacheSync(source.file, 'facts', source.key);
      if (read.status === 'fresh') return unpackFacts(read.value as PackedFacts, passages);
      // The file changed since the build looked at it (another process rebuilt it): extract, as a build would.
      logger.warn({ cache: source.file, reason: read.reason }, 'the facts cache went away; extracting the facts');
      return extractFacts(passages, new FactLexicon(corpus));
    }
  }
}

/**
 * The knowledge base of `packed`. Throws a CacheFormatError when a part
 * does not fit the corpus (the caller rebuilds it), a KnowledgeError for a
 * curated entry that cites no passage or misquotes it.
 */
export function adopt(packed: PackedKnowledge, logger: Logger): KnowledgeBase {
  return runAll(adoptSteps(packed, logger));
}

/** {@link adopt}, a few milliseconds at a time between whatever else the event loop has to do (steps.ts). Rejects like it throws. */
export function adoptCooperatively(packed: PackedKnowledge, logger: Logger, budgetMs?: number): Promise<KnowledgeBase> {
  return runCooperatively(adoptSteps(packed, logger), budgetMs);
}

/** {@link adopt} as steps. */
export function* adoptSteps(packed: PackedKnowledge, logger: Logger): Steps<KnowledgeBase> {
  const corpus = 'packed' in packed.corpus ? yield* unpackCorpusSteps(packed.corpus.packed) : packed.corpus;
  const passages = yield* unpackPassageSteps(packed.passages, corpus.documents, actorNames(corpus));
  const index = yield* SearchIndex.restore(packed.index, passages);
  const passageById = new Map<string, Passage>();
  for (let i = 0; i < passages.length; i++) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const p = passages[i];
    if (p !== undefined) passageById.set(p.id, p);
  }
  yield;
  const facts = lazyFactBase(corpus, passageById, () => {
    try {
      return factsFrom(packed.facts, corpus, passages, logger);
    } catch (error) {
      if (!(error instanceof CacheFormatError)) throw error;
      // Asked for mid-service: the question must still be answered, so extract rather than fail.
      logger.warn({ reason: error.message }, 'the cached facts do not fit the passages; extracting them');
      return extractFacts(passages, new FactLexicon(corpus));
    }
  });
  return {
    corpus,
    passages,
    passageById,
    index,
    planner: plannerOf(corpus, passages, packed.index.acronyms),
    facts,
    origin: packed.origin,
    built: packed.built,
    drift: packed.index.drift ?? 0,
  };
}

/**
 * The query planner over `passages` of `corpus`, with the acronyms they
 * define: those a packed index carries (pack.ts), else harvested here.
 */
export function plannerOf(corpus: Corpus, passages: readonly Passage[], acronyms?: readonly Acronym[]): QueryPlanner {
  return runAll(plannerSteps(corpus, passages, acronyms));
}

/** {@link plannerOf} as steps (steps.ts): an update makes its planner between interactions. */
export function* plannerSteps(corpus: Corpus, passages: readonly Passage[], acronyms?: readonly Acronym[]): Steps<QueryPlanner> {
  const harvested = acronyms ?? (yield* harvestAcronymSteps(passages));
  yield;
  const languages = actorLanguages(passages);
  yield;
  const byLanguage = passagesByLanguage(passages);
  yield;
  return new QueryPlanner({ ...corpus, acronyms: harvested, languages, passagesByLanguage: byLanguage });
}

/** The language tags of each actor's passages (English where a document has none): what a question about the actor reaches (plan.ts). */
function actorLanguages(passages: readonly Passage[]): Map<string, string[]> {
  const byActor = new Map<string, Set<string>>();
  for (const p of passages) {
    const tags = byActor.get(p.actor) ?? new Set<string>();
    byActor.set(p.actor, tags);
    tags.add(p.language ?? 'en');
  }
  return new Map([...byActor].map(([actor, tags]) => [actor, [...tags]]));
}

/** How many passages each analysis has (English for those of no language or one without an analysis of its own). */
function passagesByLanguage(passages: readonly Passage[]): Map<Analysis, number> {
  const counts = new Map<Analysis, number>();
  for (const p of passages) {
    const a = analysisOf(p.language);
    counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}
