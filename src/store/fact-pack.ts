/**
 * Facts as the cache stores them. Extraction runs every rule over every
 * sentence (about 28 s at 100k passages, most of a cold start), yet its
 * output is small and a pure function of the passages, the corpus and the
 * extraction code. So the cache keeps it, each item's evidence reduced to
 * where its sentence stands (passage ordinal, start, end) and its quote
 * sliced again from the loaded passage on the way back.
 *
 * The store's key holds FACTS_VERSION (src/facts/version.ts): a change to
 * the extraction rules bumps it, and only the facts are extracted again.
 */
import { CacheFormatError, InternalError } from '../errors.ts';
import type { Facts } from '../facts/types.ts';
import type { Passage } from '../passages/chunk.ts';

/**
 * One fact with its evidence as [passage ordinal, start, end], and `a` the actor it is about when
 * that is not its passage's (a sentence on another country's strategy is that country's).
 */
type PackedItem = Record<string, unknown> & { readonly e: readonly [number, number, number]; readonly a?: string };

/** Facts with packed evidence, kind by kind. */
export type PackedFacts = { readonly [K in keyof Facts]: readonly PackedItem[] };

const KINDS = ['instruments', 'organisations', 'events', 'themes', 'stances'] as const satisfies readonly (keyof Facts)[];

/** `facts` (extracted from `passages`) with their evidence packed. */
export function packFacts(facts: Facts, passages: readonly Passage[]): PackedFacts {
  const ordinalOf = new Map(passages.map((p, i) => [p.id, i]));
  const pack = (items: readonly { readonly evidence: Facts['themes'][number]['evidence'] }[]): PackedItem[] =>
    items.map(({ evidence, ...rest }) => {
      const o = ordinalOf.get(evidence.passageId);
      if (o === undefined) throw new InternalError(`policy-bot: a fact cites passage ${evidence.passageId}, which is not in the corpus`);
      return { ...rest, e: [o, evidence.start, evidence.end], ...(evidence.actor === passages[o]?.actor ? {} : { a: evidence.actor }) };
    });
  return {
    instruments: pack(facts.instruments),
    organisations: pack(facts.organisations),
    events: pack(facts.events),
    themes: pack(facts.themes),
    stances: pack(facts.stances),
  };
}

/** Facts packed by {@link packFacts} over the same passages. Throws when an item does not fit them. */
export function unpackFacts(packed: PackedFacts, passages: readonly Passage[]): Facts {
  const out: Record<string, unknown[]> = {};
  for (const kind of KINDS) {
    const items = packed[kind];
    if (!Array.isArray(items)) throw new CacheFormatError(`policy-bot: the cached facts have no ${kind}`);
    out[kind] = items.map(({ e, a, ...rest }: PackedItem) => {
      const [o, start, end] = Array.isArray(e) ? e : [];
      const passage = o === undefined ? undefined : passages[o];
      if (passage === undefined || start === undefined || end === undefined || !(start >= 0 && start <= end && end <= passage.text.length)) {
        throw new CacheFormatError('policy-bot: a cached fact does not fit the passages');
      }
      if (a !== undefined && typeof a !== 'string') throw new CacheFormatError('policy-bot: a cached fact names its actor wrongly');
      return { ...rest, evidence: { passageId: passage.id, actor: a ?? passage.actor, quote: passage.text.slice(start, end), start, end } };
    });
  }
  return out as unknown as Facts;
}
