/** `/help` and `/sources` on Discord: what the corpus holds, as embed fields. */
import { documentLanguage, languageCounts } from '../languages.ts';
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Catalogue } from '../../engine.ts';
import type { CommandSummary, Delivery, ReplyBodies } from '../../replies.ts';
import { escapeDiscord, maskedLink } from './escape.ts';
import { embedLength, fitText, LIMITS, orElse } from './limits.ts';
import { allowedMentionsOf, type DiscordMessage, flagsOf } from './message.ts';
import { ANSWER_COLOUR } from './ask.ts';

/** How a slash command is typed: its options, optional ones in brackets. */
export function slashUsage(command: CommandSummary): string {
  return [`/${command.name}`, ...command.options.map((o) => (o.required === true ? o.name : `[${o.name}]`))].join(' ');
}

/** How to ask, shown by `/help`: every command from the registry, with its options and description. */
function howToAsk(commands: readonly CommandSummary[]): string {
  return [
    'I answer from my sources only, quoting them verbatim, each quote linked to its sentence on the source page.',
    '',
    ...commands.map((c) => `\`${slashUsage(c)}\`: ${escapeDiscord(c.description)}`),
    '',
    'Ask in plain words: "What has Japan done on capacity building?", "What is NIS2?", "CBMs". `hide` shows the answer only to you; `mention` points it at a colleague.',
  ].join('\n');
}

function message(embed: APIEmbed, delivery: Delivery | undefined): DiscordMessage {
  return { embeds: [embed], components: [], allowedMentions: allowedMentionsOf(delivery), ...flagsOf(delivery) };
}

/** A field of escaped text, cut to fit. */
function field(name: string, value: string, max: number = LIMITS.fieldValue): APIEmbedField {
  return { name: fitText(name, LIMITS.fieldName, escapeDiscord), value: orElse(fitText(value, max, escapeDiscord), '-') };
}

/** Renders `/help`. */
export function renderHelp(body: ReplyBodies['help'], delivery: Delivery | undefined): DiscordMessage {
  const { catalogue, commands } = body;
  const documents = catalogue.actors.reduce((n, a) => n + a.documents.length, 0);
  return message(
    {
      color: ANSWER_COLOUR,
      title: 'What policy-bot knows',
      description: fitText(howToAsk(commands), LIMITS.embedDescription),
      fields: [
        field('Actors', catalogue.actors.map((a) => `${a.actor.name} (${a.actor.id})`).join(', ')),
        field('Topics', catalogue.topics.map((t) => t.name).join(', ') || 'none listed'),
        field('Corpus', `${catalogue.passages} passages in ${documents} documents`),
        field('Languages', `${languageCounts(catalogue.actors.flatMap((a) => a.documents))}. Ask in any of them (lang: forces the question's language).`),
      ],
    },
    delivery,
  );
}

/** One field per actor: its documents, each linked to its source; what does not fit is counted in the last field. */
export function renderSources(body: { readonly catalogue: Catalogue }, delivery: Delivery | undefined): DiscordMessage {
  const actors = body.catalogue.actors;
  const room = Math.min(LIMITS.fieldValue, Math.floor((LIMITS.embedTotal - 200) / Math.max(1, Math.min(actors.length, LIMITS.fields))) - LIMITS.fieldName);
  const fields = actors.slice(0, LIMITS.fields).map(({ actor, documents, passages }) => ({
    name: fitText(`${actor.name} (${actor.id}) · ${passages} passages`, LIMITS.fieldName, escapeDiscord),
    value: documentList(documents, Math.max(room, 40)),
  }));
  const embed: APIEmbed = { color: ANSWER_COLOUR, title: 'Sources, by actor', fields };
  // Many actors with long names can still overflow the message: drop fields from the end, saying how many.
  while (embedLength(embed) > LIMITS.embedTotal - 100 && fields.length > 1) fields.pop();
  if (fields.length < actors.length) {
    const rest = field('…', `and ${actors.length - fields.length} more actors`);
    if (fields.length === LIMITS.fields) fields[fields.length - 1] = rest;
    else fields.push(rest);
  }
  return message(embed, delivery);
}

function documentList(documents: Catalogue['actors'][number]['documents'], max: number): string {
  if (documents.length === 0) return '(no documents yet)';
  const lines: string[] = [];
  let used = 0;
  for (const [i, d] of documents.entries()) {
    const line = `• ${d.source.url === undefined ? escapeDiscord(d.title) : maskedLink(d.title, d.source.url)}, ${escapeDiscord(d.source.publisher)} (${documentLanguage(d)})`;
    const more = documents.length - i - 1 > 0 ? `\n…and ${documents.length - i - 1} more` : '';
    if (used + line.length + 1 + more.length > max) {
      lines.push(`…and ${documents.length - i} more`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return orElse(fitText(lines.join('\n'), max), '-');
}
