// The few ways the engine refuses to start, each with a stable code; adapters choose how to show them.

export type ContentErrorCode = "CONTENT_DIR_MISSING" | "NO_DOCUMENTS";

/** The content folder cannot be used at all (a single bad file is a warning, not this). */
export class ContentError extends Error {
  readonly code: ContentErrorCode;
  readonly dir: string;

  constructor(code: ContentErrorCode, dir: string, message: string) {
    super(message);
    this.name = "ContentError";
    this.code = code;
    this.dir = dir;
  }
}

/** A setting (usually an environment variable) is missing or malformed. */
export class ConfigError extends Error {
  readonly code = "CONFIG";
  /** The variable or option at fault, e.g. `SLACK_BOT_TOKEN`. Never its value. */
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(message);
    this.name = "ConfigError";
    this.variable = variable;
  }
}
