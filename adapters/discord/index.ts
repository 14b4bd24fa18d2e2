// The Discord adapter's public surface: re-exports only.
export { createDiscordClient, type DiscordBot, discordIntents, startDiscord } from "./bot.ts";
export { stpCommand } from "./commands.ts";
export { type DiscordConfig, isDiscordEnabled, readDiscordConfig } from "./config.ts";
export { consoleLogger, type DiscordLogger } from "./log.ts";
