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
import { ALIAS_PARENS, MODIFIER_PAREN } from './modifiers.ts';
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

const LEADING_YEAR = /^((?:19|20)\d{2}(?:–\d{4})?\s+)/u;

/**
 * The keys an instrument can be written under: `strong` ones (an alias it is given, its acronym form)
 * say which instrument it is wherever it is named; `weak` ones (its name first, then the name without
 * the actor's own name or the issuer's) only among the actor's own or among the international ones.
 */
export function keysOf(i: Instrument, context: MergeContext): { strong: string[]; weak: string[] } {
  const modifier = MODIFIER_PAREN.exec(i.label)?.[0] ?? '';
  const plain = i.label.replace(ALIAS_PARENS, '').replace(MODIFIER_PAREN, '').trim();
  const year = LEADING_YEAR.exec(plain)?.[1] ?? '';
  const name = plain.slice(year.length);
  const strong = new Set<string>();
  // "Operational Technology (OT) Competency Framework" is also the "OT Competency Framework".
  const inner = /^(.+?)\s*\((\p{Lu}[\p{Lu}\p{N}]+)\)\s+(\p{Lu}.*)$/u.exec(i.label.slice(year.length));
  if (inner !== null) strong.add(`${inner[2]} ${(inner[3] ?? '').replace(ALIAS_PARENS, '').replace(MODIFIER_PAREN, '')}`);
  // A stated alias of two words or more ("NCS Directive"); one word ("the Act") names too many things.
  for (const a of i.aliases) if (a.trim().split(/\s+/u).length >= 2) strong.add(a);
  const weak = new Set<string>([name]);
  for (const f of [name, ...strong]) {
    const own = context.withoutOwnName(i.evidence.actor, f);
    if (own !== f && own.split(/\s+/u).length >= 2) weak.add(own);
    const first = f.split(/\s+/u)[0] ?? '';
    if (i.international === true && context.isIssuer(first) && f.split(/\s+/u).length >= 3) weak.add(f.slice(first.length).trim());
  }
  const keyed = (forms: Set<string>): string[] => [...forms].map((f) => nameKey(`${year}${f}${modifier}`));
  return { strong: keyed(strong), weak: keyed(weak) };
}

/**
 * How well a mention names its group: one with a year first (its quote says when), then the name most
 * mentions use (a name glued to a heading is written once), then the fullest label (aliases count).
 */
function fullness(i: Instrument, uses: ReadonlyMap<string, number>): number {
  return (i.year === undefined ? 0 : 10_000) + (uses.get(i.key) ?? 0) * 100 + i.label.split(/\s+/u).length;
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
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  const keyOfItem = instruments.map((i) => keysOf(i, context));
  // Its name and the weak forms meet the same forms of the actor's items of the same scope (own or international);
  // an alias or acronym form meets any of the actor's items written so, or given the same alias.
  const scoped = new Map<string, number>();
  const named = new Map<string, number[]>();
  const aliased = new Map<string, number>();
  const meet = (map: Map<string, number>, key: string, k: number): void => {
    const had = map.get(key);
    if (had === undefined) map.set(key, k);
    else union(k, had);
  };
  instruments.forEach((i, k) => {
    const { weak } = keyOfItem[k] ?? { strong: [], weak: [] };
    for (const key of weak) meet(scoped, `${i.evidence.actor}\0${i.international === true}\0${key}`, k);
    const name = `${i.evidence.actor}\0${weak[0] ?? ''}`;
    named.set(name, [...(named.get(name) ?? []), k]);
  });
  instruments.forEach((i, k) => {
    for (const key of keyOfItem[k]?.strong ?? []) {
      meet(aliased, `${i.evidence.actor}\0${key}`, k);
      for (const other of named.get(`${i.evidence.actor}\0${key}`) ?? []) union(k, other);
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
    const uses = new Map<string, number>();
    for (const i of items) uses.set(i.key, (uses.get(i.key) ?? 0) + 1);
    const best = items.reduce((a, b) => (fullness(b, uses) > fullness(a, uses) ? b : a));
    const seen = new Set([`${best.evidence.passageId}\0${best.evidence.quote}`]);
    const citations: Citation[] = [];
    for (const i of items) {
      const at = `${i.evidence.passageId}\0${i.evidence.quote}`;
      if (seen.has(at) || citations.length >= MAX_CITATIONS) continue;
      seen.add(at);
      citations.push({ passageId: i.evidence.passageId, quote: i.evidence.quote });
    }
    // Its mentions tell whether it is international (a tie: its fullest mention does).
    const said = items.filter((i) => i.international === true).length * 2;
    const international = said > items.length || (said === items.length && best.international === true);
    const { international: _, ...rest } = best;
    merged.push({ ...rest, ...(international ? { international: true as const } : {}), ...(citations.length === 0 ? {} : { citations }) });
    for (const i of items) groupKey.set(`${i.evidence.actor}\0${i.international === true}\0${nameKey(i.label)}`, best.key);
  }
  return {
    instruments: merged,
    groupOf: (actor, international, label) => groupKey.get(`${actor}\0${international}\0${nameKey(label)}`),
  };
}
