/**
 * Slash command definitions derived from the front-neutral commands: each
 * {@link OptionSpec} becomes a slash option of the same name, type, bounds and
 * autocomplete. discord.js's builder validates names and lengths once more.
 * A command with a `messageMenu` is also a message context-menu command.
 */
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import type { AnyCommand } from '../commands/command.ts';
import type { OptionSpec } from '../commands/options.ts';

interface OptionBuilder {
  setName(name: string): this;
  setDescription(description: string): this;
  setRequired(required: boolean): this;
}

function common<B extends OptionBuilder>(builder: B, spec: OptionSpec): B {
  return builder
    .setName(spec.name)
    .setDescription(spec.description)
    .setRequired(spec.required === true);
}

/** The slash definition of one command. */
export function slashCommand(command: AnyCommand): RESTPostAPIChatInputApplicationCommandsJSONBody {
  // Guild only: answers quote sources into a team's channels; DMs are not a use case.
  const builder = new SlashCommandBuilder().setName(command.name).setDescription(command.description).setContexts(InteractionContextType.Guild);
  if (command.admin === true) builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
  for (const spec of command.options) {
    switch (spec.type) {
      case 'string':
        builder.addStringOption((o) => {
          common(o, spec).setAutocomplete(spec.autocomplete !== undefined);
          if (spec.minLength !== undefined) o.setMinLength(spec.minLength);
          if (spec.maxLength !== undefined) o.setMaxLength(spec.maxLength);
          return o;
        });
        break;
      case 'integer':
        builder.addIntegerOption((o) => {
          common(o, spec).setAutocomplete(spec.autocomplete !== undefined);
          if (spec.minValue !== undefined) o.setMinValue(spec.minValue);
          if (spec.maxValue !== undefined) o.setMaxValue(spec.maxValue);
          return o;
        });
        break;
      case 'boolean':
        builder.addBooleanOption((o) => common(o, spec));
        break;
      case 'user':
        builder.addUserOption((o) => common(o, spec));
        break;
      case 'attachment':
        builder.addAttachmentOption((o) => common(o, spec));
        break;
    }
  }
  return builder.toJSON();
}

/** The slash definitions of every command, in name order: what deploy-commands registers. */
export function slashCommands(commands: readonly AnyCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map(slashCommand);
}

/** The message context-menu definitions of the commands that offer one (`messageMenu`), in name order. */
export function messageMenuCommands(commands: readonly AnyCommand[]): RESTPostAPIContextMenuApplicationCommandsJSONBody[] {
  return commands.flatMap((command) => {
    if (command.messageMenu === undefined) return [];
    const builder = new ContextMenuCommandBuilder()
      .setName(command.messageMenu.name)
      .setType(ApplicationCommandType.Message)
      .setContexts(InteractionContextType.Guild);
    if (command.admin === true) builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
    return [builder.toJSON()];
  });
}

/** The command whose message context-menu command is called `menuName`, or undefined. */
export function commandOfMenu(commands: readonly AnyCommand[], menuName: string): AnyCommand | undefined {
  return commands.find((c) => c.messageMenu?.name === menuName);
}
