/**
 * Follow-up questions: a question asked in reply to an earlier answer is
 * answered with the conversation's context carried over. Pure engine layer
 * (no Discord): the fronts keep the context, this decides what it means.
 *
 * - The actor: a follow-up that names an actor asks about that one ("what does
 *   the US say?" replaces Japan); one that names none keeps the earlier actor
 *   ("and what about its partners?" stays on Japan).
 * - The words: a follow-up with a topic of its own that answers (with that
 *   actor, or without the carried one: then it is a new question) is answered
 *   from its words alone; one whose words are too weak to answer, or that only
 *   names an actor ("what does the US say?"), is searched again with the
 *   earlier question's words added at a lower weight ({@link CARRIED_WORD_WEIGHT}),
 *   without the earlier actor's name.
 */
import type { Engine } from '../engine.ts';
import { DEFAULT_TOP } from '../engine.ts';
import { answer, type AskResult } from '../search/answer.ts';
import type { QueryPlan, QueryTerm } from '../search/plan.ts';

/** What an earlier answer leaves for the questions that follow it up. */
export interface ConversationContext {
  /** The words the earlier answer was searched with (its own question, or the topic it carried). */
  readonly topic: string;
  /** The id of the actor the earlier answer was about, if it was about one. */
  readonly actor?: string | undefined;
}

/** What a follow-up carried over from its context. */
export interface Carried {
  /** The actor id taken from the context (the follow-up named none). */
  readonly actor?: string;
  /** Whether the earlier question's words were added to the follow-up's own. */
  readonly words: boolean;
}

/** A follow-up's answer, what it carried, and the context it leaves for the next one. */
export interface FollowUpAnswer {
  readonly result: AskResult;
  readonly carried: Carried;
  readonly context: ConversationContext;
}

/** How much a carried word counts against one of the follow-up's own: enough to keep the topic, never enough to outweigh what is asked now. */
export const CARRIED_WORD_WEIGHT = 0.5;

/** Options of {@link askFollowUp}: as {@link Engine.ask}'s, without the actor (the question and the context decide it). */
export interface FollowUpOptions {
  readonly top?: number | undefined;
  readonly offset?: number | undefined;
}

/** The context a fresh answer leaves: its question, and the actor it was limited to or the one actor it names. */
export function contextOf(result: AskResult): ConversationContext {
  const named = result.plan.mentionedActors.length === 1 ? result.plan.mentionedActors[0] : undefined;
  return { topic: result.query, actor: result.actor ?? named };
}

/**
 * Answers `question` as a follow-up in `context` (undefined: a fresh
 * question). Throws the engine's UserErrors (empty or too long a question).
 */
export function askFollowUp(engine: Engine, question: string, context: ConversationContext | undefined, options: FollowUpOptions = {}): FollowUpAnswer {
  const own = engine.kb.planner.plan(question);
  if (context === undefined) {
    const result = engine.ask(question, options);
    return { result, carried: { words: false }, context: contextOf(result) };
  }
  // One actor named now replaces the earlier one; several named leave the choice to the ranking, as a fresh question does.
  const named = own.mentionedActors.length === 1 ? own.mentionedActors[0] : undefined;
  const carriedActor = own.mentionedActors.length === 0 ? context.actor : undefined;
  const actor = named ?? carriedActor;
  const withActor = engine.ask(question, { ...options, actor });
  const kept = carriedActor === undefined ? {} : { actor: carriedActor };
  // A follow-up that only names an actor ("what does the US say?") has no topic of its own, even where the actor's name alone finds passages.
  const hasTopic = own.terms.some((t) => t.source === 'question' || t.source === 'year');
  if (hasTopic && !withActor.abstained) return { result: withActor, carried: { ...kept, words: false }, context: { topic: question, actor } };
  if (hasTopic && carriedActor !== undefined) {
    // Words that answer once the earlier actor is let go are a new question, not a weak one ("What is NIS2?" after Japan).
    const free = engine.ask(question, options);
    if (!free.abstained) return { result: free, carried: { words: false }, context: contextOf(free) };
  }
  const merged = withCarriedWords(own, engine.kb.planner.plan(context.topic));
  if (merged === undefined) return { result: withActor, carried: { ...kept, words: false }, context: { topic: question, actor } };
  const result = answer(merged, engine.kb.index, engine.kb.passageById, { actor, limit: options.top ?? DEFAULT_TOP, offset: options.offset ?? 0 });
  // The topic stays the earlier one: a chain of short follow-ups keeps its subject.
  return { result, carried: { ...kept, words: true }, context: { topic: context.topic, actor } };
}

/**
 * `own` with the earlier plan's search terms added at {@link CARRIED_WORD_WEIGHT}:
 * not its actor names (the actor is decided apart) nor terms `own` already has.
 * Undefined when the earlier plan adds nothing.
 */
export function withCarriedWords(own: QueryPlan, earlier: QueryPlan): QueryPlan | undefined {
  const have = new Set(own.terms.map((t) => t.term));
  const carried: QueryTerm[] = earlier.terms
    .filter((t) => t.source !== 'actor' && !have.has(t.term))
    .map((t) => ({ ...t, weight: t.weight * CARRIED_WORD_WEIGHT }));
  if (carried.length === 0) return undefined;
  return {
    ...own,
    terms: [...own.terms, ...carried],
    years: [...new Set([...own.years, ...earlier.years])],
    expansions: [...own.expansions, ...earlier.expansions],
  };
}
