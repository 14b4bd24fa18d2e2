// The one Redis connection a replica shares its state through: commands that fail fast while Redis is away, one warning a minute, reconnecting all the while.
import { createClient } from "redis";
import type { Logger } from "../shared/logger.ts";

/** The node-redis client, as `createClient` makes it. */
export type RedisClient = ReturnType<typeof createClient>;

/** What {@link RedisLink.run} returns instead of a reply while Redis cannot answer. */
export const unavailable: unique symbol = Symbol("redis unavailable");

/** A connection to Redis that never makes the bot wait for it. */
export interface RedisLink {
  /**
   * Runs `command`, or returns {@link unavailable} at once when Redis is not connected, and after
   * `commandTimeoutMs` when it does not answer. A failure is logged as a warning at most once a
   * minute; the caller then uses its own memory.
   */
  run<T>(
    what: string,
    command: (client: RedisClient) => Promise<T>,
  ): Promise<T | typeof unavailable>;
  /** True while connected. */
  readonly up: boolean;
  /** Closes the connection (at shutdown). */
  close(): Promise<void>;
}

/** Options for {@link connectRedis}. */
export interface RedisLinkOptions {
  /** Longest wait for the first connection before starting without it. [default: 2 s] */
  connectWaitMs?: number;
  /** Longest wait for one command. [default: 500 ms] */
  commandTimeoutMs?: number;
  /** Least time between two warnings about Redis. [default: 60 s] */
  warnEveryMs?: number;
  /** Told when Redis comes and goes, for the `stp_shared_state_up` gauge. */
  onUpChange?: (up: boolean) => void;
}

/**
 * Connects to `url` and keeps reconnecting (every 0.1 s at first, then every 2 s) for as long as
 * the bot runs. Resolves once connected, or after `connectWaitMs` without: a Redis that is down
 * at start must not stop the bot answering.
 *
 * @example const link = await connectRedis("redis://127.0.0.1:6379", logger);
 */
export async function connectRedis(
  url: string,
  logger: Logger,
  {
    connectWaitMs = 2000,
    commandTimeoutMs = 500,
    warnEveryMs = 60_000,
    onUpChange,
  }: RedisLinkOptions = {},
): Promise<RedisLink> {
  const where = describeRedis(url);
  const client: RedisClient = createClient({
    url,
    // Commands fail at once while disconnected rather than queue: the bot answers from memory.
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  let lastWarning = Number.NEGATIVE_INFINITY;
  let wasUp = false;
  let closing = false;

  function warn(reason: string): void {
    if (closing) return;
    const now = Date.now();
    if (now - lastWarning < warnEveryMs) return;
    lastWarning = now;
    logger.warn(
      `shared state: Redis at ${where} is unavailable (${reason}); answering with this replica's own memory meanwhile, and reconnecting`,
      { redis: where, reason },
    );
  }
  function setUp(up: boolean): void {
    if (up === wasUp) return;
    wasUp = up;
    onUpChange?.(up);
    if (up) logger.info(`shared state: connected to Redis at ${where}`, { redis: where });
  }

  // Without an "error" listener node-redis would throw, ending the process.
  client.on("error", (error: unknown) => {
    setUp(false);
    warn(describeError(error));
  });
  client.on("ready", () => setUp(true));
  client.on("end", () => setUp(false));
  client.on("reconnecting", () => setUp(false));

  const connected = client.connect().then(
    () => true,
    (error: unknown) => {
      warn(describeError(error));
      return false;
    },
  );
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, connectWaitMs))]);
  if (!client.isReady) warn(`no connection within ${connectWaitMs} ms`);

  return {
    async run(what, command) {
      if (!client.isReady) return unavailable;
      try {
        return await command(client);
      } catch (error) {
        warn(`${what}: ${describeError(error)}`);
        return unavailable;
      }
    },
    get up() {
      return client.isReady;
    },
    async close() {
      closing = true;
      if (client.isOpen) await client.close().catch(() => client.destroy());
      else client.destroy();
    },
  };
}

/** host:port of a Redis URL, never its password. */
export function describeRedis(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "REDIS_URL";
  }
}

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message : String(error);
}
