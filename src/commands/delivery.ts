/** The common `hide` and `mention` options, and turning them into a {@link Delivery}. */
import type { Delivery } from '../replies.ts';

/** The `hide` and `mention` options of a command that answers with a reply to read (ask, actor, timeline, compare). */
export const DELIVERY_OPTIONS = [
  { name: 'hide', type: 'boolean', discordOnly: true, description: 'Only you see the answer' },
  { name: 'mention', type: 'user', discordOnly: true, description: 'Point the answer at a colleague (only they are pinged)' },
] as const;

/** The delivery for a reply given the usual `hide` and `mention` options. */
export function deliveryOf(hide: boolean | undefined, mention: string | undefined): Delivery {
  return { ...(hide === true ? { hide: true } : {}), ...(mention === undefined ? {} : { mention }) };
}
