/**
 * Actors named in a question in another language than English, inflected as
 * that language inflects them ("Latvijas", "Казахстана", "Ελλάδας",
 * "béninoise"): each actor's name and aliases are analysed in the
 * question's language (stemmed: analyse.ts), and a question holding an
 * alias's stems names the actor. ActorNames (actor-names.ts) matches names
 * as written, which is what English needs; this adds the inflected forms
 * without anyone listing them, from the aliases a team writes in
 * actors.yaml ("Latvija", "Казахстан").
 */
import type { Actor } from '../knowledge/corpus.ts';
import { analyseWord } from '../text/analysis/analyse.ts';
import type { AnalysedLanguage } from '../text/analysis/languages.ts';
import { wordsOf } from '../text/analysis/segment.ts';
import { containsRun } from '../text/runs.ts';

/** One name analysed: its own terms in the language, and whose it is. */
interface AnalysedName {
  readonly terms: readonly string[];
  readonly actor: string;
}

/** The actors' names analysed per language, built on a language's first question. */
export class NativeNames {
  private readonly byLanguage = new Map<AnalysedLanguage, readonly AnalysedName[]>();

  constructor(private readonly actors: readonly Actor[]) {}

  /** The actors `terms` (a question's own terms in `language`, in order) name, and the terms that named them. */
  find(terms: readonly string[], language: AnalysedLanguage): { actors: string[]; terms: Set<string> } {
    const actors: string[] = [];
    const naming = new Set<string>();
    for (const name of this.namesIn(language)) {
      if (!containsRun(terms, name.terms)) continue;
      if (!actors.includes(name.actor)) actors.push(name.actor);
      for (const t of name.terms) naming.add(t);
    }
    return { actors, terms: naming };
  }

  private namesIn(language: AnalysedLanguage): readonly AnalysedName[] {
    let names = this.byLanguage.get(language);
    if (names === undefined) {
      names = this.actors.flatMap((a) =>
        [a.name, ...a.aliases].flatMap((alias) => {
          const terms = wordsOf(alias, language).flatMap((w) => analyseWord(w.word, language).own ?? []);
          return terms.length === 0 ? [] : [{ terms, actor: a.id }];
        }),
      );
      this.byLanguage.set(language, names);
    }
    return names;
  }
}
