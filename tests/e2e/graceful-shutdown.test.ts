// A restart as an operator does it: SIGTERM while 20 answers are in flight posts all 20, refuses new events with 503, exits 0, and the next process answers none of them again.
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BotProcess,
  healthPortLine,
  slackEventsUrl,
  startBotProcess,
} from "../helpers/bot-process.ts";
import { startTestRedis } from "../helpers/redis-server.ts";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "./fakes/slack-api.ts";
import { eventCallback, mention, postSigned } from "./fakes/slack-requests.ts";

const botToken = "xoxb-2020-2020-shutdownTestBotToken";
const signingSecret = "5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d";
const inFlight = 20;

const redis = await startTestRedis();
if (typeof redis === "string")
  console.warn(`graceful restart: the part after the restart is skipped: ${redis}`);
const server = typeof redis === "string" ? null : redis;

let fake: FakeSlackApi;
const bots: BotProcess[] = [];

function startBot(): BotProcess {
  const bot = startBotProcess("adapters/slack/main.ts", {
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    FEEDBACK_LOG: path.join(tmpdir(), "stp-shutdown-test.jsonl"),
    ...(server ? { REDIS_URL: server.url } : {}),
  });
  bots.push(bot);
  return bot;
}

beforeAll(async () => {
  fake = await startFakeSlackApi({ botToken });
});

afterAll(async () => {
  for (const bot of bots) bot.child.kill("SIGKILL");
  await fake?.close();
  await server?.stop();
});

const posts = () => fake.callsTo("chat.postMessage");

describe("a graceful restart of the Slack bot", () => {
  const events = Array.from({ length: inFlight }, (_, i) =>
    eventCallback(mention(i % 2 ? "How many STP areas are there?" : "Who leads each STP?")),
  );

  it(`posts all ${inFlight} answers in flight on SIGTERM, answers 503 meanwhile, and exits 0`, async () => {
    const bot = startBot();
    const url = (await bot.waitForLog(slackEventsUrl, "the events URL"))[0];
    const healthPort = (await bot.waitForLog(healthPortLine, "the health port"))[1];
    // Slack takes 1.5 s to accept each post, so every answer is still in flight at the signal.
    fake.delay("chat.postMessage", 1500);
    const acks = await Promise.all(
      events.map((body) => postSigned(url, signingSecret, { json: body })),
    );
    expect(acks.map((r) => r.status)).toEqual(Array(inFlight).fill(200));
    await waitFor(`${inFlight} posts under way`, () => posts().length === inFlight, 10_000);
    bot.child.kill("SIGTERM");
    await bot.waitForLog(/shutdown: SIGTERM/, "the shutdown line");
    const late = await postSigned(url, signingSecret, { json: eventCallback(mention("late?")) });
    expect(late.status).toBe(503);
    const ready = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain("shutting down (SIGTERM)");
    expect(await bot.exit).toBe(0);
    const answered = bot.output().match(/slack: answered a mention/g) ?? [];
    expect(answered).toHaveLength(inFlight);
    expect(bot.output()).toMatch(/shutdown: done in \d+ ms/);
    expect(bot.output()).not.toContain("still in flight");
    fake.delay("chat.postMessage", 0);
  }, 60_000);

  it.skipIf(!server)(
    "answers none of them again after the restart, when Slack re-sends them",
    async () => {
      const before = posts().length;
      const bot = startBot();
      const url = (await bot.waitForLog(slackEventsUrl, "the events URL"))[0];
      await bot.waitForLog(/connected to Redis/, "the Redis connection");
      for (const body of events) {
        const response = await postSigned(url, signingSecret, { json: body }, { retryNum: 1 });
        expect(response.status).toBe(200);
      }
      // A new event, answered once, shows the re-sent ones were dealt with before it.
      const fresh = mention("How big is the fund?");
      await postSigned(url, signingSecret, { json: eventCallback(fresh) });
      await waitFor("the new event's answer", () =>
        posts().some((call) => call.body.thread_ts === fresh.ts),
      );
      expect(posts().length - before).toBe(1);
      expect(bot.output().match(/already answered \(Slack re-sent it/g)).toHaveLength(inFlight);
      bot.child.kill("SIGTERM");
      expect(await bot.exit).toBe(0);
    },
    60_000,
  );
});
