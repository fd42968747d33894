/**
 * Updating an index in place when documents change: the passages of a
 * removed or changed document are taken out, those of a new or changed one
 * put in, and the rest is left as it is. One document into a 100k-passage
 * index costs its own passages, not a rebuild of the others (issue: serve).
 *
 * What an update does not redo, and so lets drift until the next full build
 * (store: a full build comes when a stage version changes or the updates
 * since the last one reach a share of the passages):
 * - caps: a capped common term's new postings are all indexed, so its
 *   capped list grows a little past the cap; a term that becomes frequent is
 *   not promoted to the full postings (capping.ts);
 * - headings: a heading word is indexed in a new passage only when the
 *   headings field already indexes it, or the index has never seen it, so a
 *   word the full build left out of the headings for heading too many
 *   passages ("cyber") does not come back with a handful of postings and a
 *   rare word's weight.
 * BM25's statistics (passage count, document frequencies, average lengths,
 * every passage's length normalisation) are kept exact.
 */
import type { Passage } from '../passages/chunk.ts';
import { InternalError } from '../errors.ts';
import type { Steps } from '../steps.ts';
import { type AnalysedToken, analyseText } from '../text/analysis/analyse.ts';
import { analysisOf } from '../text/analysis/languages.ts';
import { bm25Norm } from './bm25.ts';
import { SKIP, TERM_SEPARATOR, TOKEN_SEPARATOR } from './capping.ts';
import { FIELDS, HEADINGS_FIELD } from './fields.ts';
import type { EngineIndex, IndexedPassage } from './minisearch-adapter.ts';
import type { CommonPostings } from './postings.ts';
import type { FieldPostings } from './ranking.ts';
import { headingText, leadIns } from './lead-in.ts';

/** The lookup tables an index keeps by passage ordinal and by term (index.ts), as an update reads and returns them. */
export interface UpdatableTables {
  readonly vocabulary: readonly string[];
  /** Read from the engine (index.ts): they see an update's postings without being told. */
  readonly postings: readonly FieldPostings[];
  readonly ids: readonly string[];
  readonly actors: readonly string[];
  readonly actorCodes: Uint16Array;
  readonly norms: readonly Float64Array[];
}

/** An index's parts before an update; the update changes `mini` and `df` in place. */
export interface UpdateInput {
  readonly mini: EngineIndex;
  readonly df: Map<string, number>;
  readonly common: CommonPostings;
  readonly tables: UpdatableTables;
}

/** Each field's analysed tokens of a passage: its text, and its heading path with its lead-in (lead-in.ts), as a whole build indexes them. */
function analysed(p: Passage, leadIn: string | undefined): readonly [AnalysedToken[], AnalysedToken[]] {
  const analysis = analysisOf(p.language);
  return [analyseText(p.text, analysis), analyseText(headingText(p, leadIn), analysis)];
}

/** The passages of an update with their analysed text and headings: the part of an update that changes nothing, done first. */
export interface AnalysedUpdate {
  readonly removed: readonly { readonly passage: Passage; readonly fields: readonly [AnalysedToken[], AnalysedToken[]] }[];
  readonly added: readonly { readonly passage: Passage; readonly fields: readonly [AnalysedToken[], AnalysedToken[]] }[];
}

/** Analyses the passages an update takes out and puts in (steps.ts: between interactions), changing nothing. */
export function* analyseUpdate(removed: readonly Passage[], added: readonly Passage[]): Steps<AnalysedUpdate> {
  // An update takes out and puts in whole documents, each one's passages together and in order: their lead-ins are theirs.
  const each = function* (passages: readonly Passage[]) {
    const out: { passage: Passage; fields: readonly [AnalysedToken[], AnalysedToken[]] }[] = [];
    const leads = leadIns(passages);
    for (const [i, passage] of passages.entries()) {
      // Passages are a few hundred words: a step every few of them.
      if (out.length % 8 === 0) yield;
      out.push({ passage, fields: analysed(passage, leads[i]) });
    }
    return out;
  };
  return { removed: yield* each(removed), added: yield* each(added) };
}

/**
 * Takes the passages `update.removed` out of the index and puts
 * `update.added` in, in place (`input.mini` and `input.df` change), and
 * returns the common postings and tables after. The index the input came
 * from must not be searched afterwards: build the new one over what this returns.
 */
export function updateIndexInPlace(
  input: UpdateInput,
  update: AnalysedUpdate,
  after: CommonAfter = commonAfter(input.mini, input.common, update),
): { readonly common: CommonPostings; readonly tables: UpdatableTables } {
  const { mini, df, tables } = input;
  const touched = new Set<string>();
  const removedOrdinals = new Set<number>();
  if (after.first !== mini.nextShortId) throw new InternalError('policy-bot: the common postings of an update were worked out for another state of the index');
  for (const { passage: p, fields } of update.removed) {
    const ordinal = mini.shortIdOf(p.id);
    if (ordinal === undefined) continue;
    removedOrdinals.add(ordinal);
    const [text, headings] = fields;
    const textTerms = new Set(text.flatMap((t) => (t.term === undefined ? [] : [t.term])));
    const headingTerms = headings.flatMap((t) => (t.term === undefined ? [] : [t.term]));
    for (const term of textTerms) {
      const n = (df.get(term) ?? 0) - 1;
      if (n > 0) df.set(term, n);
      else df.delete(term);
      touched.add(term);
    }
    for (const term of headingTerms) touched.add(term);
    mini.removePassage(p.id, [[...textTerms], headingTerms]);
  }

  const first = mini.nextShortId;
  const added = update.added.map((a) => a.passage);
  const capacity = first + added.length;
  const headingsIndexed = tables.postings[HEADINGS_FIELD];
  const indexed: IndexedPassage[] = update.added.map(({ passage: p, fields }) => {
    const [text, headings] = fields;
    for (const term of new Set(text.flatMap((t) => (t.term === undefined ? [] : [t.term])))) {
      df.set(term, (df.get(term) ?? 0) + 1);
      touched.add(term);
    }
    const headingToken = ({ word, term }: { word: string; term: string | undefined }): string => {
      // See the module comment: a heading word the full build left out stays out.
      const known = term !== undefined && ((headingsIndexed?.count(term) ?? 0) > 0 || !tables.postings.some((field) => field.count(term) > 0));
      if (!known || term === undefined) return `${SKIP}${word}`;
      touched.add(term);
      return `${term}${TERM_SEPARATOR}${word}`;
    };
    return {
      id: p.id,
      text: text.map(({ word, term }) => (term === undefined ? `${SKIP}${word}` : `${term}${TERM_SEPARATOR}${word}`)).join(TOKEN_SEPARATOR),
      headings: headings.map(headingToken).join(TOKEN_SEPARATOR),
    };
  });
  mini.addPassages(indexed);

  // The tables: the vocabulary merged; per-passage tables extended (the postings read the engine, changed above).
  const postings = tables.postings;
  const inIndex = (term: string): boolean => postings.some((field) => field.count(term) > 0);
  const kept = tables.vocabulary.filter((term) => !touched.has(term) || inIndex(term));
  const known = new Set(tables.vocabulary);
  const fresh = [...touched].filter((term) => !known.has(term) && inIndex(term)).sort();
  const vocabulary = mergeSorted(kept, fresh);

  const ids = [...tables.ids, ...added.map((p) => p.id)];
  for (const o of removedOrdinals) ids[o] = '';
  const actors = [...tables.actors];
  const codes = new Map(actors.map((a, i) => [a, i]));
  const actorCodes = new Uint16Array(capacity);
  actorCodes.set(tables.actorCodes.subarray(0, Math.min(first, tables.actorCodes.length)));
  added.forEach((p, i) => {
    let code = codes.get(p.actor);
    if (code === undefined) {
      code = actors.push(p.actor) - 1;
      codes.set(p.actor, code);
    }
    actorCodes[first + i] = code;
  });
  // Every passage's normalisation, since the average lengths moved.
  const norms = FIELDS.map((_, f) => {
    const average = mini.averageFieldLength(f);
    const field = new Float64Array(capacity);
    for (let i = 0; i < capacity; i++) if (ids[i] !== '') field[i] = bm25Norm(mini.fieldLengthOf(i, f), average);
    return field;
  });
  return { common: after.common, tables: { vocabulary, postings, ids, actors, actorCodes, norms } };
}

/** The common postings after an update, worked out before the index changes: `first` is the short id the first added passage gets. */
export interface CommonAfter {
  readonly first: number;
  readonly common: CommonPostings;
}

/**
 * The common postings after `update` (the removed passages' short ids out of
 * each frequent term's, the added passages' in under the next short ids),
 * reading the index without changing it: a copy of tens of thousands of
 * postings per frequent term at 100k, which need not hold up the one turn
 * that changes the index (apply-changes.ts works it out beforehand).
 */
export function commonAfter(mini: EngineIndex, common: CommonPostings, update: AnalysedUpdate): CommonAfter {
  const removedByTerm = new Map<string, Set<number>>();
  for (const { passage: p, fields } of update.removed) {
    const ordinal = mini.shortIdOf(p.id);
    if (ordinal === undefined) continue;
    for (const t of fields[0]) {
      if (t.term === undefined || !common.has(t.term)) continue;
      const set = removedByTerm.get(t.term) ?? new Set<number>();
      removedByTerm.set(t.term, set.add(ordinal));
    }
  }
  const first = mini.nextShortId;
  const lengths = new Uint16Array(first + update.added.length);
  lengths.set(common.passageLengths.subarray(0, Math.min(first, common.passageLengths.length)));
  const addedByTerm = new Map<string, { ordinals: number[]; frequencies: number[] }>();
  update.added.forEach(({ fields: [text] }, i) => {
    const ordinal = first + i;
    lengths[ordinal] = Math.min(0xffff, new Set(text.map((t) => t.word)).size);
    const counts = new Map<string, number>();
    for (const t of text) if (t.term !== undefined) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      if (!common.has(term)) continue;
      const entry = addedByTerm.get(term) ?? { ordinals: [], frequencies: [] };
      entry.ordinals.push(ordinal);
      entry.frequencies.push(Math.min(255, tf));
      addedByTerm.set(term, entry);
    }
  });
  return { first, common: common.withChanges(removedByTerm, addedByTerm, lengths) };
}

/** Two ascending lists of distinct strings as one. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && (y === undefined || x < y)) {
      out.push(x);
      i++;
    } else if (y !== undefined) {
      out.push(y);
      j++;
    }
  }
  return out;
}
