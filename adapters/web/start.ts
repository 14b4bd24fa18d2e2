// Starts the web page's server: static files read, the engine warmed up, then listening; a port that is taken becomes a ConfigError naming WEB_PORT.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { ConfigError } from "../../src/errors.ts";
import { type Engine, exampleQuestions } from "../../src/index.ts";
import type { QuestionLog } from "../../src/question-log/index.ts";
import type { Logger } from "../shared/logger.ts";
import { createWebApp, type ReportProvider } from "./app.ts";
import { loadAssets } from "./assets.ts";
import type { WebConfig } from "./config.ts";
import type { WebService } from "./service.ts";

/** A running web page. */
export interface RunningWeb {
  /** The port listened on (useful with `WEB_PORT=0`). */
  port: number;
  /** The page's address on this machine, e.g. "http://localhost:8080/". */
  url: string;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

/** Options for {@link startWeb}. */
export interface StartWebOptions {
  /** Builds `/admin/report`. [default: a page saying no questions are recorded] */
  report?: ReportProvider;
  /** Where visitors' questions are recorded, from the first visitor on. [default: nothing recorded] */
  questionLog?: QuestionLog;
  /**
   * Run as part of the service (`npm start`): /readyz waits for the page to listen, answers are
   * counted and logged, a shutdown refuses new requests with 503 and finishes those in flight;
   * with `healthRoutes`, the page's server also answers /healthz, /readyz and /metrics.
   * [default: none, the page on its own]
   */
  service?: WebService;
}

/**
 * Serves the page from `engine` on `config.port`, and logs its address:
 * "web: serving the question page at http://localhost:8080/".
 *
 * @throws {ConfigError} when WEB_PORT is taken or needs privileges this user lacks.
 * @example const web = await startWeb(content.engine, readWebConfig(), consoleLogger); await web.stop();
 */
export async function startWeb(
  engine: Engine,
  config: WebConfig,
  logger: Logger,
  options: StartWebOptions = {},
): Promise<RunningWeb> {
  options.service?.readiness.set("web", false, "starting the web page");
  const assets = await loadAssets();
  // The warm-up's two questions are the server's own, not a visitor's: they are not recorded.
  let warm = false;
  const { questionLog, ...rest } = options;
  const visitorsOnly: QuestionLog | undefined = questionLog && {
    ...questionLog,
    enabled: questionLog.enabled,
    recordAnswer: (answer, where) => {
      if (warm) questionLog.recordAnswer(answer, where);
    },
  };
  const app = createWebApp(engine, config, {
    assets,
    logger,
    ...rest,
    ...(visitorsOnly ? { questionLog: visitorsOnly } : {}),
  });
  await warmUp(app);
  warm = true;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      {
        fetch: app.fetch,
        port: config.port,
        ...(config.host ? { hostname: config.host } : {}),
        serverOptions: { maxHeaderSize },
      },
      () => resolve(started),
    );
    started.once("error", (error) => reject(explainListenError(error, config.port, config.host)));
  });
  const address = server.address() as AddressInfo;
  const host =
    !config.host || config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}/`;
  logger.info(`web: serving the question page at ${url}`);
  if (options.service?.metricsRoutes)
    logger.info(`service: /healthz, /readyz and /metrics on port ${address.port}, the web page's`);
  else if (options.service?.healthRoutes)
    logger.info(
      `service: /healthz and /readyz on port ${address.port}, the web page's; /metrics is not served on this public port: set HEALTH_PORT to a private port (e.g. HEALTH_PORT=9090) to scrape it there`,
    );
  options.service?.readiness.set("web", true);
  if (!config.operator)
    logger.warn(
      'web: WEB_OPERATOR is not set, so the page says its operator has not given their name; set it to your organisation\'s name, e.g. WEB_OPERATOR="Healthwatch Anytown".',
    );
  // A connection or request that has just arrived may not have been read yet: closing then would
  // reset it. The stop waits for a quiet moment first (see drainQuietly).
  let lastArrival = 0;
  const arrived = () => {
    lastArrival = Date.now();
  };
  server.on("connection", arrived);
  server.on("request", arrived);
  return {
    port: address.port,
    url,
    stop: async () => {
      await drainQuietly(() => lastArrival);
      await new Promise<void>((resolve) => {
        // A response still being written (its answer done, its bytes on the way) goes out whole:
        // only idle connections close now. Keep-alive ones that stay open would hold close() until
        // they time out, so whatever is left is closed after a moment.
        const late = setTimeout(() => {
          if ("closeAllConnections" in server) server.closeAllConnections();
        }, closeGraceMs);
        server.close(() => {
          clearTimeout(late);
          resolve();
        });
        if ("closeIdleConnections" in server) server.closeIdleConnections();
      });
    },
  };
}

/**
 * Waits until nothing has arrived for `quietMs`, or `longestMs` has passed. During a shutdown the
 * service answers new requests 503 with Retry-After, so a client or load balancer still sending
 * here is told to go elsewhere; requests sent just before the signal, not yet read when the
 * answers in flight finished, are answered (503) instead of reset when the server closes.
 */
async function drainQuietly(
  lastArrival: () => number,
  quietMs = drainQuietMs,
  longestMs = drainLongestMs,
): Promise<void> {
  const giveUpAt = Date.now() + longestMs;
  for (;;) {
    const quietFor = Date.now() - lastArrival();
    const left = giveUpAt - Date.now();
    if (quietFor >= quietMs || left <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs - quietFor, left)));
  }
}

/** How long nothing must arrive before a stopping server closes. */
const drainQuietMs = 300;
/** The longest a stopping server waits for that quiet; with closeGraceMs, under the shutdown's 5 s a step. */
const drainLongestMs = 2500;

/**
 * The question travels in the address (the form asks by GET, so answers can be linked to), and a
 * letter outside ASCII takes up to 12 bytes there: a 2,000-character question in Chinese or Arabic
 * plus the conversation runs past Node's default 16 KB of headers, which would refuse it with an
 * empty 431 instead of answering it.
 */
const maxHeaderSize = 64 * 1024;

/** How long a stopping server lets its last responses finish before closing every connection. */
const closeGraceMs = 2000;

/**
 * Asks one question the documents answer and one they do not, through the site itself, before
 * the first visitor comes: the first answer compiles the engine's and the pages' code, and the
 * first decline builds the pool of suggested questions, which together take a tenth of a second
 * or more once. (They count against no visitor's limit: they come from no address.)
 */
async function warmUp(app: ReturnType<typeof createWebApp>): Promise<void> {
  for (const question of [exampleQuestions[0] ?? "what is an stp", "what is the weather on mars"])
    await app.request(`/part?${new URLSearchParams({ q: question })}`, undefined, { warmUp: true });
}

function explainListenError(error: unknown, port: number, host: string | undefined): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EADDRINUSE" || code === "EACCES")
    return new ConfigError(
      "WEB_PORT",
      `Web: WEB_PORT ${port} ${code === "EADDRINUSE" ? "is already in use" : "needs more privileges than this user has"}. Set WEB_PORT to a free port above 1024 (or stop what is using it).`,
    );
  // A WEB_HOST that is no address of this machine, or no address at all.
  if (host && (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN"))
    return new ConfigError(
      "WEB_HOST",
      `Web: WEB_HOST "${host}" is not an address of this machine (${code}). Set it to one of its addresses, such as 127.0.0.1, or unset it to listen on every interface.`,
    );
  return error instanceof Error ? error : new Error(String(error));
}
