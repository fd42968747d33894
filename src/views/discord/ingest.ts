/**
 * `/ingest` on Discord: the summary of what an uploaded document would add,
 * for the uploader alone, with Add and Cancel; then what came of it (added
 * and reloaded, cancelled, refused). Every name and title comes from a file
 * nobody vetted, so all of it is escaped.
 */
import { type APIEmbed, ButtonStyle, MessageFlags } from 'discord.js';
import type { IngestSummary } from '../../ingest/ingest.ts';
import type { ReloadOutcome } from '../../reload.ts';
import type { ReplyBodies } from '../../replies.ts';
import { button, buttonRows } from './buttons.ts';
import { escapeDiscord, plainDiscord } from './escape.ts';
import { clipText, fitText, LIMITS, orElse } from './limits.ts';
import type { DiscordMessage, DiscordRenderContext } from './message.ts';

/** The colour of the summary: neutral, it is a question to the user. */
const PLAN_COLOUR = 0x5865f2;

/** How many warnings are listed before "and N more". */
const MAX_WARNINGS = 8;

/** What came of a plan, for the message that replaces the summary. */
export type IngestOutcome =
  | { readonly kind: 'adding'; readonly summary: IngestSummary }
  | { readonly kind: 'added'; readonly summary: IngestSummary; readonly written: string; readonly reload: ReloadOutcome | undefined }
  | { readonly kind: 'cancelled'; readonly summary: IngestSummary }
  | { readonly kind: 'refused'; readonly summary: IngestSummary; readonly reason: string };

function warningsValue(warnings: readonly string[]): string {
  const shown = warnings.slice(0, MAX_WARNINGS).map((w) => `• ${w}`);
  const more = warnings.length > MAX_WARNINGS ? `\n… and ${warnings.length - MAX_WARNINGS} more` : '';
  return fitText(shown.join('\n'), LIMITS.fieldValue - more.length, escapeDiscord) + more;
}

/** The embed that states what would be (or was) written. */
function summaryEmbed(s: IngestSummary): APIEmbed {
  const field = (name: string, value: string | number | null, inline = true) => ({
    name,
    value: orElse(clipText(plainDiscord(String(value ?? 'unknown')), LIMITS.fieldValue), '-'),
    inline,
  });
  return {
    color: PLAN_COLOUR,
    title: orElse(fitText(s.title, LIMITS.embedTitle, escapeDiscord), s.id),
    fields: [
      field('Id', s.id, false),
      field('Actor', s.actor),
      field('Published', s.published),
      field('Language', s.language),
      field('Type', s.type),
      field('Pages', s.pages ?? '-'),
      field('Passages', s.passages),
      ...(s.warnings.length === 0 ? [] : [{ name: `Warnings (${s.warnings.length})`, value: warningsValue(s.warnings), inline: false }]),
    ],
    footer: { text: clipText(plainDiscord(`from ${s.file}`), LIMITS.footerText) },
  };
}

/** The file's name for a sentence, escaped. */
function fileName(s: IngestSummary): string {
  return `**${clipText(escapeDiscord(s.file), 200)}**`;
}

/** The summary of a plan with Add and Cancel (when the front kept it under `planKey`), for the uploader alone. */
export function renderIngestPlan({ plan }: ReplyBodies['ingest'], _delivery: unknown, context: DiscordRenderContext): DiscordMessage {
  const key = context.planKey;
  const buttons =
    key === undefined
      ? []
      : [button('Add', { kind: 'ingest', decision: 'add', key }, ButtonStyle.Primary), button('Cancel', { kind: 'ingest', decision: 'cancel', key })];
  const ask = key === undefined ? '' : ' Add it to the knowledge base?';
  return {
    content: `${fileName(plan.summary)} reads as below; nothing is written yet.${ask}`,
    embeds: [summaryEmbed(plan.summary)],
    components: buttonRows(buttons),
    allowedMentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  };
}

function outcomeText(outcome: IngestOutcome): string {
  const file = fileName(outcome.summary);
  switch (outcome.kind) {
    case 'adding':
      return `Adding ${file}…`;
    case 'cancelled':
      return `Cancelled: ${file} was not added; nothing was written.`;
    case 'refused':
      return `${file} was not added: ${escapeDiscord(outcome.reason)}`;
    case 'added': {
      const written = `Added ${file} as \`${plainDiscord(outcome.written).replace(/`/gu, "'")}\`.`;
      const r = outcome.reload;
      if (r === undefined) return `${written} The knowledge base is not reloaded here: run /reload.`;
      if (r.ok) return `${written} Knowledge base reloaded: ${r.documents} document(s), ${r.passages} passage(s).`;
      return `${written} The reload was refused, so the previous knowledge base keeps serving: ${escapeDiscord(`${r.file}: ${r.field === '' ? '' : `${r.field}: `}${r.reason}`)}`;
    }
  }
}

/** The message that replaces the summary once Add or Cancel is pressed (an edit keeps it private). */
export function renderIngestOutcome(outcome: IngestOutcome): DiscordMessage {
  return {
    content: fitText(outcomeText(outcome), LIMITS.content),
    embeds: outcome.kind === 'cancelled' || outcome.kind === 'refused' ? [] : [summaryEmbed(outcome.summary)],
    components: [],
    allowedMentions: { parse: [] },
  };
}
