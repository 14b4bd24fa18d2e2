// Import options and their defaults, merged once; the one place `content:add` reads the environment.
import { resolveEngineOptions } from "../config.ts";
import { ConfigError } from "../errors.ts";

/** Options for importing documents into the content folder. */
export interface ImportOptions {
  /** Folder the markdown files are written to. [default: `CONTENT_DIR`, else the bundled `content/`] */
  contentDir: string;
  /** Largest file or download accepted, in bytes. [default: `CONTENT_MAX_MB` × 2²⁰, else 50 MB] */
  maxBytes: number;
  /** How long a URL may take to answer in full, in milliseconds. [default: `CONTENT_FETCH_TIMEOUT` s, else 20 s] */
  fetchTimeoutMs: number;
  /** Replace the file a source was imported to before. [default: false] */
  force: boolean;
  /** Front matter that overrides what the document says about itself. [default: none] */
  title: string | null;
  publisher: string | null;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  date: string | null;
}

/** `CONTENT_MAX_MB` when unset, in megabytes. */
export const defaultMaxMegabytes = 50;
/** `CONTENT_FETCH_TIMEOUT` when unset, in seconds. */
export const defaultFetchTimeoutSeconds = 20;

/**
 * Defaults, then the environment (`CONTENT_DIR`, `CONTENT_MAX_MB`, `CONTENT_FETCH_TIMEOUT`),
 * then what the caller passed.
 *
 * @throws {ConfigError} naming a variable that is set but is not a positive number.
 * @example resolveImportOptions({ force: true }, { CONTENT_MAX_MB: "100" }).maxBytes // 104857600
 */
export function resolveImportOptions(
  overrides: Partial<ImportOptions> = {},
  env: NodeJS.ProcessEnv = process.env,
): ImportOptions {
  const defaults: ImportOptions = {
    contentDir: resolveEngineOptions({}, env).contentDir,
    maxBytes: readPositive(env, "CONTENT_MAX_MB", defaultMaxMegabytes) * 2 ** 20,
    fetchTimeoutMs: readPositive(env, "CONTENT_FETCH_TIMEOUT", defaultFetchTimeoutSeconds) * 1000,
    force: false,
    title: null,
    publisher: null,
    date: null,
  };
  const given = Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined),
  ) as Partial<ImportOptions>;
  // A folder given relative to where the command runs, made absolute as the engine does.
  const contentDir = resolveEngineOptions({ contentDir: given.contentDir }, env).contentDir;
  return { ...defaults, ...given, contentDir };
}

function readPositive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigError(
      name,
      `${name} is "${text}", not a positive number. Set it to a number such as ${fallback}, or unset it for the default (${fallback}).`,
    );
  }
  return value;
}
