// The Discord adapter's settings, read from the environment in this one place and checked once,
// so a mistake stops the bot at start with the variable's name and where to find its value.
import { ConfigError } from "../../src/errors.ts";

/** Everything the Discord adapter needs to run or to register its command. */
export interface DiscordConfig {
  /** Bot token (`DISCORD_TOKEN`); never printed or logged. */
  token: string;
  /** Application ID (`DISCORD_APPLICATION_ID`); required to register, checked against READY at run time. [default: null] */
  applicationId: string | null;
  /** Server to register `/stp` in instantly (`DISCORD_GUILD_ID`); null registers globally. [default: null] */
  guildId: string | null;
  /** REST base URL (`DISCORD_API_URL`), without a trailing slash. [default: `https://discord.com/api`] */
  apiUrl: string;
  /** Questions one user may ask per minute (`DISCORD_RATE_LIMIT`); 0 turns the limit off. [default: 5] */
  questionsPerMinute: number;
}

/** Options for {@link readDiscordConfig}. */
export interface ReadDiscordConfigOptions {
  /** `npm run discord:register` needs the application ID; running the bot does not. [default: false] */
  forRegistration?: boolean;
}

/**
 * True when a Discord variable is set, so `npm start` should run the Discord adapter (and
 * report what is missing rather than silently skip it).
 */
export function isDiscordEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID"].some((name) =>
    Boolean(env[name]?.trim()),
  );
}

export const defaultDiscordApiUrl = "https://discord.com/api";

export const defaultDiscordConfig = {
  apiUrl: defaultDiscordApiUrl,
  questionsPerMinute: 5,
} as const;

const portal = "the Discord developer portal (https://discord.com/developers/applications)";

/** Where each variable's value is found, added to every message about it. */
const whereToFind = {
  DISCORD_TOKEN: `Copy it from ${portal} → your application → Bot → Reset Token.`,
  DISCORD_APPLICATION_ID: `Copy it from ${portal} → your application → General Information → Application ID.`,
  DISCORD_GUILD_ID:
    "In Discord, turn on User Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID. Leave it unset to register globally.",
  DISCORD_API_URL: "Leave it unset to use Discord's own API; tests point it at a local fake.",
  DISCORD_RATE_LIMIT:
    "It is how many questions one person may ask per minute (default 5); 0 turns the limit off.",
} as const;

/**
 * Reads and checks the Discord variables. Empty values count as unset.
 *
 * @throws {ConfigError} naming the variable and where to find it; the message never holds a value.
 * @example
 * const config = readDiscordConfig(process.env, { forRegistration: true });
 */
export function readDiscordConfig(
  env: NodeJS.ProcessEnv = process.env,
  { forRegistration = false }: ReadDiscordConfigOptions = {},
): DiscordConfig {
  const token = readToken(env.DISCORD_TOKEN);
  const applicationId = readSnowflake(env, "DISCORD_APPLICATION_ID");
  if (forRegistration && !applicationId) {
    throw configError("DISCORD_APPLICATION_ID", "is not set; registering /stp needs it.");
  }
  return {
    token,
    applicationId,
    guildId: readSnowflake(env, "DISCORD_GUILD_ID"),
    apiUrl: readApiUrl(env.DISCORD_API_URL),
    questionsPerMinute: readRateLimit(env.DISCORD_RATE_LIMIT),
  };
}

function readToken(raw: string | undefined): string {
  const value = raw?.trim() ?? "";
  if (!value) throw configError("DISCORD_TOKEN", "is not set.");
  // discord.js accepts a pasted "Bot " prefix, so we do too.
  const token = value.replace(/^Bot\s+/i, "");
  // Tell the usual mix-ups apart: the portal shows the ID, secret and public key next to the token.
  if (/^\d+$/.test(token))
    throw configError("DISCORD_TOKEN", "looks like an application ID, not a bot token.");
  if (/^[0-9a-f]{64}$/i.test(token))
    throw configError("DISCORD_TOKEN", "looks like the application's public key, not a bot token.");
  // A token is three base64url parts joined by dots (user ID, timestamp, HMAC); only the shape is
  // checked, because Discord has changed the parts' lengths before.
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
    throw configError(
      "DISCORD_TOKEN",
      "does not look like a bot token (three parts separated by dots, e.g. from Bot → Reset Token; the OAuth2 client secret will not work).",
    );
  }
  return token;
}

function readSnowflake(
  env: NodeJS.ProcessEnv,
  variable: "DISCORD_APPLICATION_ID" | "DISCORD_GUILD_ID",
): string | null {
  const value = env[variable]?.trim();
  if (!value) return null;
  if (!/^\d{15,21}$/.test(value))
    throw configError(variable, "must be a Discord ID: 15 to 21 digits, nothing else.");
  return value;
}

function readApiUrl(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) return defaultDiscordConfig.apiUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw configError("DISCORD_API_URL", "is not a URL (expected e.g. https://discord.com/api).");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  // The bot token travels with every request, so plain http is only for a fake on this machine.
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw configError(
      "DISCORD_API_URL",
      "must be an https:// URL (http:// is allowed only for 127.0.0.1 or localhost).",
    );
  }
  if (url.username || url.password)
    throw configError(
      "DISCORD_API_URL",
      "has a user name or password in it, which the Discord client cannot send: give the address without them.",
    );
  return value.replace(/\/+$/, "");
}

function readRateLimit(raw: string | undefined): number {
  const value = raw?.trim();
  if (!value) return defaultDiscordConfig.questionsPerMinute;
  if (!/^\d+$/.test(value)) throw configError("DISCORD_RATE_LIMIT", "must be a whole number.");
  return Number(value);
}

function configError(variable: keyof typeof whereToFind, problem: string): ConfigError {
  return new ConfigError(variable, `Discord: ${variable} ${problem} ${whereToFind[variable]}`);
}
