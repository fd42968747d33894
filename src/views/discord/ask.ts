/**
 * `/ask` on Discord: one embed per excerpt (actor, the excerpt with matched
 * words in bold, the source title linking to the quote, the passage id), a
 * "Full passage" button per excerpt, "More results" while more match, and
 * 👍 / 👎 to rate the answer (in a row of their own) when the front keeps
 * ratings. An
 * abstention says nothing matched and what the sources do cover.
 */
import { sourceLanguagesNote } from '../languages.ts';
import { type APIEmbed, ButtonStyle } from 'discord.js';
import type { AnswerHit, AskResult } from '../../search/answer.ts';
import type { Coverage, Delivery } from '../../replies.ts';
import { placeLabel } from '../../text/fragment.ts';
import { applyMarks } from '../marks.ts';
import { othersHeading, silenceText } from '../silence.ts';
import { button, buttonRows } from './buttons.ts';
import { escapeDiscord, maskedLink, plainDiscord } from './escape.ts';
import { clipText, embedLength, fitText, LIMITS, orElse } from './limits.ts';
import { allowedMentionsOf, type DiscordMessage, type DiscordRenderContext, flagsOf, mentionPrefix } from './message.ts';

/** Brand colour of answer embeds. */
export const ANSWER_COLOUR = 0x2f6f9f;
/** Colour of the abstention embed. */
export const ABSTAIN_COLOUR = 0x9f7a2f;

/** The most characters of the question echoed in the message line: enough to recognise it. */
export const QUESTION_ECHO_CHARS = 300;

/** An excerpt's description never exceeds this, so that ten of them stay well within 6,000 characters together. */
const EXCERPT_DESCRIPTION_CHARS = 1000;

/** Whether more answering passages follow this page. */
export function hasMore(result: AskResult): boolean {
  return result.offset + result.results.length < result.total;
}

/** The excerpt, quoted, with matched words in bold, escaped, within `max` (cut text links to the quote). */
function excerptText(hit: AnswerHit, max: number): string {
  const { text, marks } = hit.excerpt;
  const render = (prefix: string): string => `“${applyMarks(prefix, marks, '**', '**', escapeDiscord)}”`;
  return fitText(text, max, render, hit.link === undefined ? '' : ` ${maskedLink('read on', hit.link)}`);
}

/** Bounds on an excerpt embed's other parts, so that ten excerpts always leave room for their text within 6,000. */
const TITLE_CHARS = 200;
const AUTHOR_CHARS = 80;
const FOOTER_CHARS = 150;

/** The footer: the passage id, its source, and where it stands (page, heading path) when known. */
function citationFooter(p: AnswerHit['passage']): string {
  const place = placeLabel(p);
  return `${p.id} · ${place === '' ? '' : `${place} · `}${p.source.publisher}, ${p.source.title}`;
}

/** An excerpt's embed without its description. */
function hitFrame(hit: AnswerHit, n: number): APIEmbed {
  const p = hit.passage;
  return {
    color: ANSWER_COLOUR,
    author: { name: orElse(clipText(plainDiscord(p.actorName), AUTHOR_CHARS), p.actor) },
    title: fitText(`${n}. ${p.title}`, TITLE_CHARS, escapeDiscord),
    ...(hit.link === undefined ? {} : { url: hit.link }),
    footer: { text: clipText(plainDiscord(citationFooter(p)), FOOTER_CHARS) },
  };
}

/** The excerpt embeds, sharing the 6,000 characters of one message. */
function hitEmbeds(result: AskResult, reserved = 0): APIEmbed[] {
  const hits = result.results.slice(0, LIMITS.embeds);
  const frames = hits.map((hit, i) => hitFrame(hit, result.offset + i + 1));
  const fixed = frames.reduce((n, e) => n + embedLength(e), 0) + reserved;
  const room = Math.min(EXCERPT_DESCRIPTION_CHARS, Math.floor((LIMITS.embedTotal - fixed) / Math.max(1, hits.length)));
  return frames.map((frame, i) => {
    const hit = hits[i];
    return hit === undefined ? frame : { ...frame, description: excerptText(hit, room) };
  });
}

/** The message line: who it is for, what was asked, which results these are. */
function askLine(result: AskResult, delivery: Delivery | undefined): string {
  const question = fitText(result.query, QUESTION_ECHO_CHARS, escapeDiscord);
  const from = result.offset + 1;
  const to = result.offset + result.results.length;
  const range = result.abstained ? '' : ` (${from === to ? `${from}` : `${from}–${to}`} of ${result.total}${result.totalAtLeast === true ? '+' : ''})`;
  const shortened = result.plan.shortened ? '\n-# The question was long: only its first terms were searched.' : '';
  const note = sourceLanguagesNote(result);
  const languages = note === undefined ? '' : `\n-# ${escapeDiscord(note)}`;
  return `${mentionPrefix(delivery)}**Q:** ${question}${range}${shortened}${languages}`;
}

function abstainEmbed(covers: Coverage): APIEmbed {
  const list = (names: readonly string[]): string => orElse(fitText(names.join(', '), LIMITS.fieldValue, escapeDiscord), '-');
  const example = covers.topics[0]?.toLowerCase() ?? 'resilience';
  return {
    color: ABSTAIN_COLOUR,
    title: 'Nothing in the sources answers that',
    description: fitText(
      `Try naming an actor or a topic the sources cover, e.g. "What is the EU's approach to ${example}?", or narrow with the actor option.`,
      LIMITS.embedDescription,
      escapeDiscord,
    ),
    fields: [
      { name: 'Actors', value: list(covers.actors) },
      { name: 'Topics', value: list(covers.topics) },
    ],
  };
}

/** The opening embed of an answer whose named actor's documents are silent: said plainly, whose the passages below are. */
function silentEmbed(result: AskResult, silence: string, covers: Coverage): APIEmbed {
  const others = result.others ?? [];
  if (others.length === 0) return { ...abstainEmbed(covers), title: fitText(silence, LIMITS.embedTitle, escapeDiscord) };
  return {
    color: ABSTAIN_COLOUR,
    title: fitText(silence, LIMITS.embedTitle, escapeDiscord),
    description: fitText(othersHeading(result), LIMITS.embedDescription, escapeDiscord),
  };
}

/** Renders an `/ask` reply. */
export function renderAsk(
  body: { readonly result: AskResult; readonly covers: Coverage },
  delivery: Delivery | undefined,
  context: DiscordRenderContext,
): DiscordMessage {
  const { result, covers } = body;
  const base = { content: askLine(result, delivery), allowedMentions: allowedMentionsOf(delivery), ...flagsOf(delivery) };
  const silence = silenceText(result);
  if (silence !== undefined) {
    // Other actors' passages, each under its actor's name, after the embed that says whose they are not.
    const others = result.others ?? [];
    const shown = { ...result, offset: 0, results: others.slice(0, LIMITS.embeds - 1) };
    const opening = silentEmbed(result, silence, covers);
    const embeds = [opening, ...hitEmbeds(shown, embedLength(opening))];
    const buttons = shown.results.map((hit, i) => button(`Full passage ${i + 1}`, { kind: 'passage', id: hit.passage.id }));
    return { ...base, embeds, components: buttonRows(buttons) };
  }
  if (result.abstained) return { ...base, embeds: [abstainEmbed(covers)], components: [] };

  const embeds = hitEmbeds(result);
  const passageButtons = result.results.map((hit, i) => button(`Full passage ${result.offset + i + 1}`, { kind: 'passage', id: hit.passage.id }));
  const more =
    context.pageKey !== undefined && hasMore(result)
      ? button('More results', { kind: 'more', key: context.pageKey, offset: result.offset + result.results.length }, ButtonStyle.Primary)
      : undefined;
  const rows = buttonRows([more, ...passageButtons]);
  // Rating gets a row of its own, so that it is always in the same place under an answer.
  const rating = context.rateKey === undefined ? [] : buttonRows(ratingButtons(context.rateKey));
  return { ...base, embeds, components: [...rows.slice(0, LIMITS.rows - rating.length), ...rating] };
}

/** 👍 / 👎 on the answer kept under `key`. */
function ratingButtons(key: string): ReturnType<typeof button>[] {
  return [button('👍 Useful', { kind: 'rate', value: 'up', key }), button('👎 Not useful', { kind: 'rate', value: 'down', key })];
}
