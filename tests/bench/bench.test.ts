// The benchmark keeps working: one tiny size end to end. Timings are printed by `npm run bench`, never asserted.
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/index.ts";
import { loadEvalConversations } from "../eval/conversation-metrics.ts";
import { benchLatency, benchMemory, conversationAnswers } from "./followup.ts";
import { benchSize, formatTable } from "./run.ts";
import { soakDiscord, soakEngine, soakSlack } from "./soak.ts";
import { formatWebLoad, runWebLoad } from "./web-load.ts";

describe("npm run bench", () => {
  it("measures a 300-passage corpus and prints a table row for it", async () => {
    const row = await benchSize(300, 1);
    expect(row.passages).toBe(300);
    expect(formatTable([row])).toMatch(/^\| 300 \|/m);
  }, 60_000);
});

describe("npm run bench:followup", () => {
  it("fills a store with threads up to its cap and times follow-ups beside fresh questions", async () => {
    const engine = await loadEngine();
    const conversations = loadEvalConversations().slice(0, 5);
    const memory = benchMemory(conversationAnswers(engine, conversations), 50);
    expect(memory.keptAfterOverflow).toBe(50);
    const latency = benchLatency(engine, conversations, 1, "bundled");
    expect(latency.turns).toBeGreaterThan(0);
    expect(latency.followUps.p50).toBeGreaterThan(0);
  }, 60_000);
});

describe("npm run bench:soak", () => {
  it("asks questions through the engine and sends Slack events to the bot in its own process, without an error", async () => {
    const engine = await soakEngine(300);
    expect(engine.errors).toBe(0);
    const slack = await soakSlack(30, 2);
    expect(slack.errors).toBe(0);
    expect(slack.replies).toBe(30);
    expect(slack.cpuMsPerEvent).toBeGreaterThan(0);
  }, 90_000);

  it("sends Discord messages (mentions, replies to its answers, DMs) to a shard in its own process: one reply each, no errors", async () => {
    const discord = await soakDiscord(30, 2);
    expect(discord.errors).toBe(0);
    expect(discord.replies).toBe(30);
    expect(discord.unanswered).toBe(0);
    expect(discord.answeredTwice).toBe(0);
    expect(discord.cpuMsPerEvent).toBeGreaterThan(0);
  }, 90_000);
});

describe("npm run bench:web", () => {
  it("has clients from their own addresses flood a real server, which answers or says 429, nothing else", async () => {
    const result = await runWebLoad({ clients: 4, seconds: 2, rateLimit: 5, warm: false });
    expect(result.errors).toEqual([]);
    expect(result.answered).toBe(4 * 5);
    expect(result.limited).toBeGreaterThan(0);
    expect(formatWebLoad(result)).toMatch(
      /^4 clients \(flood, nothing cached\) for 2 s, WEB_RATE_LIMIT=5/,
    );
  }, 60_000);
});
