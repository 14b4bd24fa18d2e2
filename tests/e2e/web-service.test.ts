// The web page as part of the service: /healthz and /readyz on its own port unless HEALTH_PORT names another (/metrics only when HEALTH_PORT names it), its questions counted with platform `web`, 503 once a shutdown began, and its server closed by the shutdown.
import { request } from "node:http";
import { connect, createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { standaloneService } from "../../adapters/service/adapter-service.ts";
import { registry } from "../../adapters/service/metrics.ts";
import { defaultWebConfig } from "../../adapters/web/config.ts";
import { createWebApp, loadAssets } from "../../adapters/web/index.ts";
import { loadEngine } from "../../src/index.ts";
import { healthPortLine, startBotProcess } from "../helpers/bot-process.ts";

const webLine = /serving the question page at http:\/\/[^:]+:(\d+)\//;

/** The count of `stp_questions_total` for the web and `outcome` in a /metrics text. */
function webQuestions(metricsText: string, outcome: string): number {
  const line = new RegExp(
    `^stp_questions_total\\{platform="web",outcome="${outcome}"\\} (\\d+)`,
    "m",
  );
  return Number(line.exec(metricsText)?.[1] ?? 0);
}

describe("npm start with the web page, as a service", () => {
  it("serves /healthz and /readyz but not /metrics on the public page's port when HEALTH_PORT is unset, and says how to get metrics", async () => {
    const bot = startBotProcess("adapters/web/main.ts", {
      WEB_PORT: "0",
      WEB_HOST: "127.0.0.1",
      WEB_OPERATOR: "Test",
      HEALTH_PORT: "",
    });
    try {
      const port = (await bot.waitForLog(webLine, "the page's address", 60_000))[1];
      await bot.waitForLog(/\/healthz and \/readyz on port \d+/, "the health routes");
      expect(bot.output()).toContain("set HEALTH_PORT to a private port");
      // No listener of their own: the default 9090 is not taken.
      expect(bot.output()).not.toMatch(/\/metrics on port/);
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      bot.child.kill("SIGTERM");
      expect(await bot.exit).toBe(0);
    } finally {
      bot.child.kill("SIGKILL");
    }
  }, 90_000);

  it("serves /healthz, /readyz and /metrics from the web page's port when HEALTH_PORT names it, counts web questions, and exits 0 on SIGTERM", async () => {
    const webPort = String(await freePort());
    const bot = startBotProcess("adapters/start.ts", {
      WEB_PORT: webPort,
      WEB_HOST: "127.0.0.1",
      WEB_OPERATOR: "Test",
      HEALTH_PORT: webPort,
    });
    try {
      const port = (await bot.waitForLog(webLine, "the page's address", 60_000))[1];
      const healthPort = (await bot.waitForLog(healthPortLine, "the health routes"))[1];
      expect(healthPort).toBe(port);
      // No listener of their own: the default 9090 is not taken.
      expect(bot.output()).not.toMatch(/\/metrics on port 9090/);
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
      const before = await (await fetch(`${base}/metrics`)).text();
      await fetch(`${base}/?q=${encodeURIComponent("How many STP areas are there?")}`);
      await fetch(`${base}/api/ask?q=${encodeURIComponent("what is the weather on mars")}`);
      const after = await (await fetch(`${base}/metrics`)).text();
      expect(webQuestions(after, "answered") - webQuestions(before, "answered")).toBe(1);
      expect(webQuestions(after, "declined") - webQuestions(before, "declined")).toBe(1);
      // The start-up warm-up's own two questions are not counted.
      expect(webQuestions(before, "answered") + webQuestions(before, "declined")).toBe(0);
      // One JSON line per answer with platform, outcome and latency, never the question.
      expect(bot.output()).toMatch(
        /"platform":"web","outcome":"answered","latencyMs":[\d.]+,"msg":"web: answered a question"/,
      );
      expect(bot.output()).not.toContain("weather on mars");
      bot.child.kill("SIGTERM");
      expect(await bot.exit).toBe(0);
      expect(bot.output()).toMatch(/shutdown: done in \d+ ms/);
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    } finally {
      bot.child.kill("SIGKILL");
    }
  }, 90_000);

  it("keeps health and metrics on HEALTH_PORT, off the page's port, when HEALTH_PORT names another port", async () => {
    const bot = startBotProcess("adapters/web/main.ts", {
      WEB_PORT: "0",
      WEB_HOST: "127.0.0.1",
      WEB_OPERATOR: "Test",
      HEALTH_PORT: String(await freePort()),
    });
    try {
      const healthPort = (await bot.waitForLog(healthPortLine, "the health port", 60_000))[1];
      const port = (await bot.waitForLog(webLine, "the page's address", 60_000))[1];
      expect(healthPort).not.toBe(port);
      expect((await fetch(`http://127.0.0.1:${healthPort}/metrics`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      bot.child.kill("SIGTERM");
      expect(await bot.exit).toBe(0);
    } finally {
      bot.child.kill("SIGKILL");
    }
  }, 90_000);
});

describe("the web page during a shutdown", () => {
  it("sends the whole answer to a request whose body is still arriving at SIGTERM", async () => {
    const bot = startBotProcess("adapters/web/main.ts", {
      WEB_PORT: "0",
      WEB_HOST: "127.0.0.1",
      WEB_OPERATOR: "Test",
    });
    try {
      const port = Number((await bot.waitForLog(webLine, "the page's address", 60_000))[1]);
      const body = JSON.stringify({ question: "How many STP areas are there?" });
      const socket = connect(port, "127.0.0.1");
      let reply = "";
      socket.on("data", (chunk) => {
        reply += String(chunk);
      });
      const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      socket.write(
        `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 5)}`,
      );
      // The request is under way (its headers read) when the signal comes; the rest follows.
      await new Promise((resolve) => setTimeout(resolve, 300));
      bot.child.kill("SIGTERM");
      await bot.waitForLog(/shutdown: SIGTERM/, "the shutdown line");
      socket.write(body.slice(5));
      await closed;
      expect(reply).toMatch(/^HTTP\/1\.1 200 /);
      expect(reply).toContain('"answered":true');
      expect(await bot.exit).toBe(0);
    } finally {
      bot.child.kill("SIGKILL");
    }
  }, 90_000);

  it("answers every request sent just before SIGTERM, with its answer or 503, and resets none", async () => {
    const bot = startBotProcess("adapters/web/main.ts", {
      WEB_PORT: "0",
      WEB_HOST: "127.0.0.1",
      WEB_OPERATOR: "Test",
      WEB_RATE_LIMIT: "0",
    });
    try {
      const port = Number((await bot.waitForLog(webLine, "the page's address", 60_000))[1]);
      // 100 visitors, each on a connection of their own: half ask just before the signal, half
      // just after. Before, the server closed as soon as the answers it had begun were sent, and
      // reset the connections whose requests it had not read yet.
      const before = Array.from({ length: 50 }, (_, i) => askOnItsOwn(port, i));
      await new Promise((resolve) => setTimeout(resolve, 20));
      bot.child.kill("SIGTERM");
      const after = Array.from({ length: 50 }, (_, i) => askOnItsOwn(port, 50 + i));
      const statuses = await Promise.all([...before, ...after]);
      expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
      expect(await bot.exit).toBe(0);
    } finally {
      bot.child.kill("SIGKILL");
    }
  }, 90_000);

  it("answers new requests 503 with Retry-After, and /readyz still, once the service stops accepting", async () => {
    const service = { ...standaloneService(), healthRoutes: true };
    const app = createWebApp(await loadEngine(), defaultWebConfig, {
      assets: await loadAssets(),
      service,
    });
    expect((await app.request("/?q=what+is+an+stp")).status).toBe(200);
    service.readiness.set("shutdown", false, "shutting down (SIGTERM)");
    service.inFlight.stopAccepting();
    const page = await app.request("/?q=what+is+an+stp");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain("restarting");
    const api = await app.request("/api/ask?q=what+is+an+stp");
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: string }).error).toContain("ask again in 5 seconds");
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(503);
    expect(await ready.text()).toContain("shutting down (SIGTERM)");
    // The health routes and the 503 carry the site's security headers like every page.
    for (const response of [page, api, ready, await app.request("/metrics")])
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("counts a request as in flight until its answer is sent, so the shutdown waits for it", async () => {
    const service = standaloneService();
    const app = createWebApp(await loadEngine(), defaultWebConfig, {
      assets: await loadAssets(),
      service,
    });
    const counts: number[] = [];
    const asked = app.request("/api/ask?q=what+is+an+stp");
    counts.push(service.inFlight.count);
    await asked;
    counts.push(service.inFlight.count);
    expect(counts).toEqual([1, 0]);
    expect(await registry.getSingleMetricAsString("stp_questions_total")).toContain(
      'platform="web"',
    );
  });
});

/** The status of one question asked on a connection of its own, or the error's code (ECONNRESET). */
function askOnItsOwn(port: number, n: number): Promise<number | string> {
  return new Promise((resolve) => {
    const path = `/api/ask?q=${encodeURIComponent(`How many STP areas are there? (${n})`)}`;
    request({ host: "127.0.0.1", port, path, agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    })
      .on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
      .end();
  });
}

/** A port that was free a moment ago: listened on, then closed. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}
