/** Turning the common `hide` and `mention` options into a {@link Delivery}. */
import type { Delivery } from '../replies.ts';

/** The delivery for a reply given the usual `hide` and `mention` options. */
export function deliveryOf(hide: boolean | undefined, mention: string | undefined): Delivery {
  return { ...(hide === true ? { hide: true } : {}), ...(mention === undefined ? {} : { mention }) };
}
