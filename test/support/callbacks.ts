/**
 * Reading the bot's callbacks back: the JSON Discord received, parsed into
 * the {@link DiscordMessage} shape that messageProblems checks, and counted
 * per interaction.
 */
import { z } from 'zod';
import type { DiscordMessage } from '../../src/views/discord/message.ts';
import type { InteractionCallback } from './fake-discord.ts';

const embed = z.looseObject({
  title: z.string().optional(),
  description: z.string().optional(),
  url: z.string().optional(),
  author: z.object({ name: z.string() }).loose().optional(),
  footer: z.object({ text: z.string() }).loose().optional(),
  fields: z.array(z.object({ name: z.string(), value: z.string(), inline: z.boolean().optional() })).optional(),
});
const button = z.looseObject({ type: z.literal(2), style: z.number(), label: z.string().optional(), custom_id: z.string().optional(), url: z.string().optional() });
const payload = z.looseObject({
  content: z.string().optional(),
  flags: z.number().optional(),
  embeds: z.array(embed).default([]),
  components: z.array(z.looseObject({ type: z.literal(1), components: z.array(button) })).default([]),
  allowed_mentions: z.union([z.object({ parse: z.tuple([]) }), z.object({ users: z.tuple([z.string()]) })]),
});

/** A message callback's data (reply 4 or update 7) with what Discord checks, as the bot's view shape. Throws when it is not a message. */
export function sentMessage(callback: InteractionCallback): DiscordMessage & { readonly allowed_mentions: unknown } {
  const d = payload.parse(callback.body.data);
  return {
    ...(d.content === undefined ? {} : { content: d.content }),
    ...(d.flags === 64 ? { flags: 64 } : {}),
    embeds: d.embeds,
    components: d.components,
    allowedMentions: 'parse' in d.allowed_mentions ? { parse: [] } : { users: d.allowed_mentions.users },
    allowed_mentions: d.allowed_mentions,
    // The schema checked every field messageProblems reads; discord.js's API types name enums the JSON cannot carry.
  } as DiscordMessage & { readonly allowed_mentions: unknown };
}

/** How many callbacks each interaction id got. */
export function callbacksPerInteraction(callbacks: readonly InteractionCallback[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of callbacks) counts.set(c.interactionId, (counts.get(c.interactionId) ?? 0) + 1);
  return counts;
}
