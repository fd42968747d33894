/**
 * A question's words as terms, in its language (text/analysis): which are
 * specific (not everyday English words), which cross languages (a name, an
 * acronym in a question of another language: its own term → the unmarked
 * one), and which name an actor, as written (ActorNames) or inflected in the
 * question's language (NativeNames).
 */
import { analyseWord } from '../text/analysis/analyse.ts';
import type { Analysis } from '../text/analysis/languages.ts';
import { wordsOf } from '../text/analysis/segment.ts';
import { isEverydayWord } from '../text/common-words.ts';
import { isAcronym, normaliseText } from '../text/terms.ts';
import { isEverydayEquivalent } from './cross-language.ts';
import type { NativeNames } from './native-names.ts';

/** What {@link questionTerms} finds. */
export interface QuestionTerms {
  /** The terms, in order, duplicates kept. */
  readonly processed: string[];
  /** Terms that are not everyday words (in another language: not the equivalent of everyday English words). */
  readonly specific: Set<string>;
  /** In a question of another language, each own term of a name or an acronym → its crossing term. */
  readonly crossOf: Map<string, string>;
  /** Actors the question names inflected in its language (beyond those ActorNames found). */
  readonly named: string[];
  /** The terms that name actors: those given and the inflected names'. */
  readonly actorTerms: Set<string>;
  /**
   * In a question of another language, the terms of words written as
   * acronyms ("CERT"): searched only as written, since a French "cert"
   * would otherwise find "certifiés" by prefix and "certaines" by a typo.
   */
  readonly asWritten: Set<string>;
}

/** The terms of `question` read as `language`; `actorTerms` are the terms of the actors its words name as written. */
export function questionTerms(question: string, language: Analysis, actorTerms: ReadonlySet<string>, natives: NativeNames): QuestionTerms {
  const words = wordsOf(question, language).map((t) => ({ word: t.word, ...analyseWord(t.word, language) }));
  const native =
    language === 'en'
      ? { actors: [], terms: new Set<string>() }
      : natives.find(
          words.flatMap((w) => w.own ?? []),
          language,
        );
  const naming = new Set([...actorTerms, ...native.terms]);
  const processed: string[] = [];
  // A term is everyday only if every word it came from is (and none was written as an acronym).
  const specific = new Set<string>();
  const crossOf = new Map<string, string>();
  const asWritten = new Set<string>();
  for (const { word, own, cross } of words) {
    if (language === 'en') {
      if (own === undefined) continue;
      processed.push(own);
      if (isAcronym(normaliseText(word)) || !isEverydayWord(word)) specific.add(own);
      continue;
    }
    // A name written as English writes it is searched as such, the actor's name everywhere.
    const term = cross !== undefined && (own === undefined || naming.has(cross)) ? cross : own;
    if (term === undefined) continue;
    processed.push(term);
    // Everyday-word weights come from English: a word of another language is everyday only as the equivalent of everyday English words.
    if (term !== own || !isEverydayEquivalent(own, language)) specific.add(term);
    if (isAcronym(normaliseText(word))) asWritten.add(term);
    if (term === own && cross !== undefined && !naming.has(own)) crossOf.set(own, cross);
  }
  return { processed, specific, crossOf, named: native.actors, actorTerms: naming, asWritten };
}
