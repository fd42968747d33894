/**
 * Query planning: from a question as typed to the terms that are searched.
 * Recognises actors named by any alias, expands glossary entries both ways,
 * notices years, and bounds the query (see limits.ts) so no input is slow.
 */
import type { Actor, GlossaryEntry } from '../knowledge/corpus.ts';
import { countryNames } from '../knowledge/country-names.ts';
import { UserError } from '../errors.ts';
import { detectQuestionLanguage } from '../text/analysis/detect.ts';
import { type Analysis, analysisOf } from '../text/analysis/languages.ts';
import { normaliseText, processText } from '../text/terms.ts';
import { addGlossaryExpansions, Glossaries } from './glossary-expansion.ts';
import { addCrossLanguage } from './cross-language.ts';
import { NativeNames } from './native-names.ts';
import { addOcrVariants, addOcrVariantsOfExpansions } from './ocr-variants.ts';
import { addBaseForms } from './inflections.ts';
import { makeTerm } from './query-term.ts';
import { questionTerms } from './question-terms.ts';
import type { Acronym } from './acronyms.ts';
import { AbsentCountries, type AbsentCountry } from './absent-countries.ts';
import { ActorNames } from './actor-names.ts';
import { MAX_EXPANSION_TERMS, MAX_QUERY_TERMS, MAX_QUESTION_CHARS } from './limits.ts';
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
  /** Added by cross-language.ts (a name's crossing term, an equivalent in another language): it does not stand for a name the question asks about by its English words. */
  readonly crossLanguage?: true;
}

/** Everything the search needs to know about a question. */
export interface QueryPlan {
  /** The question with invisible characters removed and white space folded. */
  readonly question: string;
  /** The language it was read in: detected, or given (`lang`). */
  readonly language: Analysis;
  /** How many passages are in that language, where the corpus is in several (evidence.ts weighs rarity among them). */
  readonly languagePassages?: number;
  readonly terms: readonly QueryTerm[];
  /** Ids of actors the question names, in the order they appear. */
  readonly mentionedActors: readonly string[];
  /** Countries the question names that the corpus has no documents of, when it names none that it has (absent-countries.ts). */
  readonly absentCountries?: readonly AbsentCountry[];
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
  /** The language tags of each actor's passages (none given: English only), so a question reaches the languages its actor's documents are in. */
  readonly languages?: ReadonlyMap<string, readonly string[]>;
  /** How many passages each analysis (text/analysis/languages.ts) has. */
  readonly passagesByLanguage?: ReadonlyMap<Analysis, number>;
}

/** Options of {@link QueryPlanner.plan}. */
export interface PlanOptions {
  /** Read the question in this language rather than the one detected. */
  readonly language?: Analysis | undefined;
  /** The actor the search is limited to: the question reaches its documents' languages. */
  readonly actor?: string | undefined;
}

/** Precompiled matchers for a lexicon, built once per corpus. */
export class QueryPlanner {
  private readonly actorNames: ActorNames;
  private readonly absentCountries: AbsentCountries;
  private readonly nativeNames: NativeNames;
  /** The glossary with every actor's acronyms, and one actor's own (glossary-expansion.ts). */
  private readonly glossaries: Glossaries;
  private readonly thesaurus: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** The analyses of the corpus's passages, and of each actor's. */
  private readonly languages: ReadonlySet<Analysis>;
  private readonly actorLanguages: ReadonlyMap<string, ReadonlySet<Analysis>>;
  private readonly actorTags: ReadonlyMap<string, readonly string[]>;
  private readonly passagesByLanguage: ReadonlyMap<Analysis, number> | undefined;

  constructor(lexicon: Lexicon) {
    const byActor = new Map<string, Set<Analysis>>();
    this.actorTags = lexicon.languages ?? new Map();
    this.passagesByLanguage = lexicon.passagesByLanguage;
    for (const [actor, tags] of this.actorTags) byActor.set(actor, new Set(tags.map(analysisOf)));
    this.actorLanguages = byActor;
    this.languages = new Set([...byActor.values()].flatMap((s) => [...s]));
    this.thesaurus = compileThesaurus(lexicon.thesaurus ?? THESAURUS, processText);
    const named = lexicon.actors.map(withOtherNames);
    this.actorNames = new ActorNames(named);
    this.absentCountries = new AbsentCountries(named);
    this.nativeNames = new NativeNames(lexicon.actors);
    this.glossaries = new Glossaries(lexicon.glossary, lexicon.acronyms ?? []);
  }

  /** Plans `raw`. Throws a UserError for an empty question or one over MAX_QUESTION_CHARS. */
  plan(raw: string, options: PlanOptions = {}): QueryPlan {
    // Checked before any work on the text: a megabyte pasted in must cost nothing.
    if (raw.length > MAX_QUESTION_CHARS) {
      throw new UserError('question-too-long', `The question is ${raw.length} characters long; the most is ${MAX_QUESTION_CHARS}.`);
    }
    const question = normaliseText(raw)
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    if (question === '') throw new UserError('empty-question', 'The question is empty: ask something, e.g. "What is NIS2?".');

    // The question as typed, diacritics kept: they tell the language apart, and each language folds its own (й stays in Russian).
    const typed = raw
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    const language = options.language ?? detectQuestionLanguage(typed);
    const byName = this.actorNames.find(question);
    const {
      processed,
      specific,
      crossOf,
      named,
      actorTerms,
      asWritten: exact,
    } = questionTerms(language === 'en' ? question : typed, language, this.actorNames.termsOf(byName), this.nativeNames);
    const mentioned = [...byName, ...named.filter((a) => !byName.includes(a))];
    // Only where the question names no actor of the corpus, nor is limited to one: "Does Ghana work with Germany?" is Ghana's.
    const absent = mentioned.length === 0 && options.actor === undefined ? this.absentCountries.find(question) : [];
    const years = [...question.matchAll(/(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/gu)].map((m) => Number(m[1]));

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
      const made = makeTerm(term, source, !specific.has(term));
      terms.push(exact.has(term) ? { ...made, fuzzy: false, prefix: false } : made);
    }

    const expansions: Expansion[] = [];
    // Entries of the asked-about actor's glossary where the question names one actor.
    const only = mentioned.length === 1 ? mentioned[0] : undefined;
    let added = addGlossaryExpansions(this.glossaries.of(only), { question, processed }, { terms, seen, expansions });
    const glossaryExpansions = expansions.slice();
    // An acronym as a scanned document's text may misread it ("Cll" for CII): ocr-variants.ts.
    added += addOcrVariants(question, { terms, seen, expansions }, added);
    // An irregular verb form also as its base form, which the stemmer does not reach ("drew" → "draw"): inflections.ts.
    if (language === 'en') added += addBaseForms(question, { terms, seen, expansions }, added);
    // Everyday words also searched in the documents' words (thesaurus.ts), each of their phrases its own expansion:
    // a passage that holds any one of them answers for the everyday word.
    for (const phrase of new Set(processed.flatMap((t) => this.thesaurus.get(t) ?? []))) {
      if (!containsRun(processed, phrase.terms) || phrase.written?.test(question) === false) continue;
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

    // And the acronyms the glossary added, as a scan may misread them too (last: they take no room from the above).
    added += addOcrVariantsOfExpansions(glossaryExpansions, { terms, seen, expansions }, added);

    addCrossLanguage({ processed, language, targets: this.targetsOf(mentioned, options.actor, language), crossOf }, { terms, seen, expansions });

    const languagePassages = this.passagesByLanguage?.get(language);
    return {
      question,
      language,
      ...(languagePassages === undefined ? {} : { languagePassages }),
      terms,
      mentionedActors: mentioned,
      ...(absent.length === 0 ? {} : { absentCountries: absent }),
      years: [...new Set(years)],
      expansions,
      shortened,
    };
  }

  /** The language tags of `actor`'s passages (empty for an actor the planner was not told of). */
  languagesOf(actor: string): readonly string[] {
    return this.actorTags.get(actor) ?? [];
  }

  /**
   * The languages a question reaches: the whole corpus's, or for each actor
   * it is limited to or names, the question's own where the actor has
   * documents in it (a Spanish passage should not push Costa Rica's English
   * one down for an English question), its documents' languages otherwise.
   */
  private targetsOf(mentioned: readonly string[], actor: string | undefined, language: Analysis): Analysis[] {
    const scope = actor !== undefined ? [actor] : mentioned;
    if (scope.length === 0) return [...this.languages];
    return [
      ...new Set(
        scope.flatMap((a) => {
          const languages = this.actorLanguages.get(a) ?? new Set<Analysis>();
          return languages.has(language) ? [language] : [...languages];
        }),
      ),
    ];
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
