import type { Evidence } from './types.ts';

/**
 * One item per key (per actor), in the order keys first appear: the first
 * mention, or the first that `better` prefers over it (an organisation's
 * mention that gives its role). Passages repeat names, and a new version of
 * a document repeats its predecessor: one item each.
 */
export function firstOf<T extends { readonly evidence: Evidence }>(items: readonly T[], key: (t: T) => string, better: (t: T) => boolean = () => false): T[] {
  const kept = new Map<string, T>();
  for (const item of items) {
    const k = `${item.evidence.actor}\0${key(item)}`;
    const had = kept.get(k);
    if (had === undefined || (!better(had) && better(item))) kept.set(k, item);
  }
  return [...kept.values()];
}
