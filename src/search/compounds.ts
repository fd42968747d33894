/**
 * Acronyms written into one word with a name: Norway's documents call its
 * CERT "NorCERT", and a question about Norway's CERT finds no "CERT" in
 * them. Where a search is limited to one actor's documents, an acronym of
 * the question is also searched as the words of that actor's passages that
 * end in it after a capitalised or lower-case stem ("NorCERT", "GovCERT",
 * "CyberSOC"), each an expansion that stands for the acronym whole. Found
 * in the text as written (the index has lost the capitals that tell
 * "NorCERT" from "concert"), once per actor and corpus.
 */
import type { Passage } from '../passages/chunk.ts';
import { isAcronym, normaliseText, processWord, tokenize } from '../text/terms.ts';
import type { QueryPlan } from './plan.ts';
import { makeTerm } from './query-term.ts';

/** A name and an acronym written as one word: a stem of two letters or more (its first capital or not), then two capitals or more. */
const COMPOUND = /(?<![\p{L}\p{N}])(\p{Lu}?\p{Ll}{2,})(\p{Lu}{2,})(?![\p{L}\p{N}])/gu;

/** The most compounds searched for one acronym. */
export const MAX_COMPOUNDS = 3;

/** Per corpus: its passages by actor (one pass), and each actor's compounds once asked for. */
interface Found {
  readonly byActor: ReadonlyMap<string, readonly Passage[]>;
  readonly compounds: Map<string, ReadonlyMap<string, readonly string[]>>;
}

const cache = new WeakMap<ReadonlyMap<string, Passage>, Found>();

/** Each acronym (lower case) → the compounds (as written) `actor`'s passages hold, computed once per actor and corpus. */
function compoundsOf(actor: string, passages: ReadonlyMap<string, Passage>): ReadonlyMap<string, readonly string[]> {
  let found = cache.get(passages);
  if (found === undefined) {
    // Grouped once, so that each actor asked about reads only its own passages.
    const byActor = new Map<string, Passage[]>();
    for (const p of passages.values()) {
      const own = byActor.get(p.actor);
      if (own === undefined) byActor.set(p.actor, [p]);
      else own.push(p);
    }
    found = { byActor, compounds: new Map() };
    cache.set(passages, found);
  }
  let compounds = found.compounds.get(actor);
  if (compounds === undefined) {
    const map = new Map<string, string[]>();
    for (const p of found.byActor.get(actor) ?? []) {
      for (const m of p.text.matchAll(COMPOUND)) {
        const acronym = (m[2] ?? '').toLowerCase();
        const list = map.get(acronym) ?? [];
        if (!list.includes(m[0]) && list.length < MAX_COMPOUNDS) list.push(m[0]);
        map.set(acronym, list);
      }
    }
    compounds = map;
    found.compounds.set(actor, compounds);
  }
  return compounds;
}

/** `plan` with the compounds of `actor`'s documents (see the module comment) for the acronyms its question writes. */
export function withCompounds(plan: QueryPlan, actor: string, passages: ReadonlyMap<string, Passage>): QueryPlan {
  // The question's acronyms, their plural aside ("CERTs"): without one, the actor's documents are not read.
  const acronyms = tokenize(plan.question)
    .map((t) => normaliseText(t.word).replace(/(?<=\p{Lu})s$/u, ''))
    .filter((w) => isAcronym(w));
  if (acronyms.length === 0) return plan;
  const compounds = compoundsOf(actor, passages);
  if (compounds.size === 0) return plan;
  const terms = [...plan.terms];
  const expansions = [...plan.expansions];
  const seen = new Set(terms.map((t) => t.term));
  for (const written of acronyms) {
    const found = processWord(written);
    if (found === undefined) continue;
    for (const compound of compounds.get(written.toLowerCase()) ?? []) {
      const term = processWord(compound);
      if (term === undefined || seen.has(term)) continue;
      seen.add(term);
      terms.push(makeTerm(term, 'glossary', false));
      expansions.push({ found: written, foundTerms: [found], added: [compound], addedTerms: [term], whole: true });
    }
  }
  return terms.length === plan.terms.length ? plan : { ...plan, terms, expansions };
}
