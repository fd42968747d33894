/**
 * Query planning: from a question as typed to the terms that are searched.
 * Recognises actors named by any alias, expands glossary entries both ways,
 * notices years, and bounds the query (see limits.ts) so no input is slow.
 */
import type { Actor, GlossaryEntry } from '../knowledge/corpus.ts';
import { countryNames } from '../knowledge/country-names.ts';
import { UserError } from '../errors.ts';
import { isEverydayWord } from '../text/common-words.ts';
import { isAcronym, normaliseText, processText, processWord, tokenize } from '../text/terms.ts';
import { type Acronym, acronymEntries } from './acronyms.ts';
import { ActorNames } from './actor-names.ts';
import {
  FUZZY_FRACTION,
  FUZZY_MIN_LENGTH,
  MAX_EXPANSION_TERMS,
  MAX_QUERY_TERMS,
  MAX_QUESTION_CHARS,
  PREFIX_MIN_LENGTH,
} from './limits.ts';
import { containsRun } from '../text/runs.ts';
import { type CompiledPhrase, compileThesaurus, THESAURUS, type ThesaurusEntry } from './thesaurus.ts';

/** Where a query term came from. Only `question` and `year` terms count as evidence that a passage answers. */
export type TermSource = 'question' | 'year' | 'actor' | 'glossary';

/** One term to search, already processed like the index's terms. */
export interface QueryTerm {
  readonly term: string;
  /** Relative weight in scoring. */
  readonly weight: number;
  /** Typo tolerance as a fraction of the term's length, or false. */
  readonly fuzzy: number | false;
  readonly prefix: boolean;
  readonly source: TermSource;
  /** An everyday English word (not written as an acronym): weaker evidence that a passage answers. */
  readonly everyday: boolean;
}

/** A glossary expansion that was applied: the phrase found in the question and what it added. */
export interface Expansion {
  /** The glossary text found in the question, and its terms. */
  readonly found: string;
  readonly foundTerms: readonly string[];
  /** The glossary texts added, and the terms they brought. */
  readonly added: readonly string[];
  readonly addedTerms: readonly string[];
  /**
   * A passage must match every added term to count as matching what was
   * found (a thesaurus phrase: "financial resources" is not matched by
   * "human resources"); otherwise half of them do (an acronym's long form).
   */
  readonly whole?: true;
}

/** Everything the search needs to know about a question. */
export interface QueryPlan {
  /** The question with invisible characters removed and white space folded. */
  readonly question: string;
  readonly terms: readonly QueryTerm[];
  /** Ids of actors the question names, in the order they appear. */
  readonly mentionedActors: readonly string[];
  readonly years: readonly number[];
  readonly expansions: readonly Expansion[];
  /** True when terms beyond MAX_QUERY_TERMS were dropped. */
  readonly shortened: boolean;
}

/** What planning needs from the corpus. */
export interface Lexicon {
  readonly actors: readonly Actor[];
  readonly glossary: readonly GlossaryEntry[];
  /** Acronyms the documents define (acronyms.ts): expansions too, per actor where a question names one. */
  readonly acronyms?: readonly Acronym[];
  /** Everyday words and the documents' words for them (thesaurus.ts); THESAURUS unless given. */
  readonly thesaurus?: readonly ThesaurusEntry[];
}

const WEIGHT: Record<TermSource, number> = { question: 1, year: 1.5, actor: 0.5, glossary: 0.6 };

/** Glossary entries compiled for matching: each side's terms, and the entries by the first term of a side. */
interface CompiledGlossary {
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

/** Precompiled matchers for a lexicon, built once per corpus. */
export class QueryPlanner {
  private readonly actorNames: ActorNames;
  /** The glossary with every actor's acronyms, and with one actor's only (for a question naming that actor). */
  private readonly glossary: CompiledGlossary;
  /** An actor's glossary, compiled when a question first names that actor (see {@link glossaryOf}), by actor id. */
  private readonly glossaryOfActor = new Map<string, CompiledGlossary>();
  private readonly thesaurus: ReadonlyMap<string, readonly CompiledPhrase[]>;
  private readonly acronyms: readonly Acronym[];
  private readonly everyone: readonly GlossaryEntry[];
  private readonly actorsWithAcronyms: ReadonlySet<string>;

  constructor(private readonly lexicon: Lexicon) {
    this.thesaurus = compileThesaurus(lexicon.thesaurus ?? THESAURUS, processText);
    this.actorNames = new ActorNames(lexicon.actors.map(withOtherNames));
    this.acronyms = lexicon.acronyms ?? [];
    this.everyone = acronymEntries(this.acronyms);
    this.glossary = compileGlossary([...lexicon.glossary, ...this.everyone]);
    this.actorsWithAcronyms = new Set(this.acronyms.map((a) => a.actor));
  }

  /**
   * The glossary for a question about `actor` only: the actor's own long
   * forms where it defines an acronym, everyone's where it does not.
   * Compiled on first use, not for every actor up front: with 33 countries
   * that was most of the planner's start, paid by every one-shot question.
   */
  private glossaryOf(actor: string): CompiledGlossary {
    if (!this.actorsWithAcronyms.has(actor)) return this.glossary;
    let compiled = this.glossaryOfActor.get(actor);
    if (compiled === undefined) {
      const own = acronymEntries(this.acronyms, actor);
      const defined = new Set(own.map((e) => e.term));
      compiled = compileGlossary([...this.lexicon.glossary, ...own, ...this.everyone.filter((e) => !defined.has(e.term))]);
      this.glossaryOfActor.set(actor, compiled);
    }
    return compiled;
  }

  /** Plans `raw`. Throws a UserError for an empty question or one over MAX_QUESTION_CHARS. */
  plan(raw: string): QueryPlan {
    // Checked before any work on the text: a megabyte pasted in must cost nothing.
    if (raw.length > MAX_QUESTION_CHARS) {
      throw new UserError('question-too-long', `The question is ${raw.length} characters long; the most is ${MAX_QUESTION_CHARS}.`);
    }
    const question = normaliseText(raw).replace(/\p{Cc}/gu, ' ').replace(/\s+/gu, ' ').trim();
    if (question === '') throw new UserError('empty-question', 'The question is empty: ask something, e.g. "What is NIS2?".');

    const mentioned = this.actorNames.find(question);
    const actorTerms = this.actorNames.termsOf(mentioned);

    const years = [...question.matchAll(/(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/gu)].map((m) => Number(m[1]));
    const processed: string[] = [];
    // A term is everyday only if every word it came from is (and none was written as an acronym).
    const specific = new Set<string>();
    const words = new Set<string>();
    for (const t of tokenize(question)) {
      words.add(normaliseText(t.word).toLowerCase());
      const term = processWord(t.word);
      if (term === undefined) continue;
      processed.push(term);
      if (isAcronym(normaliseText(t.word)) || !isEverydayWord(t.word)) specific.add(term);
    }

    const terms: QueryTerm[] = [];
    const seen = new Set<string>();
    let shortened = false;
    for (const term of processed) {
      if (seen.has(term)) continue;
      if (seen.size >= MAX_QUERY_TERMS) {
        shortened = true;
        break;
      }
      seen.add(term);
      const source: TermSource = actorTerms.has(term) ? 'actor' : /^\d{4}$/u.test(term) && years.includes(Number(term)) ? 'year' : 'question';
      terms.push(makeTerm(term, source, !specific.has(term)));
    }

    const expansions: Expansion[] = [];
    let added = 0;
    // Entries in glossary order (as before the lookup by first term), only those that can match.
    const only = mentioned.length === 1 ? mentioned[0] : undefined;
    const glossary = only === undefined ? this.glossary : this.glossaryOf(only);
    const candidates = [...new Set(processed.flatMap((t) => glossary.byFirstTerm.get(t) ?? []))].sort((x, y) => x - y);
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

    // Everyday words also searched in the documents' words (thesaurus.ts), each of their phrases its own expansion:
    // a passage that holds any one of them answers for the everyday word.
    for (const phrase of new Set(processed.flatMap((t) => this.thesaurus.get(t) ?? []))) {
      if (!containsRun(processed, phrase.terms)) continue;
      for (const policy of phrase.policy) {
        const fresh = policy.terms.filter((t) => !seen.has(t));
        if (fresh.length === 0 || added + fresh.length > MAX_EXPANSION_TERMS) continue;
        for (const t of fresh) {
          seen.add(t);
          terms.push(makeTerm(t, 'glossary', false));
        }
        added += fresh.length;
        expansions.push({ found: phrase.everyday, foundTerms: phrase.terms, added: [policy.label], addedTerms: fresh, whole: true });
      }
    }

    return { question, terms, mentionedActors: mentioned, years: [...new Set(years)], expansions, shortened };
  }
}

/**
 * `actor` with the names a question may also call it by: a state's names,
 * demonym and capital (country-names.ts), and its name with an "s" glued on,
 * a possessive typed without its apostrophe ("Norways strategy").
 */
function withOtherNames(actor: Actor): Actor {
  const possessive = /^\p{Lu}[\p{Ll}]+$/u.test(actor.name) && !/s$/u.test(actor.name) ? [`${actor.name}s`] : [];
  return { ...actor, aliases: [...actor.aliases, ...countryNames(actor), ...possessive] };
}

/** Whether `label`, if it is one acronym, is among the question's `words` (lower case), with or without a plural s; any other label is. */
function asWritten(label: string, words: ReadonlySet<string>): boolean {
  if (/\s/u.test(label.trim()) || !isAcronym(normaliseText(label.trim()))) return true;
  const bare = label.trim().toLowerCase().replace(/s$/u, '');
  return words.has(bare) || words.has(`${bare}s`);
}

function makeTerm(term: string, source: TermSource, everyday: boolean): QueryTerm {
  const searchable = source === 'question' || source === 'glossary';
  return {
    term,
    weight: WEIGHT[source],
    fuzzy: searchable && term.length >= FUZZY_MIN_LENGTH && !/\p{N}/u.test(term) ? FUZZY_FRACTION : false,
    prefix: searchable && term.length >= PREFIX_MIN_LENGTH && !/\p{N}/u.test(term),
    source,
    everyday,
  };
}

