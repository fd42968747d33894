/** `/source` on Discord: one passage whole, escaped, with its citation and a link to it on the source page. */
import type { APIEmbed } from 'discord.js';
import type { Delivery } from '../../replies.ts';
import type { Passage } from '../../passages/chunk.ts';
import { citationUrl, placeLabel } from '../../text/fragment.ts';
import { escapeDiscord, maskedLink, plainDiscord } from './escape.ts';
import { clipText, fitText, LIMITS, orElse } from './limits.ts';
import { allowedMentionsOf, type DiscordMessage, flagsOf, mentionPrefix } from './message.ts';
import { ANSWER_COLOUR } from './ask.ts';

/** A link longer than this is left out of the citation: the title links to the page already. */
const MAX_CITATION_LINK_CHARS = 400;

/** The citation: publisher, title, retrieval date, and a link to the page. */
function sourceValue(p: Passage): string {
  const open = p.source.url === undefined ? '' : maskedLink('open the page', p.source.url);
  const link = open !== '' && open.length <= MAX_CITATION_LINK_CHARS ? `\n${open}` : '';
  return fitText(`${p.source.publisher}, ${p.source.title} (retrieved ${p.source.retrieved})`, LIMITS.fieldValue - link.length, escapeDiscord) + link;
}

/** The embed of one passage. */
export function passageEmbed(p: Passage): APIEmbed {
  const link = citationUrl(p.source.url, p.page, p.text);
  const place = placeLabel(p);
  return {
    color: ANSWER_COLOUR,
    author: { name: orElse(clipText(plainDiscord(p.actorName), LIMITS.authorName), p.actor) },
    title: orElse(fitText(p.title, LIMITS.embedTitle, escapeDiscord), p.id),
    ...(link === undefined ? {} : { url: link }),
    description: orElse(
      fitText(p.text, LIMITS.embedDescription, escapeDiscord, link === undefined ? '' : ` ${maskedLink('read the rest', link)}`),
      '(an empty passage)',
    ),
    fields: [{ name: 'Source', value: sourceValue(p) }],
    footer: {
      text: clipText(
        plainDiscord(`${p.id} · ${place === '' ? '' : `${place} · `}passage ${p.position.index}, paragraph ${p.position.paragraph}`),
        LIMITS.footerText,
      ),
    },
  };
}

/** Renders a `/source` reply (and the "Full passage" button's answer). */
export function renderPassage(body: { readonly passage: Passage }, delivery: Delivery | undefined): DiscordMessage {
  const mention = mentionPrefix(delivery).trim();
  return {
    ...(mention === '' ? {} : { content: mention }),
    embeds: [passageEmbed(body.passage)],
    components: [],
    allowedMentions: allowedMentionsOf(delivery),
    ...flagsOf(delivery),
  };
}
