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

/** The stem of a name may lose or keep its last letter or two by case ("Узбекистан" → узбекиста, "Узбекистане" → узбекистан): a stem of four letters or more matches one it starts, or that starts it, within two letters. */
function sameName(question: string, name: string): boolean {
  if (question === name) return true;
  const [short, long] = question.length < name.length ? [question, name] : [name, question];
  return short.length - 3 >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}

/** Where `run` (a name's terms) starts in `terms`, each term matched by {@link sameName}; -1 when it does not occur. */
function runAt(terms: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= terms.length; i++) {
    for (let j = 0; j < run.length; j++) if (!sameName(terms[i + j] ?? '', run[j] ?? '')) continue outer;
    return i;
  }
  return -1;
}

/** One name analysed: its own terms in the language, and whose it is. */
interface AnalysedName {
  readonly terms: readonly string[];
  readonly actor: string;
}

/** The actors' names analysed per language, built on a language's first question. */
export class NativeNames {
  private readonly byLanguage = new Map<AnalysedLanguage, readonly AnalysedName[]>();

  constructor(private readonly actors: readonly Actor[]) {}

  /** The actors `terms` (a question's own terms in `language`, in order) name, and the question's terms that named them. */
  find(terms: readonly string[], language: AnalysedLanguage): { actors: string[]; terms: Set<string> } {
    const actors: string[] = [];
    const naming = new Set<string>();
    for (const name of this.namesIn(language)) {
      const at = runAt(terms, name.terms);
      if (at < 0) continue;
      if (!actors.includes(name.actor)) actors.push(name.actor);
      for (const t of terms.slice(at, at + name.terms.length)) naming.add(t);
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
