// The web page as part of the running service (`npm start`): /healthz and /readyz (and /metrics when asked) on its server, each answer counted and logged, and new requests refused with 503 once a shutdown began while those in flight finish.
import type { Context, Hono } from "hono";
import type { AdapterService } from "../service/adapter-service.ts";
import { reportAnswer } from "../service/answer-report.ts";
import { addServiceRoutes, servicePaths } from "../service/http.ts";
import type { Outcome } from "../service/metrics.ts";
import type { Logger } from "../shared/logger.ts";

/** What the service lends the web page: the adapters' share, and where the health routes go. */
export interface WebService extends AdapterService {
  /**
   * Serve /healthz, /readyz and /metrics from the page's server: true when HEALTH_PORT is unset
   * or names WEB_PORT, so one port serves everything. [default: false]
   */
  healthRoutes?: boolean;
  /**
   * Serve /metrics there too: true only when HEALTH_PORT names WEB_PORT, since the page's port is
   * public and the metrics are the operator's. [default: false]
   */
  metricsRoutes?: boolean;
}

/**
 * Counts and logs one question the page answered in request `c`; `startedAt` is from
 * `performance.now()`. The start-up warm-up's questions (`c.env.warmUp`) are not counted.
 */
// biome-ignore lint/suspicious/noExplicitAny: any Hono context, whatever its bindings
export type ReportWebAnswer = (c: Context<any>, outcome: Outcome, startedAt: number) => void;

/** Seconds a client is told to wait while this copy restarts (another replica may answer sooner). */
const restartRetryAfter = 5;

/**
 * Puts `app` under the service. Call it first on a new app: the gate is a middleware, and
 * Hono runs middlewares in the order they were added.
 *
 * @returns the function each route calls once it has answered a question.
 * @example const report = serveAsService(app, service, logger); … report(c, outcomeOf(answer), startedAt);
 */
export function serveAsService(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its bindings
  app: Hono<any>,
  service: WebService,
  logger: Logger | undefined,
): ReportWebAnswer {
  const health = new Set<string>(servicePaths);
  app.use("*", async (c, next) => {
    // /readyz must keep answering (503) through a shutdown, so load balancers see it.
    if (health.has(c.req.path)) return next();
    if (!service.inFlight.accepting) {
      c.header("Retry-After", String(restartRetryAfter));
      c.header("Connection", "close");
      const message = `stp-bot is restarting; ask again in ${restartRetryAfter} seconds.`;
      return c.req.path.startsWith("/api/")
        ? c.json({ error: message }, 503)
        : c.text(message, 503);
    }
    await service.inFlight.run(() => next());
  });
  if (service.healthRoutes)
    addServiceRoutes(
      app,
      service.readiness,
      service.metricsRoutes ? servicePaths : ["/healthz", "/readyz"],
    );
  const log = logger ?? { info() {}, warn() {}, error() {} };
  return (c, outcome, startedAt) => {
    if (c.env?.warmUp) return;
    reportAnswer(log, { platform: "web", outcome, startedAt, message: "web: answered a question" });
  };
}
