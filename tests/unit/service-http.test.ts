// /healthz, /readyz and /metrics on their own listener, and added to another server's routes (the web page's Hono app).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addServiceRoutes,
  type ServiceServer,
  startServiceServer,
} from "../../adapters/service/http.ts";
import { metrics } from "../../adapters/service/metrics.ts";
import { createReadiness } from "../../adapters/service/readiness.ts";
import { ConfigError } from "../../src/index.ts";

const readiness = createReadiness();
let server: ServiceServer;
let base: string;

beforeAll(async () => {
  server = await startServiceServer(0, readiness, "127.0.0.1");
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
});

describe("the health listener", () => {
  it("answers /healthz with 200 while the process runs", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers /readyz with 503 and the reasons until every part is up, then 200", async () => {
    readiness.set("index", false, "loading the documents");
    const waiting = await fetch(`${base}/readyz`);
    expect(waiting.status).toBe(503);
    expect(await waiting.json()).toEqual({
      status: "not ready",
      reasons: ["index: loading the documents"],
    });
    readiness.set("index", true);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it("serves every metric the README names in Prometheus's text format", async () => {
    metrics.questionHandled("slack", "answered", 0.012);
    metrics.questionHandled("discord", "declined", 0.02);
    metrics.sendFailed("slack", "not_in_channel");
    metrics.contentReloaded("rebuilt");
    metrics.contentReloaded("failed");
    metrics.watchContent({ documents: [1, 2, 3], passageCount: 42 });
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain('stp_questions_total{platform="slack",outcome="answered"}');
    expect(text).toContain('stp_questions_total{platform="discord",outcome="declined"}');
    expect(text).toContain('stp_answer_duration_seconds_bucket{le="0.025",platform="slack"}');
    expect(text).toContain('stp_send_failures_total{platform="slack",code="not_in_channel"} 1');
    expect(text).toContain('stp_content_reloads_total{result="rebuilt"}');
    expect(text).toContain("stp_content_reload_failures_total 1");
    expect(text).toContain("stp_content_documents 3");
    expect(text).toContain("stp_content_passages 42");
    expect(text).toMatch(/^stp_build_info\{version="\d+\.\d+\.\d+"\} 1$/m);
    expect(text).toContain("stp_answers_in_flight");
    expect(text).toContain("nodejs_eventloop_lag_seconds");
    expect(text).toContain("process_resident_memory_bytes");
    // And every metric in the README's table, so the table cannot name one that is not served.
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const named = [...readme.matchAll(/^\| `((?:stp|nodejs|process)_\w+)` \|/gm)].map((m) => m[1]);
    expect(named.length).toBeGreaterThanOrEqual(11);
    for (const name of named) expect(text, name).toContain(`${name}`);
  });

  it("answers 404 for any other path", async () => {
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
  });

  it("reports a HEALTH_PORT in use as a ConfigError naming HEALTH_PORT", async () => {
    const attempt = startServiceServer(server.port, readiness, "127.0.0.1");
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(`HEALTH_PORT ${server.port} is already in use`);
  });
});

describe("addServiceRoutes", () => {
  it("adds the three routes to an app shaped like Hono's, answering with Fetch Responses", async () => {
    const routes = new Map<string, () => Response | Promise<Response>>();
    const app = {
      get(path: string, handler: (context: never) => Response | Promise<Response>) {
        routes.set(path, () => handler({} as never));
        return app;
      },
    };
    const own = createReadiness();
    own.set("web", false, "starting");
    addServiceRoutes(app, own);
    expect([...routes.keys()]).toEqual(["/healthz", "/readyz", "/metrics"]);
    expect((await routes.get("/healthz")?.())?.status).toBe(200);
    const ready = await routes.get("/readyz")?.();
    expect(ready?.status).toBe(503);
    expect(await ready?.json()).toEqual({ status: "not ready", reasons: ["web: starting"] });
    expect(await (await routes.get("/metrics")?.())?.text()).toContain("stp_questions_total");
  });
});
