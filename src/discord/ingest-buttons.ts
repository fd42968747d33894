/**
 * Add and Cancel under an `/ingest` summary. Only the member who ran the
 * command may press them, and only while they still have Manage Server (the
 * command's own check, made again: a role can change in the meantime). Add
 * first turns the summary into "Adding…" (the press is answered at once,
 * and its buttons are gone, so it is not pressed twice), then writes the
 * document, reloads the knowledge base through the front's reload (the
 * current one keeps serving until the new one is ready) and edits the reply
 * with what came of it. Cancel discards the plan; nothing is written.
 */
import { type ButtonInteraction, PermissionFlagsBits } from 'discord.js';
import { NotAllowedError } from '../commands/execute.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ReloadOutcome } from '../reload.ts';
import type { ButtonAction } from '../views/discord/buttons.ts';
import { type IngestOutcome, renderIngestOutcome } from '../views/discord/ingest.ts';
import type { InteractionRecord } from './interaction-log.ts';
import type { PlanStore } from './plans.ts';
import { replyPrivately, withoutFlags } from './respond.ts';

/** What a press of Add or Cancel on a plan no longer kept says. */
export function expiredPlanText(ttlMs: number): string {
  return `This document was not added: its summary expired (summaries wait ${Math.round(ttlMs / 60_000)} minutes for Add or Cancel) or was already answered. Run /ingest again.`;
}

/** What another member's press says. */
export const NOT_YOUR_PLAN_TEXT = 'Only the member who ran this /ingest can add or cancel its document.';

/** What the outcome says when adding failed for a reason that is not the user's. */
export const ADD_FAILED_TEXT = 'something went wrong while adding it (it has been logged); nothing was written. Try /ingest again.';

/** What the button handler needs. */
export interface IngestButtonDeps {
  readonly plans: PlanStore;
  readonly reload?: () => Promise<ReloadOutcome>;
  readonly logger: Logger;
}

/** Answers a press of Add or Cancel. */
export async function handleIngestButton(
  interaction: ButtonInteraction,
  action: Extract<ButtonAction, { kind: 'ingest' }>,
  record: InteractionRecord,
  deps: IngestButtonDeps,
): Promise<void> {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) !== true) {
    deps.logger.warn({ command: 'ingest', user: interaction.user.id, front: 'discord' }, 'admin command refused');
    record.error = 'bad-argument';
    return replyPrivately(interaction, new NotAllowedError('ingest').message);
  }
  const lookup = deps.plans.take(action.key, interaction.user.id);
  if (!lookup.found) return replyPrivately(interaction, lookup.why === 'expired' ? expiredPlanText(deps.plans.ttlMs) : NOT_YOUR_PLAN_TEXT);
  const { summary } = lookup.pending.plan;
  if (action.decision === 'cancel') {
    await interaction.update(withoutFlags(renderIngestOutcome({ kind: 'cancelled', summary })));
    return;
  }
  await interaction.update(withoutFlags(renderIngestOutcome({ kind: 'adding', summary })));
  let outcome: IngestOutcome;
  try {
    const written = await lookup.pending.plan.commit();
    deps.logger.info({ user: interaction.user.id, guild: interaction.guildId ?? undefined, written, passages: summary.passages }, 'document ingested');
    outcome = { kind: 'added', summary, written, reload: deps.reload === undefined ? undefined : await deps.reload() };
  } catch (error) {
    if (error instanceof UserError) {
      record.error = error.code;
      outcome = { kind: 'refused', summary, reason: error.message };
    } else {
      record.error = 'internal';
      deps.logger.error({ command: 'ingest', user: interaction.user.id, err: error }, 'adding a document failed');
      outcome = { kind: 'refused', summary, reason: ADD_FAILED_TEXT };
    }
  }
  await interaction.editReply(withoutFlags(renderIngestOutcome(outcome)));
}
