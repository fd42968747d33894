/**
 * Words that name the asked-about actor's own document. An analyst asks
 * "What does Korea's masterplan say about education in schools?", "Who drew
 * up Austria's OSCS 2021?", "Who must Lebanon's strategy work with?": the
 * words right after the actor's name that are words of the title of one of
 * its documents say which document, as "Korea" says whose. Nearly every
 * passage of that document is about it, but only a few hold those words (a
 * heading, a sentence naming the plan); counted as evidence, they rank the
 * passages that merely name the document over the one that answers.
 *
 * Within the named actor's documents, such a word is treated as the actor's
 * names are (answer.ts): it still ranks, it is not evidence, and the other
 * actors' passages listed for a silent actor are not searched for it. A
 * title word elsewhere in the question ("How will the US track
 * implementation?") stays what it is.
 */
import type { Passage } from '../passages/chunk.ts';
import { processWord, tokenize } from '../text/terms.ts';
import type { QueryPlan } from './plan.ts';

/**
 * The most actors whose titles may hold a word for it to name one actor's
 * document: "masterplan", "OSCS", "CSIP" do; "national", "security",
 * "strategy", "information", which most titles have, name no document (and
 * "Norway's national security authority" is a body, not the strategy).
 */
export const MAX_TITLE_ACTORS = 2;

const cache = new WeakMap<ReadonlyMap<string, Passage>, ReadonlyMap<string, ReadonlySet<string>>>();

/** Each title word of the documents among `passages` → the actors whose titles hold it (computed once per corpus). */
function titleWords(passages: ReadonlyMap<string, Passage>): ReadonlyMap<string, ReadonlySet<string>> {
  let words = cache.get(passages);
  if (words === undefined) {
    const titles = new Map<string, Set<string>>();
    for (const p of passages.values()) for (const t of [p.title, p.source.title]) titles.set(t, (titles.get(t) ?? new Set()).add(p.actor));
    const byWord = new Map<string, Set<string>>();
    for (const [title, actors] of titles)
      for (const { word } of tokenize(title)) {
        const term = processWord(word);
        if (term === undefined) continue;
        const set = byWord.get(term) ?? new Set<string>();
        for (const a of actors) set.add(a);
        byWord.set(term, set);
      }
    words = byWord;
    cache.set(passages, words);
  }
  return words;
}

/**
 * `plan` with the question's words that name `actor`'s own document (see the
 * module comment) made actor terms. English questions only: titles are read
 * with the English analysis. A question of nothing but the document's name
 * ("Korea's masterplan?") is about the document: it is left as it is.
 */
export function withDocumentWords(plan: QueryPlan, actor: string, passages: ReadonlyMap<string, Passage>): QueryPlan {
  if (plan.language !== 'en') return plan;
  const actorTerms = new Set(plan.terms.filter((t) => t.source === 'actor').map((t) => t.term));
  if (actorTerms.size === 0) return plan;
  const titles = titleWords(passages);
  const names = (term: string): boolean => {
    const actors = titles.get(term);
    return actors?.has(actor) === true && actors.size <= MAX_TITLE_ACTORS;
  };
  const naming = new Set<string>();
  let afterActor = false;
  for (const token of tokenize(plan.question)) {
    // The name of the document stands right after the actor's: any other word ("say", "about") ends it.
    const term = processWord(token.word);
    if (term !== undefined && actorTerms.has(term)) afterActor = true;
    else if (afterActor && term !== undefined && names(term)) naming.add(term);
    else afterActor = false;
  }
  const evidence = plan.terms.filter((t) => t.source === 'question' || t.source === 'year');
  if (naming.size === 0 || evidence.every((t) => naming.has(t.term))) return plan;
  return { ...plan, terms: plan.terms.map((t) => ((t.source === 'question' || t.source === 'year') && naming.has(t.term) ? { ...t, source: 'actor' } : t)) };
}
