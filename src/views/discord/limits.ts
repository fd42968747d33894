/**
 * Discord's limits on a message, and fitting text into them: cut at a word
 * boundary, end with an ellipsis (and a link to the rest where there is one).
 * A payload over any of these is refused by Discord with a 400, so every
 * renderer fits its text here and the tests check {@link messageProblems}.
 */
import type { APIEmbed } from 'discord.js';
import type { DiscordMessage } from './message.ts';

/** Discord's documented limits (characters, unless said otherwise). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of every embed of one message together. */
  embedTotal: 6000,
  embeds: 10,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  url: 2048,
} as const;

/** What ends cut text. */
export const ELLIPSIS = '…';

/**
 * The longest rendering of `raw` within `max` characters. `render` turns a
 * prefix of `raw` into final text (escaping, marking); when the whole does
 * not fit, the prefix is cut at the last word boundary that fits, followed by
 * {@link ELLIPSIS} and `tail` (a link to the rest, say). A single word longer
 * than the room is cut inside, never past `max`.
 */
export function fitText(raw: string, max: number, render: (prefix: string) => string = (s) => s, tail = ''): string {
  const whole = render(raw);
  if (whole.length <= max) return whole;
  const fits = (cut: number): string | undefined => {
    const text = `${render(raw.slice(0, cut).trimEnd())}${ELLIPSIS}${tail}`;
    return text.length <= max ? text : undefined;
  };
  // Rendering never shortens text, so whether a prefix fits is monotonic in its length: binary search.
  const boundaries = [...raw.matchAll(/\s+/gu)].map((m) => m.index).filter((i) => i > 0);
  let best = search(boundaries, fits);
  if (best === undefined) best = search(codePointCuts(raw, max), fits);
  if (best !== undefined) return best;
  // Not even the ellipsis and the tail fit: drop the tail.
  return tail === '' ? ELLIPSIS.slice(0, max) : fitText(raw, max, render);
}

/** The last result of `fits` over ascending cut positions that is defined (binary search, `fits` being monotonic). */
function search(cuts: readonly number[], fits: (cut: number) => string | undefined): string | undefined {
  let lo = 0;
  let hi = cuts.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const text = fits(cuts[mid] ?? 0);
    if (text === undefined) hi = mid - 1;
    else {
      found = text;
      lo = mid + 1;
    }
  }
  return found;
}

/** Cut positions between code points (never inside a surrogate pair), up to `max`. */
function codePointCuts(raw: string, max: number): number[] {
  const cuts: number[] = [];
  let at = 0;
  for (const c of raw) {
    at += c.length;
    if (at > max) break;
    cuts.push(at);
  }
  return cuts;
}

/** `text`, or `fallback` when it is blank: Discord refuses blank names, titles and messages. */
export function orElse(text: string, fallback: string): string {
  return text.trim() === '' ? fallback : text;
}

/** `text` cut to `max` characters with an ellipsis, for places that show text literally. */
export function clipText(text: string, max: number): string {
  return fitText(text, max);
}

/** The characters of an embed that count towards {@link LIMITS.embedTotal}. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every way `message` breaks a Discord limit, in words; empty when Discord would accept it. */
export function messageProblems(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number): void => {
    if (length > max) problems.push(`${what} is ${length} (max ${max})`);
  };
  const content = message.content ?? '';
  over('content', content.length, LIMITS.content);
  if (content.trim() === '' && message.embeds.length === 0) problems.push('the message is empty');
  over('embeds', message.embeds.length, LIMITS.embeds);
  over(
    'embed characters',
    message.embeds.reduce((n, e) => n + embedLength(e), 0),
    LIMITS.embedTotal,
  );
  message.embeds.forEach((e, i) => {
    over(`embed ${i} title`, e.title?.length ?? 0, LIMITS.embedTitle);
    over(`embed ${i} description`, e.description?.length ?? 0, LIMITS.embedDescription);
    over(`embed ${i} footer`, e.footer?.text.length ?? 0, LIMITS.footerText);
    over(`embed ${i} author`, e.author?.name.length ?? 0, LIMITS.authorName);
    over(`embed ${i} url`, e.url?.length ?? 0, LIMITS.url);
    over(`embed ${i} fields`, e.fields?.length ?? 0, LIMITS.fields);
    (e.fields ?? []).forEach((f, j) => {
      over(`embed ${i} field ${j} name`, f.name.length, LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, f.value.length, LIMITS.fieldValue);
      if (f.name.trim() === '' || f.value.trim() === '') problems.push(`embed ${i} field ${j} is blank`);
    });
    if (e.url !== undefined && !/^https?:\/\//u.test(e.url)) problems.push(`embed ${i} url is not http(s)`);
    const parts = { title: e.title, description: e.description, author: e.author?.name, footer: e.footer?.text };
    for (const [part, text] of Object.entries(parts)) if (text !== undefined && text.trim() === '') problems.push(`embed ${i} ${part} is blank`);
  });
  over('rows', message.components.length, LIMITS.rows);
  message.components.forEach((row, i) => {
    over(`row ${i} buttons`, row.components.length, LIMITS.buttonsPerRow);
    if (row.components.length === 0) problems.push(`row ${i} is empty`);
    for (const b of row.components) {
      over(`row ${i} button label`, 'label' in b ? (b.label?.length ?? 0) : 0, LIMITS.buttonLabel);
      if ('label' in b && (b.label ?? '').trim() === '') problems.push(`row ${i} has a button without a label`);
      if ('custom_id' in b) over(`row ${i} custom_id`, b.custom_id.length, LIMITS.customId);
    }
  });
  const ids = message.components.flatMap((r) => r.components.flatMap((b) => ('custom_id' in b ? [b.custom_id] : [])));
  if (new Set(ids).size !== ids.length) problems.push('two buttons share a custom_id');
  return problems;
}
