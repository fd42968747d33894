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

const cache = new WeakMap<ReadonlyMap<string, Passage>, Map<string, ReadonlySet<string>>>();

/** The index terms of the titles of `actor`'s documents among `passages` (computed once per actor and corpus). */
function titleWordsOf(actor: string, passages: ReadonlyMap<string, Passage>): ReadonlySet<string> {
  let byActor = cache.get(passages);
  if (byActor === undefined) {
    byActor = new Map();
    cache.set(passages, byActor);
  }
  let words = byActor.get(actor);
  if (words === undefined) {
    const titles = new Set<string>();
    for (const p of passages.values()) if (p.actor === actor) titles.add(p.title).add(p.source.title);
    words = new Set([...titles].flatMap((t) => tokenize(t).flatMap((w) => processWord(w.word) ?? [])));
    byActor.set(actor, words);
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
  const titles = titleWordsOf(actor, passages);
  const naming = new Set<string>();
  let afterActor = false;
  for (const token of tokenize(plan.question)) {
    // The name of the document stands right after the actor's: any other word ("say", "about") ends it.
    const term = processWord(token.word);
    if (term !== undefined && actorTerms.has(term)) afterActor = true;
    else if (afterActor && term !== undefined && titles.has(term)) naming.add(term);
    else afterActor = false;
  }
  const evidence = plan.terms.filter((t) => t.source === 'question' || t.source === 'year');
  if (naming.size === 0 || evidence.every((t) => naming.has(t.term))) return plan;
  return { ...plan, terms: plan.terms.map((t) => ((t.source === 'question' || t.source === 'year') && naming.has(t.term) ? { ...t, source: 'actor' } : t)) };
}
