/**
 * The facts of one knowledge base: what was extracted, the curated entries,
 * and which passages touch which topic. Built once per knowledge base, after
 * the passages are loaded (or taken from the cache).
 */
import type { Corpus } from '../knowledge/corpus.ts';
import type { Passage } from '../passages/chunk.ts';
import { type CheckedCuratedEntry, checkCurated } from './curated.ts';
import { type DocumentFacts, documentFacts, documentFactsSteps } from './documents.ts';
import type { Steps } from '../steps.ts';
import { extractFacts } from './extract.ts';
import { FactLexicon } from './lexicon.ts';
import type { Facts } from './types.ts';

/** Facts, curated entries and topic coverage of one knowledge base. */
export interface FactBase {
  readonly facts: Facts;
  readonly curated: readonly CheckedCuratedEntry[];
  /** Every document with its year, type and status. */
  readonly documents: readonly DocumentFacts[];
  /** Topic id → the ids of the passages that touch it. */
  readonly passagesByTopic: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Resolves once reading `facts` does no more than read: set where some are
   * still being extracted between interactions (an update's added
   * documents, store/apply-changes.ts), which a read before then would
   * finish in its own turn, holding every interaction behind it.
   */
  readonly settled?: Promise<void>;
}

/**
 * Builds the fact base of `corpus` over `passages`; `extracted` are their
 * facts when already known (from the cache). Throws a KnowledgeError for a
 * bad curated entry.
 */
export function buildFactBase(corpus: Corpus, passages: readonly Passage[], passageById: ReadonlyMap<string, Passage>, extracted?: Facts): FactBase {
  const facts = extracted ?? extractFacts(passages, new FactLexicon(corpus));
  return {
    facts,
    curated: checkCurated(corpus.actors, passageById),
    documents: documentFacts(corpus.documents, passages),
    passagesByTopic: topicCoverage(corpus, facts),
  };
}

/** A fact base's parts other than the curated entries (an update makes them between interactions: store/apply-changes.ts). */
export type FactParts = Pick<FactBase, 'facts' | 'documents' | 'passagesByTopic'>;

/** The parts of `corpus`'s fact base over `passages` (in corpus order) with the extracted `facts`, as steps (steps.ts). */
export function* factPartsSteps(corpus: Corpus, passages: readonly Passage[], facts: Facts): Steps<FactParts> {
  const passagesByTopic = topicCoverage(corpus, facts);
  yield;
  const documents = yield* documentFactsSteps(corpus.documents, passages);
  return { facts, documents, passagesByTopic };
}

/**
 * A fact base whose facts are loaded by `load` when first read (a question
 * never needs them): the curated entries are checked now, so that a bad one
 * still fails the build, not a later command.
 */
export function lazyFactBase(corpus: Corpus, passageById: ReadonlyMap<string, Passage>, load: () => Facts): FactBase {
  const curated = checkCurated(corpus.actors, passageById);
  let loaded: { facts: Facts; passagesByTopic: ReadonlyMap<string, ReadonlySet<string>> } | undefined;
  const get = () => {
    if (loaded === undefined) {
      const facts = load();
      loaded = { facts, passagesByTopic: topicCoverage(corpus, facts) };
    }
    return loaded;
  };
  let documents: readonly DocumentFacts[] | undefined;
  return {
    curated,
    // The passages in document order, as the map holds them.
    get documents() {
      documents ??= documentFacts(corpus.documents, [...passageById.values()]);
      return documents;
    },
    get facts() {
      return get().facts;
    },
    get passagesByTopic() {
      return get().passagesByTopic;
    },
  };
}

/** Topic id → the passages that touch it: a passage is on a topic when one of its sentences is (a topic phrase never spans two sentences). */
function topicCoverage(corpus: Corpus, facts: Facts): Map<string, Set<string>> {
  const passagesByTopic = new Map<string, Set<string>>(corpus.topics.map((t) => [t.id, new Set<string>()]));
  for (const hit of facts.themes) passagesByTopic.get(hit.topic)?.add(hit.evidence.passageId);
  return passagesByTopic;
}
