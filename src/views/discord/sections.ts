/**
 * Long structured answers (profiles, timelines, comparisons) as pages of
 * embeds: sections of fields, packed into messages that each stay within
 * Discord's limits (10 embeds, 25 fields an embed, 6,000 characters), with
 * "Previous"/"Next" buttons between pages. Pure.
 */
import { type APIEmbed, type APIEmbedField, ButtonStyle } from 'discord.js';
import type { Delivery } from '../../replies.ts';
import { citationUrl } from '../../text/fragment.ts';
import { button, buttonRows } from './buttons.ts';
import { escapeDiscord, maskedLink } from './escape.ts';
import { embedLength, fitText, LIMITS, orElse } from './limits.ts';
import { allowedMentionsOf, type DiscordMessage, type DiscordRenderContext, flagsOf, mentionPrefix } from './message.ts';

/** A titled group of fields: one embed, or several across pages when long. */
export interface Section {
  readonly title: string;
  readonly description?: string;
  readonly fields: readonly APIEmbedField[];
}

/** Characters kept free on every page for the content line and rounding. */
const PAGE_MARGIN = 200;

/** The most characters of a quote shown in one field; the link opens the rest. */
export const QUOTE_CHARS = 420;

/** An item's field: its statement as the name, its quote linked to the source sentence as the value. */
export function quoteField(
  name: string,
  quote: string,
  passageId: string,
  source: { readonly url?: string | undefined; readonly page?: number | undefined } | undefined,
): APIEmbedField {
  const link = citationUrl(source?.url, source?.page, quote);
  const cite = link === undefined ? ` \`${passageId}\`` : ` ${maskedLink(passageId, link)}`;
  const value = fitText(quote, Math.min(QUOTE_CHARS, LIMITS.fieldValue - cite.length - 4), (q) => `> ${escapeDiscord(q)}`) + cite;
  return { name: orElse(fitText(name, LIMITS.fieldName, escapeDiscord), '-'), value: orElse(value, '-') };
}

/** A field that says plainly that there is nothing: coverage gaps are information. */
export function emptyField(name: string, text: string): APIEmbedField {
  return { name: orElse(fitText(name, LIMITS.fieldName, escapeDiscord), '-'), value: orElse(fitText(text, LIMITS.fieldValue, escapeDiscord), '-') };
}

/** Packs sections into pages of embeds; a section split across pages repeats its title, marked continued. */
export function paginate(sections: readonly Section[], colour: number): APIEmbed[][] {
  const budget = LIMITS.embedTotal - PAGE_MARGIN;
  const pages: APIEmbed[][] = [];
  let page: APIEmbed[] = [];
  let used = 0;
  const close = (): void => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const section of sections) {
    const title = fitText(section.title, LIMITS.embedTitle, escapeDiscord);
    const description = section.description === undefined ? undefined : fitText(section.description, 1000, escapeDiscord);
    let embed: APIEmbed | undefined;
    const open = (continued: boolean): APIEmbed => {
      if (page.length >= LIMITS.embeds) close();
      const head: APIEmbed = { color: colour, title: continued ? fitText(`${section.title} (continued)`, LIMITS.embedTitle, escapeDiscord) : title };
      if (!continued && description !== undefined && description.trim() !== '') head.description = description;
      if (used + embedLength(head) > budget) close();
      page.push(head);
      used += embedLength(head);
      return head;
    };
    embed = open(false);
    for (const field of section.fields) {
      const size = field.name.length + field.value.length;
      if ((embed.fields?.length ?? 0) >= LIMITS.fields || used + size > budget) {
        if (used + size > budget) close();
        embed = open(true);
      }
      embed.fields = [...(embed.fields ?? []), field];
      used += size;
    }
    if (embed.fields === undefined && embed.description === undefined) embed.description = '-';
  }
  close();
  return pages;
}

/** Renders page `context.page` of `sections` under a content line (already escaped: it may carry our own markdown), with page buttons when there are several. */
export function renderSections(
  line: string,
  sections: readonly Section[],
  colour: number,
  delivery: Delivery | undefined,
  context: DiscordRenderContext,
): DiscordMessage {
  const pages = paginate(sections, colour);
  const count = Math.max(1, pages.length);
  const index = Math.min(Math.max(0, context.page ?? 0), count - 1);
  const key = context.pageKey;
  const counter = count > 1 ? ` (page ${index + 1} of ${count})` : '';
  const buttons =
    key === undefined || count === 1
      ? []
      : [
          index > 0 ? button('Previous', { kind: 'page', key, page: index - 1 }) : undefined,
          index < count - 1 ? button('Next', { kind: 'page', key, page: index + 1 }, ButtonStyle.Primary) : undefined,
        ];
  const prefix = mentionPrefix(delivery);
  return {
    content: prefix + fitText(line, LIMITS.content - prefix.length - counter.length) + counter,
    embeds: pages[index] ?? [{ color: colour, description: 'Nothing to show.' }],
    components: buttonRows(buttons),
    allowedMentions: allowedMentionsOf(delivery),
    ...flagsOf(delivery),
  };
}

/** How many pages `sections` take. */
export function pageCount(sections: readonly Section[]): number {
  return Math.max(1, paginate(sections, 0).length);
}
