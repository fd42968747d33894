/**
 * Buttons and their custom ids. A custom id is at most 100 characters while a
 * question may be 6,000, so "More results" carries only a short key into the
 * page store (src/discord/pages.ts) and the offset of the next page; "Full
 * passage" carries the passage id itself, so it never expires.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { clipText, LIMITS } from './limits.ts';
import { plainDiscord } from './escape.ts';

/** What a button press asks for. */
export type ButtonAction =
  | { readonly kind: 'more'; readonly key: string; readonly offset: number }
  | { readonly kind: 'passage'; readonly id: string }
  /** Page `page` (0-based) of a long structured answer kept under `key`. */
  | { readonly kind: 'page'; readonly key: string; readonly page: number }
  /** Add or Cancel on the document `/ingest` read, kept under `key` until one is pressed. */
  | { readonly kind: 'ingest'; readonly decision: 'add' | 'cancel'; readonly key: string }
  /** 👍 or 👎 on the `/ask` answer kept under `key`. */
  | { readonly kind: 'rate'; readonly value: 'up' | 'down'; readonly key: string };

const MORE = 'more';
const PASSAGE = 'passage';
const PAGE = 'page';
const INGEST = 'ingest';
const RATE = 'rate';

/** The custom id of a button, or undefined when it would not fit Discord's 100 characters. */
export function buttonId(action: ButtonAction): string | undefined {
  const id =
    action.kind === 'more'
      ? `${MORE}:${action.key}:${action.offset}`
      : action.kind === 'page'
        ? `${PAGE}:${action.key}:${action.page}`
        : action.kind === 'ingest'
          ? `${INGEST}:${action.decision}:${action.key}`
          : action.kind === 'rate'
            ? `${RATE}:${action.value}:${action.key}`
            : `${PASSAGE}:${action.id}`;
  return id.length <= LIMITS.customId ? id : undefined;
}

/** What a custom id asks for, or undefined for one this bot did not make. */
export function parseButtonId(customId: string): ButtonAction | undefined {
  const more = /^more:([\w-]{1,40}):(\d{1,6})$/u.exec(customId);
  if (more?.[1] !== undefined && more[2] !== undefined) return { kind: 'more', key: more[1], offset: Number(more[2]) };
  const page = /^page:([\w-]{1,40}):(\d{1,4})$/u.exec(customId);
  if (page?.[1] !== undefined && page[2] !== undefined) return { kind: 'page', key: page[1], page: Number(page[2]) };
  const ingest = /^ingest:(add|cancel):([\w-]{1,40})$/u.exec(customId);
  if (ingest?.[2] !== undefined) return { kind: 'ingest', decision: ingest[1] === 'add' ? 'add' : 'cancel', key: ingest[2] };
  const rate = /^rate:(up|down):([\w-]{1,40})$/u.exec(customId);
  if (rate?.[2] !== undefined) return { kind: 'rate', value: rate[1] === 'up' ? 'up' : 'down', key: rate[2] };
  if (customId.startsWith(`${PASSAGE}:`) && customId.length > PASSAGE.length + 1) return { kind: 'passage', id: customId.slice(PASSAGE.length + 1) };
  return undefined;
}

/** A secondary button, or undefined when its id does not fit. */
export function button(
  label: string,
  action: ButtonAction,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponent | undefined {
  const customId = buttonId(action);
  if (customId === undefined) return undefined;
  return { type: ComponentType.Button, style, label: clipText(plainDiscord(label), LIMITS.buttonLabel), custom_id: customId };
}

/** Buttons laid out in rows of five, at most five rows (the rest are dropped, last first). */
export function buttonRows(buttons: readonly (APIButtonComponent | undefined)[]): APIActionRowComponent<APIButtonComponent>[] {
  const present = buttons.filter((b): b is APIButtonComponent => b !== undefined).slice(0, LIMITS.buttonsPerRow * LIMITS.rows);
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < present.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: present.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}
