// `npm run discord:register`: uploads /stp so it shows in Discord. Exit 2 means a setting to fix.
import { ConfigError } from "../../src/errors.ts";
import { readDiscordConfig } from "./config.ts";
import { describeDiscordError } from "./log.ts";
import { registerStpCommand } from "./registration.ts";

try {
  const config = readDiscordConfig(process.env, { forRegistration: true });
  const scope = await registerStpCommand(config);
  console.log(
    scope === "global"
      ? "Registered /stp globally: it appears in every server the bot is in (Discord may take a few minutes). Set DISCORD_GUILD_ID to try it in one server at once."
      : `Registered /stp in server ${scope.guildId}: it is ready to use there now.`,
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error(`Discord: could not register /stp: ${describeDiscordError(error)}`);
    process.exitCode = 1;
  }
}
