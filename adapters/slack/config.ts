// Every Slack setting and its default, read once from the environment: the only file that reads SLACK_*.

import { ConfigError } from "../../src/errors.ts";

/** Settings both modes share. */
interface SlackConfigBase {
  /** Bot User OAuth Token, `xoxb-…`. [`SLACK_BOT_TOKEN`, required] */
  botToken: string;
  /** Web API base URL, ending in `/`. [`SLACK_API_URL`, default `https://slack.com/api/`] */
  apiUrl: string;
}

/** Socket Mode: the bot dials out to Slack, so it needs no public URL. */
export interface SlackSocketConfig extends SlackConfigBase {
  mode: "socket";
  /** App-Level Token with `connections:write`, `xapp-…`. [`SLACK_APP_TOKEN`] */
  appToken: string;
}

/** HTTP mode: Slack posts events to `/slack/events` on this machine. */
export interface SlackHttpConfig extends SlackConfigBase {
  mode: "http";
  /** Verifies that requests come from Slack. [`SLACK_SIGNING_SECRET`, required in HTTP mode] */
  signingSecret: string;
  /** Port to listen on; 0 picks a free one. [`PORT`, default 3000] */
  port: number;
}

/** Socket Mode when `SLACK_APP_TOKEN` is set, otherwise HTTP mode. */
export type SlackConfig = SlackSocketConfig | SlackHttpConfig;

export const defaultSlackApiUrl = "https://slack.com/api/";
export const defaultPort = 3000;

const appSettings = "https://api.slack.com/apps → your app";

/**
 * True when any Slack variable is set, so `npm start` should run the Slack adapter
 * (and report what is missing rather than silently skip Slack).
 */
export function isSlackEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"].some((name) =>
    Boolean(env[name]?.trim()),
  );
}

/**
 * Reads and checks the Slack variables.
 *
 * @throws {ConfigError} naming the first missing or malformed variable and where to find it in
 *   Slack's app settings. Token values never appear in the message.
 * @example
 *   readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-…", SLACK_APP_TOKEN: "xapp-…" }).mode // "socket"
 */
export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig {
  const base: SlackConfigBase = {
    botToken: readBotToken(env),
    apiUrl: readApiUrl(env),
  };
  const appToken = readAppToken(env);
  if (appToken) return { ...base, mode: "socket", appToken };
  return { ...base, mode: "http", signingSecret: readSigningSecret(env), port: readPort(env) };
}

function readBotToken(env: NodeJS.ProcessEnv): string {
  const token = env.SLACK_BOT_TOKEN?.trim();
  const where = `Copy the Bot User OAuth Token from ${appSettings} → OAuth & Permissions (install the app to your workspace first if it is not shown).`;
  if (!token) throw new ConfigError("SLACK_BOT_TOKEN", `SLACK_BOT_TOKEN is not set. ${where}`);
  if (!token.startsWith("xoxb-") || /\s/.test(token))
    throw new ConfigError(
      "SLACK_BOT_TOKEN",
      `SLACK_BOT_TOKEN does not look like a bot token: it should start with "xoxb-"${swapHint(token, "xapp-", "SLACK_APP_TOKEN")}. ${where}`,
    );
  return token;
}

function readAppToken(env: NodeJS.ProcessEnv): string | null {
  const token = env.SLACK_APP_TOKEN?.trim();
  if (!token) return null;
  if (!token.startsWith("xapp-") || /\s/.test(token))
    throw new ConfigError(
      "SLACK_APP_TOKEN",
      `SLACK_APP_TOKEN does not look like an app-level token: it should start with "xapp-"${swapHint(token, "xoxb-", "SLACK_BOT_TOKEN")}. Generate one in ${appSettings} → Basic Information → App-Level Tokens (scope connections:write), or unset SLACK_APP_TOKEN to use HTTP mode.`,
    );
  return token;
}

function readSigningSecret(env: NodeJS.ProcessEnv): string {
  const secret = env.SLACK_SIGNING_SECRET?.trim();
  const where = `Copy it from ${appSettings} → Basic Information → App Credentials → Signing Secret, or set SLACK_APP_TOKEN to use Socket Mode instead.`;
  if (!secret)
    throw new ConfigError(
      "SLACK_SIGNING_SECRET",
      `SLACK_SIGNING_SECRET is not set, and HTTP mode (used because SLACK_APP_TOKEN is not set) needs it to check that requests come from Slack. ${where}`,
    );
  if (/\s/.test(secret) || secret.startsWith("xox") || secret.startsWith("xapp-"))
    throw new ConfigError(
      "SLACK_SIGNING_SECRET",
      `SLACK_SIGNING_SECRET does not look like a signing secret (it is a string of letters and digits, not a token). ${where}`,
    );
  return secret;
}

function readPort(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT?.trim();
  if (!raw) return defaultPort;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new ConfigError(
      "PORT",
      `PORT should be a whole number from 0 to 65535, but it is "${raw}". Unset it to listen on ${defaultPort}.`,
    );
  return port;
}

function readApiUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.SLACK_API_URL?.trim();
  if (!raw) return defaultSlackApiUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigError(
      "SLACK_API_URL",
      `SLACK_API_URL should be an http(s) URL such as ${defaultSlackApiUrl} (GovSlack and proxies give their own). Unset it to use Slack's.`,
    );
  // A user name and password in it could never be sent (fetch refuses such addresses), and the
  // error saying so would print them.
  if (url.username || url.password)
    throw new ConfigError(
      "SLACK_API_URL",
      "SLACK_API_URL has a user name or password in it, which the Slack client cannot send: give the address without them (a proxy that needs a login must be reached some other way). Unset it to use Slack's.",
    );
  // The Web API appends method names ("chat.postMessage") to this base. The value is not quoted in
  // these errors because a proxy URL can carry credentials.
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** A hint when a token has the other token's prefix, the usual copy-paste slip; names only the prefix. */
function swapHint(token: string, otherPrefix: string, otherVariable: string): string {
  return token.startsWith(otherPrefix)
    ? ` (it starts with "${otherPrefix}", the prefix of ${otherVariable}: are the two swapped?)`
    : "";
}
