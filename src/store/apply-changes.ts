/**
 * A served knowledge base after some of its documents changed, updated in
 * place for those documents only: their old passages out of the index and
 * their new ones in (search/update.ts), the query planner's per-actor data
 * taken again, and the facts: those of the new passages extracted and the
 * old ones' dropped until the build process has written the whole corpus's
 * (facts merge across documents: see updatedFactBase). Everything fallible (reading, validating, chunking) has been
 * done by then, in the build process, and all that changes nothing is done
 * a few milliseconds at a time; what changes the index runs in one turn of
 * the event loop, so that no question sees half an update.
 */
import { CacheFormatError } from '../errors.ts';
import { type FactBase, type FactParts, factPartsSteps, lazyFactBase } from '../facts/base.ts';
import { checkCurated } from '../facts/curated.ts';
import { combineFacts, extractDocumentFactsSteps } from '../facts/extract.ts';
import { FactLexicon } from '../facts/lexicon.ts';
import type { Facts } from '../facts/types.ts';
import type { Corpus } from '../knowledge/corpus.ts';
import type { Passage } from '../passages/chunk.ts';
import { analyseUpdate } from '../search/update.ts';
import { BackgroundSteps, ITEMS_PER_STEP, type Steps } from '../steps.ts';
import { type KnowledgeBase, plannerSteps } from './adopt.ts';
import { readCacheSync } from './cache.ts';
import { type PackedFacts, unpackFacts } from './fact-pack.ts';
import { passagesInOrder } from './passage-order.ts';

/** The facts `before`, without those of the passages `removed`, with `added`'s: the facts of an update until the whole corpus's are written. */
function mergeFacts(before: Facts, removed: ReadonlySet<string>, added: Facts): Facts {
  const keep = <T extends { readonly evidence: { readonly passageId: string } }>(items: readonly T[], more: readonly T[]): T[] => [
    ...items.filter((item) => !removed.has(item.evidence.passageId)),
    ...more,
  ];
  return {
    instruments: keep(before.instruments, added.instruments),
    organisations: keep(before.organisations, added.organisations),
    events: keep(before.events, added.events),
    themes: keep(before.themes, added.themes),
    stances: keep(before.stances, added.stances),
  };
}

/** Where the facts of a whole build of the changed corpus will be: the store's facts file and its key (the build process writes it after the hand-over). */
export interface WholeFacts {
  readonly file: string;
  readonly key: string;
}

/**
 * How long each turn of an update's facts (the added documents' extraction, the merge, the topics and the document
 * list: factsOfUpdate) runs (4 ms,
 * BackgroundSteps' default, before): a facts command soon after the swap
 * waits for them (Engine.factsSettled), and at 4 ms turns behind 50 users
 * that wait ran past a second; each turn is still short beside the other
 * interactions.
 */
const ADDED_FACTS_SLICE_MS = 20;

/**
 * The fact base of an updated knowledge base. Facts are merged across the
 * corpus (one instrument named in several documents is one item), so the
 * old facts with the changed documents' extracted alone (`parts`, made in
 * the background after the swap) are close to a whole extraction but not
 * it. They are served only until the build process has written the whole
 * corpus's facts (`whole`), which are read the first time they are asked
 * for after that. The curated entries are checked now, against the new
 * passages: a KnowledgeError refuses the update before the index changes.
 */
function updatedFactBase(
  next: Corpus,
  passages: readonly Passage[],
  passageById: ReadonlyMap<string, Passage>,
  whole: WholeFacts | undefined,
  parts: BackgroundSteps<FactParts>,
): FactBase {
  let exact: FactBase | undefined;
  const fromWhole = (): FactBase | undefined => {
    if (whole === undefined) return undefined;
    const read = readCacheSync(whole.file, 'facts', whole.key);
    if (read.status !== 'fresh') return undefined;
    try {
      const facts = unpackFacts(read.value as PackedFacts, passages);
      return lazyFactBase(next, passageById, () => facts);
    } catch (error) {
      // Written for other passages (another build's, racing this one): the facts of the meantime stand.
      if (error instanceof CacheFormatError) return undefined;
      throw error;
    }
  };
  const curated = checkCurated(next.actors, passageById);
  const current = (): FactParts => {
    exact ??= fromWhole();
    return exact ?? parts.get();
  };
  return {
    get facts() {
      return current().facts;
    },
    curated,
    get documents() {
      return parts.get().documents;
    },
    get passagesByTopic() {
      return current().passagesByTopic;
    },
    settled: parts.settled,
  };
}

/**
 * A served knowledge base `kb` with the documents `removedDocIds` taken out
 * and the passages `added` (of `next`'s new and changed documents) put in,
 * over the corpus `next`, in two parts: as steps (steps.ts), all that
 * changes nothing (the passages' order and lookup, their analysis, the
 * curated entries checked, the planner, the frequent terms' postings),
 * which may run between
 * interactions; then the function it returns, which updates the index in
 * place and returns the knowledge base, in one turn. `kb` must not change in
 * between (a holder runs one build at a time).
 */
export function* prepareDocumentChanges(
  kb: KnowledgeBase,
  next: Corpus,
  removedDocIds: ReadonlySet<string>,
  added: readonly Passage[],
  wholeFacts?: WholeFacts,
): Steps<() => KnowledgeBase> {
  const removed: Passage[] = [];
  const kept: Passage[] = [];
  for (const p of kb.passages) (removedDocIds.has(p.docId) ? removed : kept).push(p);
  yield;
  // In the corpus's document order, as a whole build lists them (and as the cache is written: cache-update.ts).
  const passages = passagesInOrder(kept, added, next.documents);
  yield;
  // Built in document order, as a whole build's: the facts list the documents in the map's order (facts/base.ts).
  const passageById = new Map<string, Passage>();
  for (let i = 0; i < passages.length; i++) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const p = passages[i];
    if (p !== undefined) passageById.set(p.id, p);
  }
  const removedIds = new Set(removed.map((p) => p.id));
  // The changed documents' facts, extracted between interactions once the update is served (started by the commit):
  // extracted when first asked for, they held that first question (and every one behind it) for ~0.4 s at 100k, and
  // extracted before the commit, they kept the new document from being found for as long.
  // Their lexicon is made here, before the commit (one turn of a few ms): after it, each facts command waits for the
  // facts (Engine.factsSettled), so what is left for then is kept to making them.
  const lexicon = new FactLexicon(next);
  yield;
  // The whole of the facts a command reads (the merged facts, their topics, the document list), made in the background
  // after the swap: a facts command waits for them (Engine.factsSettled), then only reads. Made in its own turn, at 100k
  // the first read held every interaction behind it for ~0.18 s.
  const factParts = new BackgroundSteps(factsOfUpdate(next, passages, added, lexicon, kb.facts, removedIds));
  const facts = updatedFactBase(next, passages, passageById, wholeFacts, factParts);
  yield;
  const planner = yield* plannerSteps(next, passages);
  const analysed = yield* analyseUpdate(removed, added);
  yield;
  // All of the index's update that changes nothing (the frequent terms' full postings copied with the change, the new
  // passages as the engine takes them, the lengths): here, not in the turn that changes the index.
  const prepared = yield* kb.index.prepareUpdate(analysed);
  const documents = new Set([...removedDocIds, ...added.map((p) => p.docId)]).size;
  return () => {
    const updated: KnowledgeBase = {
      corpus: next,
      passages,
      passageById,
      // From here on `kb`'s index is this one's.
      index: kb.index.applyUpdate(prepared),
      planner,
      facts,
      origin: { from: 'update', reason: `${documents} document(s) updated in place` },
      built: [],
      drift: kb.drift + removed.length + added.length,
    };
    factParts.start(ADDED_FACTS_SLICE_MS);
    return updated;
  };
}

/**
 * The fact parts of the updated corpus `next` over `passages`, as steps: the
 * passages `added` have their facts extracted alone (their documents' only)
 * with the new corpus's `lexicon`, and merged with the served facts
 * (`before`) less those of the passages `removed`.
 */
function* factsOfUpdate(
  next: Corpus,
  passages: readonly Passage[],
  added: readonly Passage[],
  lexicon: FactLexicon,
  before: FactBase,
  removed: ReadonlySet<string>,
): Steps<FactParts> {
  const addedFacts = combineFacts(yield* extractDocumentFactsSteps(added, lexicon), lexicon);
  yield;
  // The served base's facts may be read from the cache here, once.
  const served = before.facts;
  yield;
  const facts = mergeFacts(served, removed, addedFacts);
  yield;
  return yield* factPartsSteps(next, passages, facts);
}
