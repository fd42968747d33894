/**
 * Each document's facts as its sentences state them (facts/extract.ts,
 * DocumentFacts), as the cache keeps them beside the corpus's facts: an
 * update in place extracts the changed documents' again and puts the
 * corpus's together from these (cache-update.ts) instead of running every
 * rule over every sentence of the corpus. Evidence is kept as where its
 * quote stands ([passage id, start, end]: ids, not ordinals, since an update
 * moves passages) and its quote sliced again from the passage on the way back.
 */
import { CacheFormatError, InternalError } from '../errors.ts';
import type { DocumentFacts } from '../facts/extract.ts';
import type { Evidence } from '../facts/types.ts';
import type { Passage } from '../passages/chunk.ts';

/** An item with its evidence packed: [passage id, start, end], and `a` its actor when that is not its passage's. */
type PackedItem = Record<string, unknown> & { readonly e: readonly [string, number, number]; readonly a?: string };

const ITEM_KINDS = ['instruments', 'organisations', 'events', 'themes', 'stances'] as const;

/** One document's facts, packed: each kind's items with their evidence packed, the rest as extracted. */
export type PackedDocumentFacts = Omit<DocumentFacts, (typeof ITEM_KINDS)[number]> & { readonly [K in (typeof ITEM_KINDS)[number]]: readonly PackedItem[] };

/** `documents` (extracted from `passages`) with their evidence packed. */
export function packDocumentFacts(documents: readonly DocumentFacts[], passageById: ReadonlyMap<string, Passage>): PackedDocumentFacts[] {
  const pack = (items: readonly { readonly evidence: Evidence }[]): PackedItem[] =>
    items.map(({ evidence, ...rest }) => {
      const passage = passageById.get(evidence.passageId);
      if (passage === undefined) throw new InternalError(`policy-bot: a fact cites passage ${evidence.passageId}, which is not in the corpus`);
      return { ...rest, e: [evidence.passageId, evidence.start, evidence.end], ...(evidence.actor === passage.actor ? {} : { a: evidence.actor }) };
    });
  return documents.map((d) => ({
    ...d,
    instruments: pack(d.instruments),
    organisations: pack(d.organisations),
    events: pack(d.events),
    themes: pack(d.themes),
    stances: pack(d.stances),
  }));
}

/** The documents `keep` keeps of those packed by {@link packDocumentFacts}, over passages that hold theirs. Throws a CacheFormatError when they do not fit. */
export function unpackDocumentFacts(
  packed: unknown,
  passageById: ReadonlyMap<string, Passage>,
  keep: (docId: string) => boolean = () => true,
): DocumentFacts[] {
  if (!Array.isArray(packed)) throw new CacheFormatError('policy-bot: the cached document facts are not a list');
  const unpack = (items: unknown): unknown[] => {
    if (!Array.isArray(items)) throw new CacheFormatError('policy-bot: cached document facts lack a kind');
    return items.map(({ e, a, ...rest }: PackedItem) => {
      const [id, start, end] = Array.isArray(e) ? e : [];
      const passage = typeof id === 'string' ? passageById.get(id) : undefined;
      if (passage === undefined || typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start <= end && end <= passage.text.length)) {
        throw new CacheFormatError('policy-bot: a cached document fact does not fit the passages');
      }
      if (a !== undefined && typeof a !== 'string') throw new CacheFormatError('policy-bot: a cached document fact names its actor wrongly');
      return { ...rest, evidence: { passageId: passage.id, actor: a ?? passage.actor, quote: passage.text.slice(start, end), start, end } };
    });
  };
  return packed.flatMap((d: PackedDocumentFacts) => {
    if (typeof d?.docId !== 'string' || !Array.isArray(d.spelt) || !Array.isArray(d.instrumentContexts) || !Array.isArray(d.eventContexts)) {
      throw new CacheFormatError('policy-bot: a cached document’s facts are not whole');
    }
    if (!keep(d.docId)) return [];
    const items = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, unpack(d[kind])]));
    return [{ ...d, ...items } as unknown as DocumentFacts];
  });
}
