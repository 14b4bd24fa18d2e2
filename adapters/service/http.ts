// /healthz, /readyz and /metrics: served on HEALTH_PORT, or added to another server (the web page's) when both run.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError } from "../../src/errors.ts";
import { collectProcessMetrics, registry } from "./metrics.ts";
import type { Readiness } from "./readiness.ts";

/** The paths this module answers. */
export const servicePaths = ["/healthz", "/readyz", "/metrics"] as const;

/** A reply to one of {@link servicePaths}, before it is written to any server's response. */
export interface ServiceReply {
  status: number;
  contentType: string;
  body: string;
}

/**
 * The reply to `GET path`, or null for a path that is not ours:
 * - `/healthz`: 200 while the process runs (its event loop answers).
 * - `/readyz`: 200 when the index is loaded and every platform connected; 503 with the reasons.
 * - `/metrics`: the Prometheus text format.
 */
export async function serviceReply(
  path: string,
  readiness: Readiness,
): Promise<ServiceReply | null> {
  const json = (status: number, body: unknown): ServiceReply => ({
    status,
    contentType: "application/json; charset=utf-8",
    body: `${JSON.stringify(body)}\n`,
  });
  switch (path) {
    case "/healthz":
      return json(200, { status: "ok" });
    case "/readyz": {
      const report = readiness.check();
      return report.ready
        ? json(200, { status: "ready" })
        : json(503, { status: "not ready", reasons: report.reasons });
    }
    case "/metrics":
      return { status: 200, contentType: registry.contentType, body: await registry.metrics() };
    default:
      return null;
  }
}

/**
 * A node:http request handler for the three paths; false (nothing written) for any other
 * request, so a server can fall through to its own routes.
 *
 * @example createServer((req, res) => { if (!handleServiceRequest(req, res, readiness)) myRoutes(req, res); })
 */
export function handleServiceRequest(
  req: IncomingMessage,
  res: ServerResponse,
  readiness: Readiness,
): boolean {
  const path = new URL(req.url ?? "/", "http://service").pathname;
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!(servicePaths as readonly string[]).includes(path)) return false;
  void serviceReply(path, readiness).then(
    (reply) => {
      if (!reply) return;
      res.writeHead(reply.status, {
        "content-type": reply.contentType,
        "cache-control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : reply.body);
    },
    (error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`metrics failed: ${error instanceof Error ? error.message : String(error)}\n`);
    },
  );
  return true;
}

/** The part of a Hono app (issue 17's web page) that the routes need: `app.get(path, handler)`. */
export interface RouteTarget {
  get(path: string, handler: (context: never) => Response | Promise<Response>): unknown;
}

/**
 * Adds /healthz, /readyz and /metrics to a Hono app, for when the web page's server also serves
 * them (set HEALTH_PORT=off then). Typed structurally, so this module needs no Hono.
 *
 * @example addServiceRoutes(app, service.readiness) // app = new Hono()
 */
export function addServiceRoutes(
  app: RouteTarget,
  readiness: Readiness,
  paths: readonly (typeof servicePaths)[number][] = servicePaths,
): void {
  collectProcessMetrics();
  for (const path of paths) {
    app.get(path, async () => {
      const reply = await serviceReply(path, readiness);
      return new Response(reply?.body ?? "", {
        status: reply?.status ?? 404,
        headers: {
          "content-type": reply?.contentType ?? "text/plain",
          "cache-control": "no-store",
        },
      });
    });
  }
}

/** A running health listener. */
export interface ServiceServer {
  /** The port it listens on (useful with HEALTH_PORT=0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on `port` (all interfaces, so a container's HEALTHCHECK and Prometheus reach it) and
 * starts sampling Node's own metrics.
 *
 * @throws {ConfigError} for HEALTH_PORT when the port is taken or not allowed.
 */
export async function startServiceServer(
  port: number,
  readiness: Readiness,
  host?: string,
): Promise<ServiceServer> {
  collectProcessMetrics();
  const server = createServer((req, res) => {
    if (!handleServiceRequest(req, res, readiness)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Not found: this port serves /healthz, /readyz and /metrics\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES")
        reject(
          new ConfigError(
            "HEALTH_PORT",
            `HEALTH_PORT ${port} ${error.code === "EADDRINUSE" ? "is already in use" : "needs more privileges than this user has"}. Set HEALTH_PORT to a free port above 1024, 0 to pick one, or off.`,
          ),
        );
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
