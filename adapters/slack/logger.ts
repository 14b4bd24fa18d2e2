// What the Slack adapter says about itself, and Bolt's log calls routed through it with tokens masked.
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import { consoleLogger, type Logger } from "../shared/logger.ts";

/** Where the adapter reports what happened: the logger every adapter shares. */
export type SlackLogger = Logger;

export { consoleLogger };

/**
 * Wraps a SlackLogger in the shape Bolt and its Web API client expect. Debug output is dropped
 * (Bolt's debug lines can contain whole request bodies), and anything shaped like a Slack token is
 * masked, because Bolt's messages are not ours to vet.
 */
export function toBoltLogger(logger: SlackLogger): BoltLogger {
  const say =
    (level: keyof SlackLogger) =>
    (...parts: unknown[]) =>
      logger[level](`slack: ${maskTokens(parts.map(describe).join(" "))}`);
  return {
    debug: () => {},
    info: say("info"),
    warn: say("warn"),
    error: say("error"),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

/** Replaces Slack tokens (`xoxb-…`, `xapp-…` and kin) with their prefix and "…". */
export function maskTokens(text: string): string {
  return text.replace(/\b(xox[a-z]|xapp)-[\w-]+/g, "$1-…");
}

/** Slack's error code when there is one ("channel_not_found"), otherwise the error's message. */
export function describeSlackError(error: unknown): string {
  if (error && typeof error === "object") {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === "string") return data.error;
    if ("message" in error && typeof error.message === "string") return maskTokens(error.message);
  }
  return maskTokens(String(error));
}

function describe(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === "string") return part;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}
