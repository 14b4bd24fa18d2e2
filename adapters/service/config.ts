// Every setting of the bot as a service (health port, logging, Redis, shutdown), read once from the environment: the only file that reads them.
import { ConfigError } from "../../src/errors.ts";

/** How the running bot serves its operators. */
export interface ServiceConfig {
  /**
   * Port of /healthz, /readyz and /metrics; 0 picks a free one, null (`off`) turns the listener
   * off. A Discord shard adds its shard id. [`HEALTH_PORT`, default 9090]
   */
  healthPort: number | null;
  /**
   * Whether HEALTH_PORT was set. When it was not and the web page runs, its server answers the
   * three paths instead of a listener of their own. [default: false]
   */
  healthPortSet: boolean;
  /** Lowest level logged. [`LOG_LEVEL`, default `info`] */
  logLevel: LogLevel;
  /** Log each question's text with its answer line; off, the text never reaches the log. [`LOG_QUESTIONS=1`, default off] */
  logQuestions: boolean;
  /** Where replicas share their state; null keeps it in this process's memory. [`REDIS_URL`, default unset] */
  redisUrl: string | null;
  /** How long a shutdown waits for answers in flight before closing anyway. [default 10 s] */
  shutdownGraceMs: number;
}

export const logLevels = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

export const defaultServiceConfig: ServiceConfig = {
  healthPort: 9090,
  healthPortSet: false,
  logLevel: "info",
  logQuestions: false,
  redisUrl: null,
  shutdownGraceMs: 10_000,
};

/**
 * Reads and checks the service variables. Empty values count as unset.
 *
 * @throws {ConfigError} naming the variable and what it should look like; a REDIS_URL is never
 *   quoted, since it can carry a password.
 * @example readServiceConfig({ HEALTH_PORT: "0", REDIS_URL: "redis://redis:6379" }).healthPort // 0
 */
export function readServiceConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const healthPort = readHealthPort(env.HEALTH_PORT);
  // A Discord shard started by the ShardingManager (SHARDS is its shard id) listens on
  // HEALTH_PORT + its id, so the shards of one host do not fight over one port.
  const shard = Number(env.SHARDS);
  const offset = healthPort && Number.isInteger(shard) && shard > 0 ? shard : 0;
  return {
    ...defaultServiceConfig,
    healthPort: healthPort === null ? null : healthPort + offset,
    healthPortSet: Boolean(env.HEALTH_PORT?.trim()),
    logLevel: readLogLevel(env.LOG_LEVEL),
    logQuestions: readFlag(env.LOG_QUESTIONS, "LOG_QUESTIONS"),
    redisUrl: readRedisUrl(env.REDIS_URL),
  };
}

function readHealthPort(raw: string | undefined): number | null {
  const value = raw?.trim();
  if (!value) return defaultServiceConfig.healthPort;
  if (value === "off") return null;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new ConfigError(
      "HEALTH_PORT",
      `HEALTH_PORT should be a whole number from 0 to 65535 (0 picks a free port) or "off", but it is "${value}". Unset it to listen on ${defaultServiceConfig.healthPort}.`,
    );
  return port;
}

function readLogLevel(raw: string | undefined): LogLevel {
  const value = raw?.trim().toLowerCase();
  if (!value) return defaultServiceConfig.logLevel;
  if ((logLevels as readonly string[]).includes(value)) return value as LogLevel;
  throw new ConfigError(
    "LOG_LEVEL",
    `LOG_LEVEL should be one of ${logLevels.join(", ")}, but it is "${raw?.trim()}". Unset it for info.`,
  );
}

function readFlag(raw: string | undefined, variable: string): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new ConfigError(variable, `${variable} should be 1 (on) or 0 (off), but it is "${raw}".`);
}

function readRedisUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "redis:" && url.protocol !== "rediss:") || !url.hostname)
    throw new ConfigError(
      "REDIS_URL",
      "REDIS_URL should be a redis:// or rediss:// address such as redis://redis:6379 (a password goes in it as redis://:PASSWORD@host:6379). Unset it to keep state in memory.",
    );
  // What the redis client would otherwise stop on with a bare "Invalid pathname" or "URI malformed".
  if (!/^\/?(\d+)?\/?$/.test(url.pathname))
    throw new ConfigError(
      "REDIS_URL",
      "REDIS_URL's path should be a database number, as in redis://redis:6379/0, or nothing. Unset it to keep state in memory.",
    );
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    throw new ConfigError(
      "REDIS_URL",
      "REDIS_URL's user name or password has a % that starts no character: write a % in it as %25. Unset it to keep state in memory.",
    );
  }
  return value;
}
