// The service's log: JSON lines through pino (pretty on a terminal), behind the Logger every adapter already reports through.
import pino, { type DestinationStream } from "pino";
import pretty from "pino-pretty";
import type { LogFields, Logger } from "../shared/logger.ts";
import type { LogLevel } from "./config.ts";

/** Options for {@link createServiceLogger}. */
export interface ServiceLoggerOptions {
  /** Lowest level written. [default: `info`] */
  level?: LogLevel;
  /** Keep a `question` field; without it the field is dropped from every line. [default: false] */
  logQuestions?: boolean;
  /** Human-readable lines instead of JSON. [default: when stdout is a terminal] */
  pretty?: boolean;
  /** Where lines go; tests pass their own. [default: stdout] */
  destination?: DestinationStream;
}

/**
 * Field paths whose values never reach the log, whatever a caller passes: tokens and secrets by
 * name, as pino's redaction censors them. Messages are masked as well (see {@link maskSecrets}).
 */
export const redactedPaths = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "password",
  "authorization",
  "redisUrl",
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.password",
  "*.authorization",
  "*.redisUrl",
  "headers.authorization",
  "headers.cookie",
  'headers["x-slack-signature"]',
];

/**
 * A Logger that writes one JSON object per line (`{"level":30,"time":…,"msg":"slack: answered…",
 * "platform":"slack","outcome":"answered","latencyMs":12}`), or pretty lines on a terminal.
 *
 * @example const logger = createServiceLogger({ level: "info" }); logger.info("slack: connected", { platform: "slack" });
 */
export function createServiceLogger(options: ServiceLoggerOptions = {}): Logger & {
  /** Writes what is buffered; call before exiting. */
  flush(): void;
} {
  const usePretty = options.pretty ?? Boolean(process.stdout.isTTY);
  const destination =
    options.destination ??
    (usePretty
      ? pretty({
          colorize: true,
          sync: true,
          translateTime: "SYS:HH:MM:ss",
          ignore: "pid,hostname",
        })
      : // Written as the event loop allows, not one blocking write per line: under load the
        // lines of many answers go out together. pino writes what is left when the process exits.
        pino.destination({ dest: 1, sync: false }));
  const base = pino(
    {
      level: options.level ?? "info",
      base: { pid: process.pid },
      redact: { paths: redactedPaths, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const write =
    (level: "info" | "warn" | "error") =>
    (message: string, fields?: LogFields): void => {
      if (!fields) return void base[level](maskSecrets(message));
      // Without LOG_QUESTIONS=1 the question's text is dropped, not censored: the line does not
      // even show that there was one.
      const { question, ...rest } = fields;
      const kept = options.logQuestions && question !== undefined ? { ...rest, question } : rest;
      base[level](maskFields(kept), maskSecrets(message));
    };
  return {
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    flush: () => base.flush(),
  };
}

/**
 * Masks anything shaped like a secret in free text, because messages from Bolt, discord.js and
 * node-redis are not ours to vet: Slack tokens keep their prefix (`xoxb-…`), a Discord bot token
 * becomes `[discord token]`, and a password in a URL becomes `…`.
 *
 * @example maskSecrets("redis://:hunter2@redis:6379 xoxb-1-2-abc") // "redis://:…@redis:6379 xoxb-…"
 */
export function maskSecrets(text: string): string {
  // Most lines hold nothing of the kind: one look for any of the three shapes spares the copies.
  if (!mayHoldSecret.test(text)) return text;
  return text
    .replace(/\b(xox[a-z]|xapp)-[\w-]+/g, "$1-…")
    .replace(/\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}\b/g, "[discord token]")
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^@\s/]+@/gi, "$1:…@");
}

// Wider than the three patterns above (each needs one of these), so nothing they mask is missed.
const mayHoldSecret = /xox[a-z]-|xapp-|:\/\/|\.[\w-]{6,7}\./i;

/** String field values masked like messages; other values as they are. */
function maskFields(fields: LogFields): LogFields {
  const masked: LogFields = {};
  for (const [key, value] of Object.entries(fields))
    masked[key] = typeof value === "string" ? maskSecrets(value) : value;
  return masked;
}
