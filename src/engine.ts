/**
 * The engine: the one API every front calls (terminal, JSON, Discord). It
 * returns plain results (no Discord or terminal types) and throws
 * {@link UserError} for what a user got wrong.
 */
import type { KnowledgeBase } from './build.ts';
import { buildKnowledgeBase, type BuildOptions } from './build.ts';
import { UserError } from './errors.ts';
import { comparisonPassages, profilePassages, timelinePassages } from './facts/cited.ts';
import { type BestPassage, buildComparison, type Comparison } from './facts/compare.ts';
import { type ActorProfile, buildProfile } from './facts/profile.ts';
import { buildTimeline, type Timeline } from './facts/timeline.ts';
import type { Actor, KnowledgeDocument, Source, Topic } from './knowledge/corpus.ts';
import { answer, type AskResult } from './search/answer.ts';
import { MAX_QUESTION_CHARS } from './search/limits.ts';
import { planAsMeant } from './search/spelling.ts';
import type { Passage } from './passages/chunk.ts';
import { normaliseText } from './text/terms.ts';
import { type Analysis, primarySubtag, QUESTION_LANGUAGES } from './text/analysis/languages.ts';

/** The longest question `ask` takes: commands declare it as their option's bound. */
export { MAX_QUESTION_CHARS };
/** The languages a question may be read in (`lang` on /ask, `--lang`): commands declare them in their option's description. */
export { QUESTION_LANGUAGES };

/** How many results `ask` returns unless told otherwise, and the most it returns at once. */
export const DEFAULT_TOP = 3;
export const MAX_TOP = 10;

/** Options of {@link Engine.ask}. */
export interface AskOptions {
  /** An actor id, name or alias: only that actor's passages. */
  readonly actor?: string | undefined;
  readonly top?: number | undefined;
  /** Skip this many answering passages (paging). */
  readonly offset?: number | undefined;
  /** The question's language (`en`, `fr`, … see QUESTION_LANGUAGES), when detection should not decide. */
  readonly lang?: string | undefined;
}

/** One autocomplete choice: what is shown and what is sent back. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** What the corpus holds, for `/help` and `sources`. */
export interface Catalogue {
  readonly actors: readonly { readonly actor: Actor; readonly documents: readonly KnowledgeDocument[]; readonly passages: number }[];
  readonly topics: readonly Topic[];
  readonly passages: number;
}

/** Options of {@link Engine.timeline}. */
export interface TimelineOptions {
  /** Actor ids, names or aliases; a single string may list several, comma-separated. None: every actor. */
  readonly actors?: readonly string[] | string | undefined;
  readonly topic?: string | undefined;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}

/** The source of a quoted passage, and its page where the document has pages (the link opens that page). */
export type Citation = Source & { readonly page?: number };

/** The source of each passage a facts result quotes, by passage id: what views link each item to. */
export type Citations = ReadonlyMap<string, Citation>;

/** How many actors `compare` takes. */
export const MIN_COMPARE_ACTORS = 2;
export const MAX_COMPARE_ACTORS = 3;

/** The query engine over one knowledge base. */
export class Engine {
  private cachedCatalogue: Catalogue | undefined;
  /** Each passage's id as autocomplete matches it, in corpus order: taken once. */
  private passageKeys: readonly string[] | undefined;

  constructor(readonly kb: KnowledgeBase) {}

  /** Opens the knowledge folder (through the cache) and returns an engine over it. */
  static async open(options: BuildOptions): Promise<Engine> {
    return new Engine(await buildKnowledgeBase(options));
  }

  /** The best excerpts for `question`, or an abstention when the sources do not answer it. */
  ask(question: string, options: AskOptions = {}): AskResult {
    const top = options.top ?? DEFAULT_TOP;
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
      throw new UserError('bad-argument', `The number of results must be a whole number from 1 to ${MAX_TOP}.`);
    }
    const offset = options.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0) throw new UserError('bad-argument', 'The offset must be a whole number, 0 or more.');
    const actor = options.actor === undefined ? undefined : this.resolveActor(options.actor).id;
    const language = options.lang === undefined ? undefined : questionLanguage(options.lang);
    // A misspelt word gets the expansions of the word meant (spelling.ts).
    const plan = planAsMeant(this.kb.planner, question, { language, actor }, this.kb.index);
    const found = answer(plan, this.kb.index, this.kb.passageById, { actor, limit: top, offset });
    const sourceLanguages = otherLanguages(found, plan.language, found.actor === undefined ? [] : this.kb.planner.languagesOf(found.actor));
    const result = sourceLanguages.length === 0 ? found : { ...found, sourceLanguages };
    const named = result.actor === undefined ? undefined : this.kb.corpus.actors.find((a) => a.id === result.actor);
    return named === undefined ? result : { ...result, actorName: named.name };
  }

  /** One passage by id. Throws a UserError naming close ids when there is no such passage. */
  passage(id: string): Passage {
    const found = this.kb.passageById.get(id.trim());
    if (found !== undefined) return found;
    const near = this.suggestPassages(id.trim().split('#')[0] ?? '', 5).map((c) => c.value);
    throw new UserError(
      'unknown-passage',
      `There is no passage "${id}".${near.length > 0 ? ` Passages start like: ${near.join(', ')}.` : ' Passage ids look like "<document-id>#<n>"; `sources` lists the documents.'}`,
    );
  }

  /**
   * Resolves once this engine's facts can be read without extracting any in
   * the reader's turn (see FactBase.settled): the commands that read facts
   * wait for it (commands/execute.ts), so that the first profile after an
   * update does not hold every other interaction while it finishes them.
   */
  factsSettled(): Promise<void> {
    return this.kb.facts.settled ?? Promise.resolve();
  }

  /** The profile of one actor: documents, themes, approach, partners, plans, each with its quote, and the gaps. */
  actorProfile(name: string): ActorProfile {
    const actor = this.resolveActor(name);
    const passages = this.kb.passages.filter((p) => p.actor === actor.id).length;
    return buildProfile(actor, this.kb.facts, this.kb.corpus.topics, passages);
  }

  /** Events in order, for some actors or all, optionally on a topic and within a year range. */
  timeline(options: TimelineOptions = {}): Timeline {
    const names = typeof options.actors === 'string' ? options.actors.split(',') : (options.actors ?? []);
    const actors = [
      ...new Map(
        names
          .map((n) => n.trim())
          .filter((n) => n !== '')
          .map((n) => this.resolveActor(n))
          .map((a) => [a.id, a]),
      ).values(),
    ];
    const { from, to } = options;
    if (from !== undefined && to !== undefined && from > to) {
      throw new UserError('bad-range', `The range runs backwards: --from ${from} is after --to ${to}.`);
    }
    const topic = options.topic === undefined ? undefined : this.resolveTopic(options.topic);
    const displayNames = new Map(this.kb.corpus.actors.map((a) => [a.id, a.name]));
    return buildTimeline(
      this.kb.facts,
      { actors, ...(topic === undefined ? {} : { topic }), ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
      displayNames,
    );
  }

  /** Two or three actors side by side, optionally on a topic, with what they share and what only one has. */
  compare(names: readonly string[], topic?: string): Comparison {
    const actors = names.map((n) => this.resolveActor(n));
    const distinct = new Set(actors.map((a) => a.id));
    if (distinct.size !== actors.length || actors.length < MIN_COMPARE_ACTORS || actors.length > MAX_COMPARE_ACTORS) {
      throw new UserError(
        'bad-argument',
        `Compare ${MIN_COMPARE_ACTORS} or ${MAX_COMPARE_ACTORS} different actors (got ${actors.map((a) => a.id).join(', ') || 'none'}).`,
      );
    }
    const resolved = topic === undefined ? undefined : this.resolveTopic(topic);
    const best: BestPassage = (actor, t) => {
      const hit = this.ask(t.name, { actor: actor.id, top: 1 }).results[0];
      return hit === undefined ? undefined : { text: `${hit.passage.title} [${hit.passage.id}]`, quote: hit.excerpt.text, passageId: hit.passage.id };
    };
    return buildComparison(this.kb.facts, actors, this.kb.corpus.topics, resolved, best);
  }

  /** {@link actorProfile}, with the sources of the passages it quotes. */
  citedProfile(name: string): { readonly profile: ActorProfile; readonly sources: Citations } {
    const profile = this.actorProfile(name);
    return { profile, sources: this.sourcesOf(profilePassages(profile)) };
  }

  /** {@link timeline}, with the sources of the passages it quotes. */
  citedTimeline(options: TimelineOptions = {}): { readonly timeline: Timeline; readonly sources: Citations } {
    const timeline = this.timeline(options);
    return { timeline, sources: this.sourcesOf(timelinePassages(timeline)) };
  }

  /** {@link compare}, with the sources of the passages it quotes. */
  citedComparison(names: readonly string[], topic?: string): { readonly comparison: Comparison; readonly sources: Citations } {
    const comparison = this.compare(names, topic);
    return { comparison, sources: this.sourcesOf(comparisonPassages(comparison)) };
  }

  /** The source of each passage in `ids` that exists, by passage id: what views link quotes to. */
  sourcesOf(ids: Iterable<string>): Citations {
    const sources = new Map<string, Citation>();
    for (const id of ids) {
      const p = this.kb.passageById.get(id);
      if (p !== undefined) sources.set(id, p.page === undefined ? p.source : { ...p.source, page: p.page });
    }
    return sources;
  }

  /** The actor an id, name or alias stands for. Throws a UserError listing the known actors otherwise. */
  resolveActor(name: string): Actor {
    const key = normaliseText(name).trim().toLowerCase();
    const found = this.kb.corpus.actors.find((a) => a.id === key || [a.name, ...a.aliases].some((n) => normaliseText(n).toLowerCase() === key));
    if (found !== undefined) return found;
    const known = this.kb.corpus.actors.map((a) => `${a.id} (${a.name})`).join(', ');
    throw new UserError('unknown-actor', `Unknown actor "${name}". Known actors: ${known}.`);
  }

  /** The topic an id, name or one of its terms stands for. Throws a UserError listing the known topics otherwise. */
  resolveTopic(name: string): Topic {
    const key = normaliseText(name).trim().toLowerCase();
    const is = (text: string): boolean => normaliseText(text).toLowerCase() === key;
    const found = this.kb.corpus.topics.find((t) => t.id === key || is(t.name)) ?? this.kb.corpus.topics.find((t) => t.terms.some(is));
    if (found !== undefined) return found;
    const known = this.kb.corpus.topics.map((t) => t.id).join(', ');
    throw new UserError('unknown-topic', `Unknown topic "${name}". Known topics: ${known || 'none'}.`);
  }

  /** What the corpus holds. */
  catalogue(): Catalogue {
    // The knowledge base never changes under an engine: count once, not on every /ask.
    this.cachedCatalogue ??= catalogueOf(this.kb);
    return this.cachedCatalogue;
  }

  /**
   * Autocomplete for actor options: the first `limit` actors whose id, name
   * or an alias starts with (or contains) what was typed. Names are whole:
   * a front with a bound on their length cuts them.
   */
  suggestActors(typed: string, limit: number): Choice[] {
    return rankChoices(
      typed,
      limit,
      this.kb.corpus.actors.map((a) => ({ name: a.name, value: a.id, keys: [a.id, a.name, ...a.aliases] })),
    );
  }

  /** Autocomplete for topic options: as {@link suggestActors}. */
  suggestTopics(typed: string, limit: number): Choice[] {
    return rankChoices(
      typed,
      limit,
      this.kb.corpus.topics.map((t) => ({ name: t.name, value: t.id, keys: [t.id, t.name, ...t.terms] })),
    );
  }

  /** Autocomplete for passage ids: the first `limit` ids that start with (or contain) what was typed, in corpus order, each named with its text. */
  suggestPassages(typed: string, limit: number): Choice[] {
    // Every keystroke asks this: at 100k passages, choices made of every passage (its id and text) cost ~130 ms a time.
    this.passageKeys ??= this.kb.passages.map((p) => choiceKey(p.id));
    const passages = this.kb.passages;
    return firstMatches(choiceKey(typed).trim(), limit, this.passageKeys).map((i) => {
      const p = passages[i] as Passage;
      return { name: `${p.id}: ${p.text}`, value: p.id };
    });
  }
}

/** What a knowledge base holds, by actor: one pass over the passages. */
function catalogueOf(kb: KnowledgeBase): Catalogue {
  const { corpus, passages } = kb;
  const counts = new Map<string, number>();
  for (const p of passages) counts.set(p.actor, (counts.get(p.actor) ?? 0) + 1);
  return {
    actors: corpus.actors.map((actor) => ({
      actor,
      documents: corpus.documents.filter((d) => d.actor === actor.id),
      passages: counts.get(actor.id) ?? 0,
    })),
    topics: corpus.topics,
    passages: passages.length,
  };
}

/** The first `limit` items with a key that starts with `typed`, then those with a key that contains it, each group in the items' order. */
function rankChoices(typed: string, limit: number, items: readonly { name: string; value: string; keys: readonly string[] }[]): Choice[] {
  const q = choiceKey(typed).trim();
  const scored = items
    .map((item, order) => {
      const keys = item.keys.map(choiceKey);
      const rank = q === '' ? 0 : keys.some((k) => k.startsWith(q)) ? 0 : keys.some((k) => k.includes(q)) ? 1 : 2;
      return { item, order, rank };
    })
    .filter((s) => s.rank < 2)
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  return scored.slice(0, limit).map(({ item }) => ({ name: item.name, value: item.value }));
}

/** A name or what was typed of it, as autocomplete compares them. */
function choiceKey(text: string): string {
  return normaliseText(text).toLowerCase();
}

/**
 * The positions of the first `limit` of `keys` that start with `q`, then
 * (when fewer do) of those that contain it, each in order: what
 * {@link rankChoices} gives, without a choice made of every key.
 */
function firstMatches(q: string, limit: number, keys: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < keys.length && out.length < limit; i++) if ((keys[i] ?? '').startsWith(q)) out.push(i);
  for (let i = 0; i < keys.length && out.length < limit; i++) {
    const k = keys[i] ?? '';
    if (!k.startsWith(q) && k.includes(q)) out.push(i);
  }
  return out;
}

/** The analysis a `lang` option names. Throws a UserError naming the languages there are. */
function questionLanguage(lang: string): Analysis {
  const wanted = lang.trim().toLowerCase();
  const found = QUESTION_LANGUAGES.find((l) => l === wanted);
  if (found === undefined) throw new UserError('bad-argument', `There is no question language "${lang}": use one of ${QUESTION_LANGUAGES.join(', ')}.`);
  return found;
}

/**
 * The languages, other than the question's, that the answer's sources are
 * in: those of the passages it answers with, and those of the one actor asked about
 * when none of its documents is in the question's language (its answer, or
 * its silence, comes from documents the asker may not read).
 */
function otherLanguages(result: AskResult, language: Analysis, actorTags: readonly string[]): string[] {
  const tags = new Set<string>();
  // Other actors' passages (an `actor-silent` answer) are not the sources the note speaks of: each shows its own text.
  for (const hit of result.results) tags.add(hit.passage.language ?? 'en');
  const other = (t: string): boolean => primarySubtag(t) !== language;
  if (actorTags.length > 0 && actorTags.every(other)) for (const t of actorTags) tags.add(t);
  return [...tags].filter(other);
}
