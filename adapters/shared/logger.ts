// The three-method logger every adapter reports through; tests pass one that records.

/** Where an adapter says what happened. Never give it a token. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
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
