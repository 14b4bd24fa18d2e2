// The /stp slash command as Discord stores it, defined once: what the bot expects to receive and
// what `npm run discord:register` uploads.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { defaultEngineOptions } from "../../src/config.ts";

export const commandName = "stp";

/** The subcommands, as Discord sends them back in `options[0].name`. */
export const subcommands = {
  ask: "ask",
  define: "define",
  sources: "sources",
  help: "help",
} as const;

/**
 * `/stp ask question:<text> [private:<bool>]`, `/stp define term:<acronym>`, `/stp sources`,
 * `/stp help`; usable in servers and in the bot's DMs.
 */
export const stpCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: commandName,
  type: ApplicationCommandType.ChatInput,
  description: "Ask about NHS England's Sustainability and Transformation Plans",
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: subcommands.ask,
      description: "Answer a question by quoting the source documents",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "question",
          description: "e.g. How many STP areas are there?",
          required: true,
          // The engine declines longer questions anyway; Discord can stop them at the keyboard.
          max_length: defaultEngineOptions.maxQuestionLength,
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: "private",
          description: "Show the answer only to you (default: everyone in the channel sees it)",
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: subcommands.define,
      description: "Spell out an acronym used in the plans, e.g. CCG",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "term",
          description: "The acronym or term",
          required: true,
          max_length: 100,
          // Suggests the glossary's acronyms as they are typed (see autocomplete.ts).
          autocomplete: true,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: subcommands.sources,
      description: "List the source documents with their dates",
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: subcommands.help,
      description: "What the bot can answer and how to ask",
    },
  ],
};
