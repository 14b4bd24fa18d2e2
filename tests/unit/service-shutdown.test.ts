// The graceful shutdown's order: refuse new events, let answers in flight finish, close hooks last-first, exit 0; a second signal exits at once.
import { describe, expect, it } from "vitest";
import { createInFlight } from "../../adapters/service/in-flight.ts";
import { createReadiness } from "../../adapters/service/readiness.ts";
import { createShutdown } from "../../adapters/service/shutdown.ts";

function harness(graceMs = 1000) {
  const steps: string[] = [];
  const exits: number[] = [];
  const inFlight = createInFlight();
  const readiness = createReadiness();
  const logger = { info: () => {}, warn: (m: string) => steps.push(`warn ${m}`), error: () => {} };
  const shutdown = createShutdown({
    inFlight,
    readiness,
    logger,
    graceMs,
    closeTimeoutMs: 200,
    repeatWindowMs: 100,
    exit: (code) => void exits.push(code),
  });
  return { steps, exits, inFlight, readiness, shutdown };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createShutdown", () => {
  it("stops taking events, waits for answers in flight, closes last-registered first, then exits 0", async () => {
    const { steps, exits, inFlight, readiness, shutdown } = harness();
    shutdown.onClose("redis", () => steps.push("close redis"));
    shutdown.onClose("question log", () => steps.push("flush question log"));
    shutdown.onClose("slack", () => steps.push("close slack"));
    shutdown.onStopTaking("slack", () => steps.push("stop taking slack"));
    const answer = inFlight.run(async () => {
      await sleep(50);
      steps.push("answer posted");
    });
    await shutdown.run("SIGTERM");
    await answer;
    expect(steps).toEqual([
      "stop taking slack",
      "answer posted",
      "close slack",
      "flush question log",
      "close redis",
    ]);
    expect(exits).toEqual([0]);
    expect(inFlight.accepting).toBe(false);
    expect(readiness.check()).toEqual({
      ready: false,
      reasons: ["shutdown: shutting down (SIGTERM)"],
    });
  });

  it("closes anyway once the grace period is over, saying how many answers were left", async () => {
    const { steps, exits, inFlight, shutdown } = harness(50);
    void inFlight.run(() => sleep(1000));
    await shutdown.run("SIGTERM");
    expect(steps.join("\n")).toContain("1 answer(s) still in flight after 0.05 s; closing anyway");
    expect(exits).toEqual([0]);
  });

  it("goes on past a close hook that fails or hangs", async () => {
    const { steps, exits, shutdown } = harness();
    shutdown.onClose("last", () => steps.push("closed last"));
    shutdown.onClose("hangs", () => new Promise(() => {}));
    shutdown.onClose("fails", () => {
      throw new Error("boom");
    });
    await shutdown.run("SIGINT");
    expect(steps.at(-1)).toBe("closed last");
    expect(steps.some((s) => s.includes("hangs took over 200 ms"))).toBe(true);
    expect(exits).toEqual([0]);
  });

  it("gives a close hook that bounds its own wait the time it asks for", async () => {
    const { steps, exits, shutdown } = harness();
    shutdown.onClose("question log", () => sleep(400).then(() => steps.push("log written")), 1000);
    await shutdown.run("SIGTERM");
    expect(steps).toEqual(["log written"]);
    expect(exits).toEqual([0]);
  });

  it("exits at once with 128 + the signal's number on a second signal", async () => {
    const { exits, inFlight, shutdown } = harness(5000);
    void inFlight.run(() => sleep(400));
    const first = shutdown.run("SIGINT");
    await sleep(150);
    await shutdown.run("SIGINT");
    expect(exits).toEqual([130]);
    await first;
    expect(exits).toEqual([130, 0]);
  });

  it("takes the same signal delivered twice at once as one", async () => {
    const { exits, inFlight, shutdown } = harness(5000);
    void inFlight.run(() => sleep(50));
    const first = shutdown.run("SIGTERM");
    await shutdown.run("SIGTERM");
    await first;
    expect(exits).toEqual([0]);
  });
});

describe("createInFlight", () => {
  it("counts work until it settles and settles at once when nothing is in flight", async () => {
    const inFlight = createInFlight();
    expect(await inFlight.settled(10)).toBe(0);
    const work = inFlight.run(() => sleep(30).then(() => "done"));
    expect(inFlight.count).toBe(1);
    expect(await inFlight.settled(1000)).toBe(0);
    expect(await work).toBe("done");
    expect(inFlight.count).toBe(0);
  });
});

describe("createReadiness", () => {
  it("is ready only when every declared part is up, giving each reason", () => {
    const readiness = createReadiness();
    expect(readiness.check()).toEqual({ ready: true, reasons: [] });
    readiness.set("index", false, "loading the documents");
    readiness.set("slack", false, "reconnecting to Socket Mode");
    expect(readiness.check()).toEqual({
      ready: false,
      reasons: ["index: loading the documents", "slack: reconnecting to Socket Mode"],
    });
    readiness.set("index", true);
    readiness.set("slack", true);
    expect(readiness.check().ready).toBe(true);
  });
});
