// State shared by replicas through a real redis-server: each store seen from two connections (two replicas), and what happens when Redis goes away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectRedis,
  createFirstSighting,
  createRedisAnswerStore,
  createRedisConversationStore,
  createRedisRateLimiter,
  type RedisLink,
} from "../../adapters/shared-state/index.ts";
import { loadEngine, toTurn } from "../../src/index.ts";
import { startTestRedis, type TestRedis } from "../helpers/redis-server.ts";

const redis = await startTestRedis();
if (typeof redis === "string") console.warn(`shared-state tests skipped: ${redis}`);
const server = typeof redis === "string" ? null : redis;

const warnings: string[] = [];
const logger = { info: () => {}, warn: (m: string) => warnings.push(m), error: () => {} };
let one: RedisLink;
let two: RedisLink;

beforeAll(async () => {
  if (!server) return;
  one = await connectRedis(server.url, logger);
  two = await connectRedis(server.url, logger);
});

afterAll(async () => {
  await one?.close();
  await two?.close();
  await server?.stop();
});

describe.skipIf(!server)("state shared through Redis by two replicas", () => {
  it("lets exactly one of two replicas handed the same event at once answer it", async () => {
    const [a, b] = [createFirstSighting(one), createFirstSighting(two)];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b)("slack-event:Ev-same", 60_000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a("slack-event:Ev-other", 60_000)).toBe(true);
  });

  it("carries a conversation on whichever replica the next message reaches", async () => {
    const engine = await loadEngine();
    const first = createRedisConversationStore(one);
    const second = createRedisConversationStore(two);
    const answer = engine.ask("what is an STP?");
    await first.add("C1:1700.1", toTurn("what is an STP?", answer));
    expect(await second.has("C1:1700.1")).toBe(true);
    const turns = await second.turns("C1:1700.1");
    expect(turns.map((t) => t.question)).toEqual(["what is an STP?"]);
    expect(engine.ask("who leads them?", turns).understood?.toLowerCase()).toMatch(/lead/);
    await second.forget("C1:1700.1");
    expect(await first.has("C1:1700.1")).toBe(false);
  });

  it("ends a DM's conversation for every replica once it has been idle too long", async () => {
    let now = 1_000_000;
    const clock = () => now;
    const first = createRedisConversationStore(one, { now: clock });
    const second = createRedisConversationStore(two, { now: clock });
    const engine = await loadEngine();
    await first.add("dm:D1", toTurn("how big is the fund", engine.ask("how big is the fund")));
    now += 31 * 60 * 1000;
    expect(await second.turns("dm:D1", { maxIdleMs: 30 * 60 * 1000 })).toEqual([]);
    expect(await first.has("dm:D1")).toBe(false);
  });

  it("counts a user's questions against one limit across replicas", async () => {
    const options = { limit: 3, windowMs: 60_000 };
    const [a, b] = [createRedisRateLimiter(one, options), createRedisRateLimiter(two, options)];
    const decisions = [
      await a.take("user-1"),
      await b.take("user-1"),
      await a.take("user-1"),
      await b.take("user-1"),
      await a.take("user-1"),
    ];
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
    const [refused, again] = [decisions[3], decisions[4]];
    expect(refused).toMatchObject({ allowed: false, firstRefusal: true });
    expect(again).toMatchObject({ allowed: false, firstRefusal: false });
    if (refused && !refused.allowed) expect(refused.retryAfterMs).toBeGreaterThan(59_000);
    expect((await b.take("user-2")).allowed).toBe(true);
  });

  it("finds a button's answer on another replica and counts each person's vote once", async () => {
    const engine = await loadEngine();
    const [a, b] = [createRedisAnswerStore(one), createRedisAnswerStore(two)];
    const answer = engine.ask("How many STP areas are there?");
    const id = await a.save(answer);
    expect(await b.get(id)).toEqual(answer);
    expect(await b.markVoted(id, "ann")).toBe(true);
    expect(await a.markVoted(id, "ann")).toBe(false);
    expect(await a.markVoted(id, "bob")).toBe(true);
    expect(await b.get("no-such-id")).toBeNull();
  });
});

describe.skipIf(!server)("when Redis goes away", () => {
  it("keeps every store working from memory, warns once, and uses Redis again once it is back", async () => {
    if (!server) return;
    const own: TestRedis = server;
    // Its own log: the other replicas' connections warn too, once each.
    const ownWarnings: string[] = [];
    const ownLogger = { ...logger, warn: (m: string) => ownWarnings.push(m) };
    const link = await connectRedis(own.url, ownLogger, { warnEveryMs: 60_000 });
    const isFirst = createFirstSighting(link);
    const conversations = createRedisConversationStore(link);
    const limiter = createRedisRateLimiter(link, { limit: 1 });
    const engine = await loadEngine();
    const turn = (question: string) => toTurn(question, engine.ask(question));
    try {
      // A thread answered in before the outage, and followed up during it.
      await conversations.add("C9:thread", turn("what is an STP?"));
      await own.kill();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(link.up).toBe(false);
      expect(await conversations.has("C9:thread")).toBe(true);
      await conversations.add("C9:thread", turn("who leads them?"));
      const started = performance.now();
      expect(await isFirst("slack-event:Ev-outage", 60_000)).toBe(true);
      expect(await isFirst("slack-event:Ev-outage", 60_000)).toBe(false);
      await conversations.add("C9:1", toTurn("what is an STP?", engine.ask("what is an STP?")));
      expect((await conversations.turns("C9:1")).map((t) => t.question)).toEqual([
        "what is an STP?",
      ]);
      expect((await limiter.take("user-9")).allowed).toBe(true);
      expect((await limiter.take("user-9")).allowed).toBe(false);
      // Nothing waited for Redis: every call fell back at once.
      expect(performance.now() - started).toBeLessThan(200);
      const aboutRedis = ownWarnings.filter((w) => w.includes("Redis at 127.0.0.1"));
      expect(aboutRedis).toHaveLength(1);
      expect(aboutRedis[0]).toContain("answering with this replica's own memory meanwhile");
      await own.restart();
      const deadline = Date.now() + 5000;
      while (!(link.up && one.up) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(link.up && one.up).toBe(true);
      expect(await createFirstSighting(one)("slack-event:Ev-after", 60_000)).toBe(true);
      expect(await isFirst("slack-event:Ev-after", 60_000)).toBe(false);
      // The follow-up answered during the outage is the latest turn, not Redis's older copy; the
      // next answer writes the whole conversation back, for every replica.
      const questions = async () => (await conversations.turns("C9:thread")).map((t) => t.question);
      expect(await questions()).toEqual(["what is an STP?", "who leads them?"]);
      await conversations.add("C9:thread", turn("when were they due?"));
      const elsewhere = await createRedisConversationStore(one).turns("C9:thread");
      expect(elsewhere.map((t) => t.question)).toEqual([
        "what is an STP?",
        "who leads them?",
        "when were they due?",
      ]);
    } finally {
      await link.close();
    }
  });
});

describe("a Redis that stays away", () => {
  it("is warned about once per interval (a minute by default), however often reconnecting fails", async () => {
    // A port nothing listens on: every reconnect (every 0.1 s at first, then every 2 s) fails.
    const closed = await freePort();
    const lines: string[] = [];
    const quiet = { ...logger, warn: (m: string) => lines.push(m) };
    const started = Date.now();
    // 400 ms stands in for the minute, so the test sees the warning come back without a minute's wait.
    const link = await connectRedis(`redis://127.0.0.1:${closed}`, quiet, {
      connectWaitMs: 100,
      warnEveryMs: 400,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const elapsed = Date.now() - started;
      expect(link.up).toBe(false);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.length).toBeLessThanOrEqual(Math.ceil(elapsed / 400));
      expect(
        lines.every((line) => line.includes(`Redis at 127.0.0.1:${closed} is unavailable`)),
      ).toBe(true);
    } finally {
      await link.close();
    }
  });
});

/** A port that was free a moment ago: listened on, then closed. */
async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 1;
}
