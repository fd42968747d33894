/**
 * Registering the slash commands (and the message context-menu commands) with Discord: to one guild (instant, for
 * trying out) when DISCORD_GUILD_ID is set, globally otherwise. A refusal
 * rejects, so the npm script exits non-zero.
 */
import { REST, Routes } from 'discord.js';
import type { AnyCommand } from '../commands/command.ts';
import { loadCommands } from '../commands/registry.ts';
import { type Config, loadConfig } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { createLogger, type Logger } from '../log.ts';
import { messageMenuCommands, slashCommands } from './slash.ts';

/** Where the commands went. */
export interface DeployResult {
  readonly scope: { readonly guild: string } | 'global';
  readonly commands: readonly string[];
}

/** Registers `commands` (replacing what was registered before). Rejects with Discord's error when it refuses. */
export async function deployCommands(
  commands: readonly AnyCommand[],
  config: Pick<Config, 'discordToken' | 'discordApplicationId' | 'discordGuildId' | 'discordApiBase'>,
): Promise<DeployResult> {
  const missing = [
    ...(config.discordToken === undefined ? ['DISCORD_TOKEN: expected a bot token from the Discord developer portal'] : []),
    ...(config.discordApplicationId === undefined ? ['DISCORD_APPLICATION_ID: expected the application id (General Information in the developer portal)'] : []),
  ];
  if (config.discordToken === undefined || config.discordApplicationId === undefined) {
    throw new ConfigError(`policy-bot: cannot deploy the commands:\n  ${missing.join('\n  ')}`);
  }
  // Bounded retries: a deploy that hangs on 5xx is worse than one that fails and can be rerun.
  const rest = new REST({ api: config.discordApiBase, retries: 2 }).setToken(config.discordToken);
  const body = [...slashCommands(commands), ...messageMenuCommands(commands)];
  const guild = config.discordGuildId;
  const route =
    guild === undefined ? Routes.applicationCommands(config.discordApplicationId) : Routes.applicationGuildCommands(config.discordApplicationId, guild);
  await rest.put(route, { body });
  return { scope: guild === undefined ? 'global' : { guild }, commands: body.map((c) => c.name) };
}

/** The deploy-commands script: loads config and commands, deploys, logs the outcome. Resolves to the exit code (0 registered, 1 not). */
export async function runDeploy(env?: Readonly<Record<string, string | undefined>>, logger?: Logger): Promise<number> {
  let log = logger;
  try {
    const config = loadConfig(env === undefined ? {} : { env, dotenvFile: false });
    log ??= createLogger(config.logLevel);
    const registry = await loadCommands();
    const result = await deployCommands(registry.all, config);
    log.info({ scope: result.scope, commands: result.commands }, 'slash commands registered');
    return 0;
  } catch (error) {
    (log ?? createLogger('info')).error({ err: error }, 'deploying the slash commands failed');
    return 1;
  }
}
