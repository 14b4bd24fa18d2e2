// Two Slack bots in HTTP mode behind one load balancer, sharing a real Redis: an event re-sent to the other replica is answered once, a thread carries on across replicas, and answers go on when Redis dies.
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, slackEventsUrl, startBotProcess } from "../helpers/bot-process.ts";
import { startTestRedis } from "../helpers/redis-server.ts";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "./fakes/slack-api.ts";
import { channelMessage, eventCallback, mention, postSigned } from "./fakes/slack-requests.ts";

const botToken = "xoxb-5555-6666-replicaTestBotToken";
const signingSecret = "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e";

const redis = await startTestRedis();
if (typeof redis === "string") console.warn(`Slack replica tests skipped: ${redis}`);
const server = typeof redis === "string" ? null : redis;

let fake: FakeSlackApi;
const replicas: { bot: BotProcess; url: string }[] = [];

beforeAll(async () => {
  if (!server) return;
  fake = await startFakeSlackApi({ botToken });
  for (const name of ["a", "b"]) {
    const bot = startBotProcess("adapters/slack/main.ts", {
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      REDIS_URL: server.url,
      FEEDBACK_LOG: path.join(tmpdir(), `stp-replica-${name}.jsonl`),
    });
    replicas.push({ bot, url: "" });
  }
  for (const replica of replicas) {
    replica.url = (await replica.bot.waitForLog(slackEventsUrl, "the events URL"))[0];
    await replica.bot.waitForLog(/connected to Redis/, "the Redis connection");
  }
}, 60_000);

afterAll(async () => {
  for (const { bot } of replicas) bot.child.kill("SIGKILL");
  await fake?.close();
  await server?.stop();
});

const repliesTo = (ts: string) =>
  fake.callsTo("chat.postMessage").filter((call) => call.body.thread_ts === ts);

describe.skipIf(!server)("two Slack replicas sharing a Redis", () => {
  it("answers an event sent to both replicas at once (as Slack's retry would) exactly once", async () => {
    const [a, b] = replicas;
    const event = mention("How many STP areas are there?");
    const body = eventCallback(event);
    const responses = await Promise.all([
      postSigned(a?.url ?? "", signingSecret, { json: body }),
      postSigned(b?.url ?? "", signingSecret, { json: body }, { retryNum: 1 }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await waitFor("the reply", () => repliesTo(event.ts).length > 0, 10_000);
    // A later event through both replicas is answered after the duplicate was dealt with.
    const later = mention("Who leads each STP?");
    await postSigned(b?.url ?? "", signingSecret, { json: eventCallback(later) });
    await waitFor("the later reply", () => repliesTo(later.ts).length > 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(repliesTo(event.ts)).toHaveLength(1);
    const skipped = replicas.map(({ bot }) => bot.output()).join("\n");
    expect(skipped).toContain(`skipped event ${body.event_id}, already answered`);
  });

  it("answers a reply in its thread as a follow-up on the other replica", async () => {
    const [a, b] = replicas;
    const event = mention("what is an STP?", { channel: "C0REPLICA" });
    await postSigned(a?.url ?? "", signingSecret, { json: eventCallback(event) });
    await waitFor("the first answer", () => repliesTo(event.ts).length === 1, 10_000);
    // The bot logs once Slack has answered the post and the turn is kept, just after the fake records it.
    await a?.bot.waitForLog(/answered a mention in C0REPLICA/, "the first answer's log line");
    const reply = channelMessage("who leads them?", { channel: "C0REPLICA", threadTs: event.ts });
    await postSigned(b?.url ?? "", signingSecret, { json: eventCallback(reply) });
    await waitFor("the follow-up", () => repliesTo(event.ts).length === 2, 10_000);
    await b?.bot.waitForLog(/answered a thread reply \(a follow-up\) in C0REPLICA/, "the log line");
  });

  it("keeps answering when Redis is killed, and warns once", async () => {
    const [a, b] = replicas;
    await server?.kill();
    for (const [index, replica] of [a, b].entries()) {
      const event = mention(index ? "Who leads each STP?" : "How big is the fund?");
      const response = await postSigned(replica?.url ?? "", signingSecret, {
        json: eventCallback(event),
      });
      expect(response.status).toBe(200);
      await waitFor("the reply without Redis", () => repliesTo(event.ts).length === 1, 10_000);
    }
    for (const replica of [a, b]) {
      const warnings = (replica?.bot.output() ?? "").match(
        /Redis at 127\.0\.0\.1:\d+ is unavailable/g,
      );
      expect(warnings).toHaveLength(1);
    }
  });
});
