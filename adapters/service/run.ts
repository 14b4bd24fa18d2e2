// Starts what `npm start` needs to run as a service: config, JSON logs, shared state, the health listener and the shutdown every part registers with.
import { ContentError } from "../../src/errors.ts";
import type { Engine } from "../../src/index.ts";
import type { Logger } from "../shared/logger.ts";
import { connectSharedState, createMemoryState, type SharedState } from "../shared-state/state.ts";
import type { AdapterService } from "./adapter-service.ts";
import { readServiceConfig, type ServiceConfig } from "./config.ts";
import { type ServiceServer, startServiceServer } from "./http.ts";
import { createInFlight, type InFlight } from "./in-flight.ts";
import { createServiceLogger } from "./log.ts";
import { metrics } from "./metrics.ts";
import { createReadiness, type Readiness } from "./readiness.ts";
import { createShutdown, type Shutdown } from "./shutdown.ts";

/** A platform adapter as the service runs it: Slack, Discord, or issue 17's web page. */
export interface RunningAdapter {
  /** Stop taking new events (answers in flight still finish). */
  stopTaking?(): unknown;
  /** Close its connections once the answers in flight are done. */
  stop(): unknown;
}

/** The service around the adapters. */
export interface RunningService {
  config: ServiceConfig;
  /** JSON lines (pretty on a terminal); pass it to every adapter. */
  logger: Logger & { flush(): void };
  readiness: Readiness;
  inFlight: InFlight;
  state: SharedState;
  shutdown: Shutdown;
  /** The health listener, or null with HEALTH_PORT=off or when the web page's server has the routes. */
  server: ServiceServer | null;
  /** True when the web page's server answers /healthz and /readyz (pass it to `startWeb`). */
  healthOnWeb: boolean;
  /**
   * True when it answers /metrics too: only when HEALTH_PORT names the page's port, as the
   * operator's own choice; otherwise metrics stay off the public page.
   */
  metricsOnWeb: boolean;
  /** What to hand `startSlack`, `startDiscord` and the web adapter as their `service`. */
  adapters: AdapterService;
  /** Marks the index loaded (readiness "index") and points the content gauges at `engine`. */
  contentLoaded(engine: Engine): void;
  /** Registers an adapter's stopTaking and stop with the shutdown. */
  run(name: string, adapter: RunningAdapter): void;
}

/** Options for {@link startService}. */
export interface StartServiceOptions {
  /**
   * The web page's port when it runs too (WEB_PORT): the three paths are then served by its
   * server, unless HEALTH_PORT is set to another port (or `off`). [default: no web page]
   */
  webPort?: number | null;
}

/**
 * Reads the service variables, starts the JSON logger, connects to Redis when REDIS_URL is set,
 * listens on HEALTH_PORT and handles SIGTERM/SIGINT. Call it before loading the documents, so
 * /healthz answers (and /readyz says why not ready) while they load.
 *
 * @throws {ConfigError} for a malformed variable or a HEALTH_PORT in use.
 * @example
 * const service = await startService();
 * const content = await startContentReload(await loadEngine(), service.logger);
 * service.contentLoaded(content.engine);
 * service.run("slack", await startSlack(content.engine, config, service.logger, service.adapters));
 */
export async function startService(
  env: NodeJS.ProcessEnv = process.env,
  { webPort = null }: StartServiceOptions = {},
): Promise<RunningService> {
  const config = readServiceConfig(env);
  // "HEALTH_PORT (default 9090; the web page's server when both run)": one port for everything
  // unless the operator keeps health and metrics apart on a port of their own (#16).
  const healthOnWeb =
    webPort !== null &&
    config.healthPort !== null &&
    (!config.healthPortSet || config.healthPort === webPort);
  // A load balancer probes the page's own port, so health goes there; Prometheus metrics
  // (question counts, memory, what failed) are not for the public, so only on being asked.
  const metricsOnWeb = healthOnWeb && config.healthPortSet;
  const logger = createServiceLogger({ level: config.logLevel, logQuestions: config.logQuestions });
  const readiness = createReadiness();
  readiness.set("index", false, "loading the documents");
  const inFlight = createInFlight();
  const server =
    config.healthPort === null || healthOnWeb
      ? null
      : await startServiceServer(config.healthPort, readiness);
  const state = config.redisUrl
    ? await connectSharedState(config.redisUrl, logger, {
        onUpChange: (up) => metrics.setSharedStateUp(up),
      })
    : createMemoryState();
  const shutdown = createShutdown({ inFlight, readiness, logger, graceMs: config.shutdownGraceMs });
  // Registered first, so closed last: the listener answers /healthz until the very end.
  if (server) shutdown.onClose("health listener", () => server.close());
  shutdown.onClose("shared state", () => state.close());
  shutdown.listen();
  // One failed reply must not take the bot down for everyone: log it and keep answering.
  process.on("unhandledRejection", (reason) =>
    logger.error(`stp-bot: unexpected error: ${describe(reason)}`),
  );
  if (server)
    logger.info(`service: /healthz, /readyz and /metrics on port ${server.port}`, {
      healthPort: server.port,
      sharedState: state.kind,
    });
  return {
    config,
    logger,
    readiness,
    inFlight,
    state,
    shutdown,
    server,
    healthOnWeb,
    metricsOnWeb,
    adapters: { inFlight, readiness, state },
    contentLoaded(engine) {
      metrics.watchContent(engine);
      readiness.set("index", true);
    },
    run(name, adapter) {
      if (adapter.stopTaking) shutdown.onStopTaking(name, () => adapter.stopTaking?.());
      shutdown.onClose(name, () => adapter.stop());
    },
  };
}

function describe(reason: unknown): string {
  if (reason instanceof ContentError) return reason.message;
  return reason instanceof Error ? reason.message : String(reason);
}
