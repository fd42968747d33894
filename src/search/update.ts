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
import { ITEMS_PER_STEP, type Steps } from '../steps.ts';
import { type AnalysedToken, analyseText } from '../text/analysis/analyse.ts';
import { analysisOf } from '../text/analysis/languages.ts';
import { bm25Norm } from './bm25.ts';
import { SKIP, TERM_SEPARATOR, TOKEN_SEPARATOR } from './capping.ts';
import { FIELDS, HEADINGS_FIELD } from './fields.ts';
import type { EngineIndex } from './minisearch-adapter.ts';
import type { CommonPostings } from './postings.ts';
import type { FieldPostings } from './ranking.ts';
import { headingText, leadIns } from './lead-in.ts';
import { lowerBound } from './sorted-strings.ts';

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

/** A passage an update takes out, as worked out beforehand: its short id and the index terms it may hold in each field. */
interface PreparedRemoval {
  readonly id: string;
  readonly ordinal: number;
  readonly textTerms: readonly string[];
  readonly headingTerms: readonly string[];
}

/**
 * A passage an update puts in, as worked out beforehand: its text as
 * MiniSearch takes it, and its heading tokens, each one decided (a string)
 * or, for a term the update's removals touch, left to decide once they are
 * done (the heading rule reads the index after the removals).
 */
interface PreparedAddition {
  readonly passage: Passage;
  readonly text: string;
  readonly headings: readonly (string | { readonly term: string; readonly word: string })[];
}

/** A term an update touches, with where it sorts in the vocabulary before the update and whether it is there. */
interface TouchedTerm {
  readonly term: string;
  readonly at: number;
  readonly listed: boolean;
  /** True when the update's removals touch it: whether it is still indexed after is read once they are done. */
  readonly removing: boolean;
}

/**
 * An update worked out against an index before it changes (prepareIndexUpdate,
 * in steps between interactions), so that the one turn that changes the
 * index (applyPreparedUpdate) only writes: at 100k passages, doing all of it
 * in that turn held every interaction for 0.3 s.
 */
export interface PreparedUpdate {
  /** The short id the first added passage gets: the update is for the index in that state only. */
  readonly first: number;
  readonly common: CommonPostings;
  readonly removed: readonly PreparedRemoval[];
  readonly added: readonly PreparedAddition[];
  /** How each term's document frequency moves. */
  readonly dfDelta: ReadonlyMap<string, number>;
  /** The terms the update touches, in sorted order. */
  readonly touched: readonly TouchedTerm[];
  /** Each field's length of every passage now, by ordinal (the normalisations are recomputed from them). */
  readonly lengths: readonly Uint32Array[];
}

const termsOf = (tokens: readonly AnalysedToken[]): string[] => tokens.flatMap((t) => (t.term === undefined ? [] : [t.term]));

/**
 * Works out `update` against the index `input` without changing it (steps
 * between interactions): the removed passages' short ids and terms, the
 * common postings after, the added passages as MiniSearch takes them, the
 * document frequencies' changes, the terms touched and the passages'
 * field lengths. The index must not change before the result is applied.
 */
export function* prepareIndexUpdate(input: UpdateInput, update: AnalysedUpdate): Steps<PreparedUpdate> {
  const { mini, tables } = input;
  const dfDelta = new Map<string, number>();
  const move = (term: string, by: number): void => {
    dfDelta.set(term, (dfDelta.get(term) ?? 0) + by);
  };
  const removing = new Set<string>();
  const removed: PreparedRemoval[] = [];
  for (const { passage: p, fields } of update.removed) {
    if (removed.length % 8 === 0) yield;
    const ordinal = mini.shortIdOf(p.id);
    if (ordinal === undefined) continue;
    const textTerms = [...new Set(termsOf(fields[0]))];
    const headingTerms = termsOf(fields[1]);
    for (const term of textTerms) move(term, -1);
    for (const term of [...textTerms, ...headingTerms]) removing.add(term);
    removed.push({ id: p.id, ordinal, textTerms, headingTerms });
  }
  const { first, common } = yield* commonAfter(mini, input.common, update);
  const touched = new Set(removing);
  const headingsIndexed = tables.postings[HEADINGS_FIELD];
  const added: PreparedAddition[] = [];
  for (const { passage, fields } of update.added) {
    if (added.length % 8 === 0) yield;
    const [text, headings] = fields;
    for (const term of new Set(termsOf(text))) {
      move(term, 1);
      touched.add(term);
    }
    const headingToken = ({ word, term }: AnalysedToken): PreparedAddition['headings'][number] => {
      if (term === undefined) return `${SKIP}${word}`;
      if (removing.has(term)) return { term, word };
      // See the module comment: a heading word the full build left out stays out.
      if ((headingsIndexed?.count(term) ?? 0) === 0 && tables.postings.some((field) => field.count(term) > 0)) return `${SKIP}${word}`;
      touched.add(term);
      return `${term}${TERM_SEPARATOR}${word}`;
    };
    added.push({
      passage,
      text: text.map(({ word, term }) => (term === undefined ? `${SKIP}${word}` : `${term}${TERM_SEPARATOR}${word}`)).join(TOKEN_SEPARATOR),
      headings: headings.map(headingToken),
    });
  }
  yield;
  const sorted: TouchedTerm[] = [];
  for (const term of [...touched].sort()) {
    if (sorted.length % ITEMS_PER_STEP === 0) yield;
    const at = lowerBound(tables.vocabulary, term);
    sorted.push({ term, at, listed: tables.vocabulary[at] === term, removing: removing.has(term) });
  }
  const lengths: Uint32Array[] = [];
  for (let f = 0; f < FIELDS.length; f++) {
    const field = new Uint32Array(first);
    for (let i = 0; i < first; i++) {
      if (i % ITEMS_PER_STEP === 0) yield;
      field[i] = mini.fieldLengthOf(i, f);
    }
    lengths.push(field);
  }
  return { first, common, removed, added, dfDelta, touched: sorted, lengths };
}

/**
 * Applies `prepared` (worked out for the index `input` as it is now) in
 * place: the removed passages taken out and the added put in (`input.mini`
 * and `input.df` change), and returns the common postings and tables
 * after. The index the input came from must not be searched afterwards:
 * build the new one over what this returns.
 */
export function applyPreparedUpdate(input: UpdateInput, prepared: PreparedUpdate): { readonly common: CommonPostings; readonly tables: UpdatableTables } {
  const { mini, df, tables } = input;
  const { first } = prepared;
  if (first !== mini.nextShortId) throw new InternalError('policy-bot: an update was worked out for another state of the index');
  for (const [term, by] of prepared.dfDelta) {
    const n = (df.get(term) ?? 0) + by;
    if (n > 0) df.set(term, n);
    else df.delete(term);
  }
  for (const r of prepared.removed) mini.removePassage(r.id, [r.textTerms, r.headingTerms]);

  // A heading term the removals touched is decided now, on the index after them, as the rule reads it.
  const postings = tables.postings;
  const headingsIndexed = postings[HEADINGS_FIELD];
  const inIndex = (term: string): boolean => postings.some((field) => field.count(term) > 0);
  const decide = (token: PreparedAddition['headings'][number]): string => {
    if (typeof token === 'string') return token;
    const { term, word } = token;
    if ((headingsIndexed?.count(term) ?? 0) === 0 && inIndex(term)) return `${SKIP}${word}`;
    return `${term}${TERM_SEPARATOR}${word}`;
  };
  mini.addPassages(prepared.added.map((a) => ({ id: a.passage.id, text: a.text, headings: a.headings.map(decide).join(TOKEN_SEPARATOR) })));

  // The vocabulary: a term only added to is indexed now; one the removals touched is looked up.
  const vocabulary: string[] = [];
  let from = 0;
  for (const { term, at, listed, removing } of prepared.touched) {
    const indexed = !removing || inIndex(term);
    if (indexed === listed) continue;
    for (let i = from; i < at; i++) vocabulary.push(tables.vocabulary[i] ?? '');
    from = listed ? at + 1 : at;
    if (indexed) vocabulary.push(term);
  }
  for (let i = from; i < tables.vocabulary.length; i++) vocabulary.push(tables.vocabulary[i] ?? '');

  const added = prepared.added.map((a) => a.passage);
  const capacity = first + added.length;
  const ids = tables.ids.concat(added.map((p) => p.id));
  for (const r of prepared.removed) ids[r.ordinal] = '';
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
  // Every passage's normalisation, since the average lengths moved: from the lengths read beforehand, typed arrays.
  const norms = FIELDS.map((_, f) => {
    const average = mini.averageFieldLength(f);
    const before = prepared.lengths[f] ?? new Uint32Array(0);
    const field = new Float64Array(capacity);
    for (let i = 0; i < first; i++) field[i] = bm25Norm(before[i] ?? 0, average);
    for (let i = first; i < capacity; i++) field[i] = bm25Norm(mini.fieldLengthOf(i, f), average);
    for (const r of prepared.removed) field[r.ordinal] = 0;
    return field;
  });
  return { common: prepared.common, tables: { vocabulary, postings, ids, actors, actorCodes, norms } };
}

/** The common postings after an update, worked out before the index changes: `first` is the short id the first added passage gets. */
interface CommonAfter {
  readonly first: number;
  readonly common: CommonPostings;
}

/**
 * The common postings after `update` (the removed passages' short ids out of
 * each frequent term's, the added passages' in under the next short ids),
 * reading the index without changing it, in steps: a copy of tens of
 * thousands of postings per frequent term at 100k (~0.13 s for a 100-page
 * document), which must not hold up the one turn that changes the index.
 */
function* commonAfter(mini: EngineIndex, common: CommonPostings, update: AnalysedUpdate): Steps<CommonAfter> {
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
  yield;
  const first = mini.nextShortId;
  const lengths = new Uint16Array(first + update.added.length);
  lengths.set(common.passageLengths.subarray(0, Math.min(first, common.passageLengths.length)));
  const addedByTerm = new Map<string, { ordinals: number[]; frequencies: number[] }>();
  for (const [i, { fields }] of update.added.entries()) {
    if (i % 8 === 0) yield;
    const [text] = fields;
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
  }
  return { first, common: yield* common.withChanges(removedByTerm, addedByTerm, lengths) };
}
