// How the Discord adapter reports what happens: a three-method logger passed in (tests capture it)
// and one way to describe Discord's errors without leaking tokens.
import { DiscordAPIError, HTTPError } from "discord.js";
import { consoleLogger, type Logger } from "../shared/logger.ts";

/** Where the adapter writes: the logger every adapter shares. */
export type DiscordLogger = Logger;

export { consoleLogger };

/**
 * One line for a failed request, with Discord's own code and words, e.g.
 * `Discord answered 403 (50013 Missing Permissions) to POST /channels/123/messages`.
 * Interaction and webhook tokens in the path are replaced by `:token`.
 */
export function describeDiscordError(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    return `Discord answered ${error.status} (${error.code} ${error.message}) to ${error.method.toUpperCase()} ${redactPath(error.url)}`;
  }
  if (error instanceof HTTPError) {
    return `Discord answered ${error.status} (${error.message}) to ${error.method.toUpperCase()} ${redactPath(error.url)}`;
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * The code counted in `stp_send_failures_total`: Discord's JSON error code (`50013`), else the
 * HTTP status (`429`, `500`), else "other".
 */
export function discordErrorCode(error: unknown): string {
  if (error instanceof DiscordAPIError) return String(error.code || error.status);
  if (error instanceof HTTPError) return String(error.status);
  return "other";
}

/** The path of a REST URL with interaction and webhook tokens hidden. */
function redactPath(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  // An interaction token is good for 15 minutes of replies; it does not belong in a log.
  return path.replace(/\/(interactions|webhooks)\/(\d+)\/[^/]+/g, "/$1/$2/:token");
}
