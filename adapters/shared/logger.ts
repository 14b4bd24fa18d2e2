// The three-method logger every adapter reports through; tests pass one that records.

/**
 * Facts about a log line, for logs that are read by machines (`platform`, `outcome`,
 * `latencyMs`…). A console logger prints the message alone; the service's JSON logger keeps them.
 */
export type LogFields = Record<string, unknown>;

/** Where an adapter says what happened. Never give it a token. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Info to stdout, warnings and errors to stderr. */
export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

/** Everything to stderr: for the terminal chat, whose stdout carries the answers. */
export const stderrLogger: Logger = {
  info: (message) => console.error(message),
  warn: (message) => console.error(message),
  error: (message) => console.error(message),
};
