/**
 * What a command hands to a view: an engine result tagged with its kind,
 * plus how it is to be delivered. Views (terminal, JSON, Discord) render a
 * {@link Reply}; commands never format anything themselves.
 */
import type { IngestPlan } from './commands/documents.ts';
import type { OptionSpec } from './commands/options.ts';
import type { Catalogue, Citation, Citations } from './engine.ts';
import type { Comparison } from './facts/compare.ts';
import type { ActorProfile } from './facts/profile.ts';
import type { Timeline } from './facts/timeline.ts';
import type { FeedbackListing } from './feedback/store.ts';
import type { AskResult } from './search/answer.ts';
import type { Passage } from './passages/chunk.ts';

/** What the corpus covers, named for people: suggested when nothing matched. */
export interface Coverage {
  readonly actors: readonly string[];
  readonly topics: readonly string[];
}

/** The coverage of a catalogue. */
export function coverageOf(catalogue: Catalogue): Coverage {
  return {
    actors: catalogue.actors.filter((a) => a.passages > 0).map((a) => a.actor.name),
    topics: catalogue.topics.map((t) => t.name),
  };
}

export type { Citation, Citations };

/** A command as `/help` lists it: what a view needs to show how to call it. */
export interface CommandSummary {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
}

/** The results a view knows how to render, by kind. The facts layer adds its kinds here. */
export interface ReplyBodies {
  /** `/ask`: excerpts, or an abstention with what the corpus does cover, to suggest. */
  ask: { readonly result: AskResult; readonly covers: Coverage };
  /** `/source`: one passage whole. */
  passage: { readonly passage: Passage };
  /** `/help`: what the corpus holds, and the commands (from the registry) and how to ask. */
  help: { readonly catalogue: Catalogue; readonly commands: readonly CommandSummary[] };
  /** `sources`: the documents and actors. */
  sources: { readonly catalogue: Catalogue };
  /** `/actor`: one actor's profile, each entry with its quote, and its gaps. */
  actor: { readonly profile: ActorProfile; readonly sources: Citations };
  /** `/timeline`: events in order, planned ones apart. */
  timeline: { readonly timeline: Timeline; readonly sources: Citations };
  /** `/compare`: two or three actors side by side. */
  compare: { readonly comparison: Comparison; readonly sources: Citations };
  /** `/ingest`: what an uploaded document would add, waiting for the user's Add or Cancel. */
  ingest: { readonly plan: IngestPlan };
  /** `/feedback`: the rated questions, worst first (or that ratings are unavailable), with the date listed from. */
  feedback: { readonly listing: FeedbackListing; readonly since?: string };
  /** A short plain message (an admin confirmation, a refusal). */
  notice: { readonly text: string };
}

/** The kinds of reply. */
export type ReplyKind = keyof ReplyBodies;

/** How a reply is delivered, where the front can honour it. */
export interface Delivery {
  /** Only the asker sees it (Discord ephemeral). */
  readonly hide?: boolean;
  /** A user the answer is pointed at: the only one pinged. */
  readonly mention?: string;
}

/** One reply: a kind, its body, and its delivery. */
export type Reply = {
  [K in ReplyKind]: { readonly kind: K } & ReplyBodies[K] & { readonly delivery?: Delivery };
}[ReplyKind];

/** Builds a reply of `kind`. */
export function reply<K extends ReplyKind>(kind: K, body: ReplyBodies[K], delivery?: Delivery): Reply {
  return { kind, ...body, ...(delivery === undefined ? {} : { delivery }) } as Reply;
}
