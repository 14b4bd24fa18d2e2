// The question log's settings and their defaults, read from the environment in this one place: QUESTION_LOG, QUESTION_LOG_DAYS, QUESTION_LOG_DIR, DATABASE_URL, FEEDBACK_LOG.
import path from "node:path";
import { projectRoot } from "../config.ts";
import { ConfigError } from "../errors.ts";

/** Where and whether questions and votes are kept. */
export interface QuestionLogConfig {
  /** False stores nothing at all: no database is opened or made. [`QUESTION_LOG`, default `on`] */
  enabled: boolean;
  /** Records older than this many days are deleted at start-up and daily. [`QUESTION_LOG_DAYS`, default 90] */
  days: number;
  /**
   * A PostgreSQL server (`postgres://user:password@host:5432/db`) that several bot processes can
   * share; null keeps the log in the embedded database under `dataDir`. Never printed: it can
   * hold a password. [`DATABASE_URL`, default none]
   */
  databaseUrl: string | null;
  /** The embedded database's folder. [`QUESTION_LOG_DIR`, default `.data/question-log` in the project] */
  dataDir: string;
  /** The old JSON-lines vote log, imported once and left in place. [`FEEDBACK_LOG`, default `feedback.jsonl`] */
  feedbackLog: string;
}

/** The defaults, before the environment. */
export const defaultQuestionLogConfig: QuestionLogConfig = {
  enabled: true,
  days: 90,
  databaseUrl: null,
  dataDir: path.join(projectRoot, ".data", "question-log"),
  feedbackLog: "feedback.jsonl",
};

/**
 * Reads the question log's variables; an unset or empty one takes its default.
 *
 * @throws {ConfigError} naming the variable and what it should be; DATABASE_URL's value is never quoted.
 * @example readQuestionLogConfig({ QUESTION_LOG: "off" }).enabled // false
 */
export function readQuestionLogConfig(env: NodeJS.ProcessEnv = process.env): QuestionLogConfig {
  const defaults = defaultQuestionLogConfig;
  return {
    enabled: readSwitch(env.QUESTION_LOG),
    days: readDays(env.QUESTION_LOG_DAYS, defaults.days),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
    dataDir: env.QUESTION_LOG_DIR?.trim()
      ? path.resolve(env.QUESTION_LOG_DIR.trim())
      : defaults.dataDir,
    feedbackLog: env.FEEDBACK_LOG?.trim() || defaults.feedbackLog,
  };
}

function readSwitch(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value || ["on", "true", "yes", "1"].includes(value)) return true;
  if (["off", "false", "no", "0"].includes(value)) return false;
  throw new ConfigError(
    "QUESTION_LOG",
    `QUESTION_LOG should be on or off, but it is "${raw?.trim()}". Set QUESTION_LOG=off to store no questions or votes at all, or unset it to keep them (see "What is stored" in the README).`,
  );
}

/** Longest a record may be kept: a century, far inside what a date can count back to. */
export const maxDays = 36_500;

function readDays(raw: string | undefined, fallback: number): number {
  const value = raw?.trim();
  if (!value) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > maxDays)
    throw new ConfigError(
      "QUESTION_LOG_DAYS",
      `QUESTION_LOG_DAYS should be a whole number of days from 1 to ${maxDays.toLocaleString("en-GB")} (100 years), but it is "${value}". Unset it to keep records for ${fallback} days, or set QUESTION_LOG=off to keep none.`,
    );
  return Number(value);
}

function readDatabaseUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let protocol = "";
  try {
    protocol = new URL(value).protocol;
  } catch {
    // Reported below, without the value: it may hold a password.
  }
  if (protocol !== "postgres:" && protocol !== "postgresql:")
    throw new ConfigError(
      "DATABASE_URL",
      "DATABASE_URL should be a PostgreSQL address such as postgres://stp:password@db.example.org:5432/stp (its value is not shown, as it may hold a password). Unset it to keep the question log in the embedded database under .data/.",
    );
  return value;
}
