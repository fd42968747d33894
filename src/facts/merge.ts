/**
 * One item per instrument, however a corpus writes it: "the Directive on …
 * Systems (NCS Directive)" and a later "NCS Directive"; "the Xlandic Data
 * Act" and "the Data Act"; "Operational Technology (OT) … Framework" and "OT
 * … Framework"; a union's "XU Cyber Act" and the "(Cyber Act)" its regulation
 * is called. Mentions are grouped (per actor) when any of the keys they can
 * be written under meet (see {@link keysOf}); a group is one item, named by its fullest mention, with every other
 * place it is cited. Events take the key of their instrument's group.
 */
import { nameKey } from './lexicon.ts';
import type { Citation, Instrument } from './types.ts';

/** The most other places an item lists: enough to find it again, not a concordance. */
export const MAX_CITATIONS = 6;

/** What merging needs to know of a corpus: the actor's own names, and which leading words name an issuing body. */
export interface MergeContext {
  /** `name` without the actor's own name or adjective ("Xlandic Data Act", "Data Strategy for Xland" → the rest). */
  readonly withoutOwnName: (actor: string, name: string) => string;
  /** True when `word` leading an international instrument's name is its issuer ("XU", "European"). */
  readonly isIssuer: (word: string) => boolean;
}

/** A parenthesis of a label that is part of what an item is (its modifier), kept in every key. */
const MODIFIER_PAREN = /\s*\((?:updated|revised|amended|draft|future|second|third|proposed|forthcoming|renewed)\)/u;
const ALIAS_PARENS = /\s*\((?!(?:updated|revised|amended|draft|future|second|third|proposed|forthcoming|renewed)\))[^)]*\)/gu;
const LEADING_YEAR = /^((?:19|20)\d{2}(?:–\d{4})?\s+)/u;

/**
 * The keys an instrument can be written under: `strong` ones (its name, an alias it is given, its acronym
 * form) say which instrument it is wherever it is named; `weak` ones (without the actor's own name or
 * the issuer's) only among the actor's own or among the international ones.
 */
export function keysOf(i: Instrument, context: MergeContext): { strong: string[]; weak: string[] } {
  const modifier = MODIFIER_PAREN.exec(i.label)?.[0] ?? '';
  const plain = i.label.replace(ALIAS_PARENS, '').replace(MODIFIER_PAREN, '').trim();
  const year = LEADING_YEAR.exec(plain)?.[1] ?? '';
  const strong = new Set<string>([plain.slice(year.length)]);
  // "Operational Technology (OT) Competency Framework" is also the "OT Competency Framework".
  const inner = /^(.+?)\s*\((\p{Lu}[\p{Lu}\p{N}]+)\)\s+(\p{Lu}.*)$/u.exec(i.label.slice(year.length));
  if (inner !== null) strong.add(`${inner[2]} ${(inner[3] ?? '').replace(ALIAS_PARENS, '').replace(MODIFIER_PAREN, '')}`);
  // A stated alias of two words or more ("NCS Directive"); one word ("the Act") names too many things.
  for (const a of i.aliases) if (a.trim().split(/\s+/u).length >= 2) strong.add(a);
  const weak = new Set<string>();
  for (const f of strong) {
    const own = context.withoutOwnName(i.evidence.actor, f);
    if (own !== f && own.split(/\s+/u).length >= 2) weak.add(own);
    const first = f.split(/\s+/u)[0] ?? '';
    if (i.international === true && context.isIssuer(first) && f.split(/\s+/u).length >= 3) weak.add(f.slice(first.length).trim());
  }
  const keyed = (forms: Set<string>): string[] => [...forms].map((f) => nameKey(`${year}${f}${modifier}`));
  return { strong: keyed(strong), weak: keyed(weak) };
}

/** How full a mention's label is: a year first, then words (aliases count). */
function fullness(i: Instrument): number {
  return (i.year === undefined ? 0 : 100) + i.label.split(/\s+/u).length;
}

/** Merges `instruments` (in corpus order) into one item per group; returns them and each label's group key. */
export function mergeInstruments(
  instruments: readonly Instrument[],
  context: MergeContext,
): { instruments: Instrument[]; groupOf: (actor: string, international: boolean, label: string) => string | undefined } {
  const parent = instruments.map((_, k) => k);
  const find = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[k] = r;
    return r;
  };
  const byKey = new Map<string, number>();
  const keyOfItem = instruments.map((i) => keysOf(i, context));
  instruments.forEach((i, k) => {
    const { strong, weak } = keyOfItem[k] ?? { strong: [], weak: [] };
    const scopedKeys = [
      ...strong.map((key) => `${i.evidence.actor}\0${key}`),
      ...weak.map((key) => `${i.evidence.actor}\0${i.international === true}\0${key}`),
    ];
    for (const scoped of scopedKeys) {
      const had = byKey.get(scoped);
      if (had === undefined) byKey.set(scoped, k);
      else parent[find(k)] = find(had);
    }
  });
  const groups = new Map<number, number[]>();
  instruments.forEach((_, k) => {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  });
  const merged: Instrument[] = [];
  const groupKey = new Map<string, string>();
  // Groups come in the order of their first mention (members are visited in corpus order).
  for (const members of groups.values()) {
    const items = members.map((k) => instruments[k] as Instrument);
    const best = items.reduce((a, b) => (fullness(b) > fullness(a) ? b : a));
    const seen = new Set([`${best.evidence.passageId}\0${best.evidence.quote}`]);
    const citations: Citation[] = [];
    for (const i of items) {
      const at = `${i.evidence.passageId}\0${i.evidence.quote}`;
      if (seen.has(at) || citations.length >= MAX_CITATIONS) continue;
      seen.add(at);
      citations.push({ passageId: i.evidence.passageId, quote: i.evidence.quote });
    }
    // Named anywhere as a union's or between states, it is international wherever it is named.
    const international = items.some((i) => i.international === true);
    merged.push({ ...best, ...(international ? { international: true as const } : {}), ...(citations.length === 0 ? {} : { citations }) });
    for (const i of items) groupKey.set(`${i.evidence.actor}\0${i.international === true}\0${nameKey(i.label)}`, best.key);
  }
  return {
    instruments: merged,
    groupOf: (actor, international, label) => groupKey.get(`${actor}\0${international}\0${nameKey(label)}`),
  };
}
