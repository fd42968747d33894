/** Waiting, bounded, until the bot has finished with interactions: each ends with one "interaction" log line, written after its reply. */
import type { BotHarness } from '../../fixtures/discord/bot-harness.ts';

/** Resolves when every id in `ids` has its log line; rejects after `timeoutMs` naming how many are missing. */
export async function finished(bot: BotHarness, ids: readonly string[], timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const done = new Set(bot.logs.filter((l) => l['msg'] === 'interaction').map((l) => l['interaction']));
    const missing = ids.filter((id) => !done.has(id));
    if (missing.length === 0) return;
    if (performance.now() > deadline) throw new Error(`${missing.length} of ${ids.length} interactions have no log line after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
