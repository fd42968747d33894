/**
 * Glossary expansion: a question that holds one side of a glossary entry
 * (a term or what it means, including the acronyms the documents define)
 * is also searched for the entry's other sides. Split from plan.ts, which
 * calls it once per question.
 */
import type { GlossaryEntry } from '../knowledge/corpus.ts';
import { containsRun } from '../text/runs.ts';
import { isAcronym, normaliseText, processText, tokenize } from '../text/terms.ts';
import { type Acronym, acronymEntries } from './acronyms.ts';
import { MAX_EXPANSION_TERMS } from './limits.ts';
import type { Expansion, QueryTerm } from './plan.ts';
import { makeTerm } from './query-term.ts';

/** Glossary entries compiled for matching: each side's terms, and the entries by the first term of a side. */
export interface CompiledGlossary {
  readonly entries: readonly { sides: string[][]; labels: string[] }[];
  /** Indexes into entries of those that have a side starting with a term: only those can match a question holding it. */
  readonly byFirstTerm: ReadonlyMap<string, number[]>;
}

function compileGlossary(glossary: readonly GlossaryEntry[]): CompiledGlossary {
  const entries = glossary.map((e) => {
    const labels = [e.term, ...e.means];
    return { labels, sides: labels.map((l) => processText(l)) };
  });
  const byFirstTerm = new Map<string, number[]>();
  entries.forEach(({ sides }, i) => {
    for (const first of new Set(sides.map((side) => side[0]))) {
      if (first === undefined) continue;
      byFirstTerm.set(first, [...(byFirstTerm.get(first) ?? []), i]);
    }
  });
  return { entries, byFirstTerm };
}

/** The glossary with every actor's acronyms, and each actor's own, compiled once. */
export class Glossaries {
  private readonly everyone: readonly GlossaryEntry[];
  private readonly all: CompiledGlossary;
  private readonly actorsWithAcronyms: ReadonlySet<string>;
  /** An actor's glossary, compiled when a question first names that actor, by actor id. */
  private readonly ofActor = new Map<string, CompiledGlossary>();

  constructor(
    private readonly glossary: readonly GlossaryEntry[],
    private readonly acronyms: readonly Acronym[],
  ) {
    this.everyone = acronymEntries(acronyms);
    this.all = compileGlossary([...glossary, ...this.everyone]);
    this.actorsWithAcronyms = new Set(acronyms.map((a) => a.actor));
  }

  /**
   * The glossary for a question about `actor` only: the actor's own long
   * forms where it defines an acronym, everyone's where it does not; the
   * whole one without an actor. Compiled on first use, not for every actor
   * up front: with 33 countries that was most of the planner's start, paid
   * by every one-shot question.
   */
  of(actor: string | undefined): CompiledGlossary {
    if (actor === undefined || !this.actorsWithAcronyms.has(actor)) return this.all;
    let compiled = this.ofActor.get(actor);
    if (compiled === undefined) {
      const own = acronymEntries(this.acronyms, actor);
      const defined = new Set(own.map((e) => e.term));
      compiled = compileGlossary([...this.glossary, ...own, ...this.everyone.filter((e) => !defined.has(e.term))]);
      this.ofActor.set(actor, compiled);
    }
    return compiled;
  }
}

/**
 * Adds the other sides of the entries of `glossary` that the question holds
 * to `into`, within MAX_EXPANSION_TERMS; returns how many terms it added.
 */
export function addGlossaryExpansions(
  glossary: CompiledGlossary,
  question: { readonly question: string; readonly processed: readonly string[] },
  into: { terms: QueryTerm[]; seen: Set<string>; expansions: Expansion[] },
): number {
  const { processed } = question;
  const { terms, seen, expansions } = into;
  let added = 0;
  // Entries in glossary order (as before the lookup by first term), only those that can match.
  const candidates = [...new Set(processed.flatMap((t) => glossary.byFirstTerm.get(t) ?? []))].sort((x, y) => x - y);
  if (candidates.length === 0) return 0;
  // The question's words as written (lower case): an acronym of the glossary is found only as written (asWritten).
  const words = new Set(tokenize(question.question).map((t) => normaliseText(t.word).toLowerCase()));
  for (const entry of candidates) {
    const { sides, labels } = glossary.entries[entry] ?? { sides: [], labels: [] };
    // An acronym is found only as written (its plural aside): stemmed, "OSCS" and "OSCE" are both "osc".
    const foundAt = sides.findIndex((side, i) => side.length > 0 && containsRun(processed, side) && asWritten(labels[i] ?? '', words));
    if (foundAt < 0) continue;
    const addedLabels: string[] = [];
    const addedTerms: string[] = [];
    const found = sides[foundAt] ?? [];
    sides.forEach((side, i) => {
      // A side that contains what was found is a longer variant of it ("cyber capacity building" for
      // "capacity building"): its extra words alone would only add noise.
      if (i === foundAt || containsRun(side, found)) return;
      const fresh = side.filter((t) => !seen.has(t));
      if (fresh.length === 0 || added + fresh.length > MAX_EXPANSION_TERMS) return;
      for (const t of fresh) {
        seen.add(t);
        terms.push(makeTerm(t, 'glossary', false));
        addedTerms.push(t);
      }
      added += fresh.length;
      addedLabels.push(labels[i] ?? '');
    });
    if (addedLabels.length > 0) {
      expansions.push({ found: labels[foundAt] ?? '', foundTerms: sides[foundAt] ?? [], added: addedLabels, addedTerms });
    }
  }
  return added;
}

/** Whether `label`, if it is one acronym, is among the question's `words` (lower case), with or without a plural s; any other label is. */
function asWritten(label: string, words: ReadonlySet<string>): boolean {
  if (/\s/u.test(label.trim()) || !isAcronym(normaliseText(label.trim()))) return true;
  const bare = label.trim().toLowerCase().replace(/s$/u, '');
  return words.has(bare) || words.has(`${bare}s`);
}
