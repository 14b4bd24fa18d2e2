// Uploading /stp to Discord, and turning Discord's refusals into the setting to fix.
import { DiscordAPIError, REST, Routes } from "discord.js";
import { ConfigError } from "../../src/errors.ts";
import { stpCommand } from "./commands.ts";
import type { DiscordConfig } from "./config.ts";

/** Where the command went, for the register script to report. */
export type RegisteredScope = { guildId: string } | "global";

/**
 * Uploads `/stp` with a bulk overwrite (so re-running is safe and stale versions disappear):
 * to one server when `config.guildId` is set, where it shows at once, else to every server.
 *
 * @throws {ConfigError} when Discord refuses because of a setting (see {@link explainRegistrationError});
 *   other failures (network, Discord down) as they come.
 * @example
 * await registerStpCommand(readDiscordConfig(process.env, { forRegistration: true }));
 */
export async function registerStpCommand(config: DiscordConfig): Promise<RegisteredScope> {
  if (!config.applicationId) {
    throw new ConfigError(
      "DISCORD_APPLICATION_ID",
      "Discord: DISCORD_APPLICATION_ID is not set; registering /stp needs it.",
    );
  }
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  try {
    await rest.put(route, { body: [stpCommand] });
  } catch (error) {
    throw explainRegistrationError(error, config) ?? error;
  }
  return config.guildId ? { guildId: config.guildId } : "global";
}

/** The setting behind a refused registration, or null when it is not a setting's fault. */
export function explainRegistrationError(
  error: unknown,
  config: DiscordConfig,
): ConfigError | null {
  if (!(error instanceof DiscordAPIError)) return null;
  const portal = "the Discord developer portal (https://discord.com/developers/applications)";
  if (error.status === 401) {
    return new ConfigError(
      "DISCORD_TOKEN",
      `Discord: Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset it in ${portal} → your application → Bot → Reset Token.`,
    );
  }
  if (error.status !== 403 && error.status !== 404) return null;
  // 50001 Missing Access on a guild route: the bot is not in that server, or lacks the scope.
  if (config.guildId && error.code === 50001) {
    return new ConfigError(
      "DISCORD_GUILD_ID",
      `Discord: cannot register /stp in server DISCORD_GUILD_ID=${config.guildId} (${error.code} ${error.message}). Invite the bot to that server with the applications.commands scope, or unset DISCORD_GUILD_ID to register globally.`,
    );
  }
  return new ConfigError(
    "DISCORD_APPLICATION_ID",
    `Discord: DISCORD_APPLICATION_ID=${config.applicationId} does not match DISCORD_TOKEN's application (${error.status}: ${error.code} ${error.message}). Copy both from the same application in ${portal}: General Information → Application ID, and Bot → Reset Token.`,
  );
}
