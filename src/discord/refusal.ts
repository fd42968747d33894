/**
 * Discord's ways of refusing the bot for good, in words an operator acts on.
 * discord.js does not reconnect after these: the process must stop with a
 * message, not linger without a gateway (nor end by an unsettled await).
 */
import { DiscordRefusedError } from '../errors.ts';

const CHECK_TOKEN = 'check DISCORD_TOKEN (the bot token from the Discord developer portal; it changes when reset)';

/** What each gateway close code that discord.js treats as final means. */
const CLOSE_REASONS: Readonly<Record<number, string>> = {
  4004: `Discord rejected the token (4004 Authentication failed): ${CHECK_TOKEN}`,
  4010: 'Discord refused the shard (4010 Invalid shard): check SHARD_COUNT and SHARD_IDS',
  4011: 'Discord requires sharding for this bot (4011 Sharding required): use npm run start:sharded',
  4012: 'Discord refused the gateway version (4012 Invalid API version): update discord.js',
  4013: 'Discord refused the gateway intents (4013 Invalid intents)',
  4014: 'Discord refused the gateway intents (4014 Disallowed intents): enable them for the bot in the developer portal',
};

/** The refusal a final gateway close code means. */
export function refusalOfClose(code: number): DiscordRefusedError {
  return new DiscordRefusedError(code, `policy-bot: ${CLOSE_REASONS[code] ?? `Discord closed the gateway for good (${code})`}; the bot stops.`);
}

/** The refusal a failed login means, if it is one (discord.js's TokenInvalid: the REST API answered 401). */
export function refusalOfLogin(error: unknown): DiscordRefusedError | undefined {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 'TokenInvalid') return undefined;
  return new DiscordRefusedError(401, `policy-bot: Discord rejected the token (401 Unauthorized): ${CHECK_TOKEN}.`);
}
