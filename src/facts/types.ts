/**
 * The facts extracted from passages: plain data, each item carrying the
 * passage id and the verbatim sentence it came from (no quote, no claim).
 */

/** Where a fact comes from: one sentence of one passage, verbatim. */
export interface Evidence {
  readonly passageId: string;
  /**
   * The actor the item is about: the passage's actor, or the other actor of the corpus whose
   * strategy the passage describes (a section on another country, "In X, …").
   */
  readonly actor: string;
  /** The sentence, exactly as `passage.text.slice(start, end)`. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** Another place an item is named: the passage and the sentence, verbatim. */
export interface Citation {
  readonly passageId: string;
  readonly quote: string;
}

/** What kind of instrument a name's head noun says it is (`directive`, `strategy`, `toolbox`...). */
export type InstrumentKind = string;

/** Whether the corpus speaks of an instrument as existing or as planned. */
export type InstrumentStatus = 'in-force' | 'planned';

/** A named instrument: a directive, act, strategy, guidance, principles, commission, scheme, toolbox... */
export interface Instrument {
  /** Merge key: lowercase name (with year and modifier), so two mentions of one instrument are one item. */
  readonly key: string;
  /** Our label for it, e.g. "2018 Cybersecurity Strategy". */
  readonly label: string;
  readonly kind: InstrumentKind;
  readonly status: InstrumentStatus;
  readonly year?: number;
  readonly month?: number;
  /** Acronyms and other names (from parentheses and the glossary). */
  readonly aliases: readonly string[];
  /** What it is, in the corpus's own words (a verbatim slice of the quote), when a rule found it. */
  readonly description?: string;
  /**
   * True for an instrument of a union or organisation of states, or between states (a directive,
   * a convention): the actor's commitment or cooperation, not its own law or strategy.
   */
  readonly international?: true;
  readonly evidence: Evidence;
  /** The other places the same instrument is named (under this name or another of its names), when there are any. */
  readonly citations?: readonly Citation[];
}

/** An organisation, forum or partner an actor's passages name. */
export interface Organisation {
  /** Merge key: the glossary term when the glossary knows the name, else the lowercase name. */
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** True when its quote gives it a role (it leads, coordinates, is responsible for …): the mention kept then. */
  readonly hasRole: boolean;
  readonly evidence: Evidence;
}

/** A dated (or planned, undated) event. */
export interface FactEvent {
  readonly year?: number;
  readonly month?: number;
  /** The last year of a range ("2014–2020"), when one is stated. */
  readonly untilYear?: number;
  readonly label: string;
  readonly planned: boolean;
  /** An event of an international instrument (see {@link Instrument.international}). */
  readonly international?: true;
  readonly evidence: Evidence;
}

/** A sentence that touches one topic of topics.yaml. */
export interface ThemeHit {
  readonly topic: string;
  readonly evidence: Evidence;
}

/** A sentence in which an actor states its stance: priorities, aims, approach. */
export interface StanceHit {
  readonly evidence: Evidence;
}

/** Everything extracted from a corpus's passages, in corpus order. */
export interface Facts {
  readonly instruments: readonly Instrument[];
  readonly organisations: readonly Organisation[];
  readonly events: readonly FactEvent[];
  readonly themes: readonly ThemeHit[];
  readonly stances: readonly StanceHit[];
}
