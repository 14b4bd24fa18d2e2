// Faults injected through the fake Slack and Discord servers: rate limits, server errors and dropped connections, each ending in one answer.
import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordBot, startDiscord } from "../../adapters/discord/bot.ts";
import { readDiscordConfig } from "../../adapters/discord/config.ts";
import { type RunningSlack, startSlack } from "../../adapters/slack/index.ts";
import { type Engine, loadEngine } from "../../src/index.ts";
import { FakeDiscord, waitFor as waitForDiscord } from "./fakes/discord.ts";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "./fakes/slack-api.ts";
import { eventCallback, mention, postSigned } from "./fakes/slack-requests.ts";
import type { FakeSlackSocket } from "./fakes/slack-socket.ts";
import { type SocketModeSlack, startSocketModeSlack } from "./fakes/slack-socket-bot.ts";

const botToken = "xoxb-7777-8888-faultTestBotToken";
const appToken = "xapp-1-A0STPBOT-9999-faultTestAppToken";
const signingSecret = "fa17fa17fa17fa17fa17fa17fa17fa17";
const discordToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-for-tests-only_0123456789abcdef";

const logs: string[] = [];
const logger = {
  info: (m: string) => logs.push(`info ${m}`),
  warn: (m: string) => logs.push(`warn ${m}`),
  error: (m: string) => logs.push(`error ${m}`),
};
let engine: Engine;

beforeAll(async () => {
  engine = await loadEngine();
});

describe("Slack Web API faults, over HTTP mode", () => {
  let fake: FakeSlackApi;
  let slack: RunningSlack;
  let eventsUrl: string;

  beforeAll(async () => {
    fake = await startFakeSlackApi({ botToken });
    slack = await startSlack(
      engine,
      { mode: "http", botToken, signingSecret, port: 0, apiUrl: fake.apiUrl },
      logger,
    );
    eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
  });

  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
  });

  async function ask(question: string) {
    const event = mention(question);
    const sent = performance.now();
    const response = await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    expect(response.status).toBe(200);
    const attempts = () =>
      fake.callsTo("chat.postMessage").filter((call) => call.body.thread_ts === event.ts);
    await waitFor("the answer's log line", () =>
      logs.some((line) => line.includes("answered a mention") && line.includes(event.channel)),
    );
    return { attempts: attempts(), ms: performance.now() - sent };
  }

  it("posts once, after the wait Slack asks for, when chat.postMessage answers 429 with Retry-After", async () => {
    logs.length = 0;
    fake.failHttp("chat.postMessage", { status: 429, headers: { "retry-after": "1" } });
    const { attempts, ms } = await ask("How many STP areas are there?");
    // The 429 and then the post that went through.
    expect(attempts).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(1000);
    expect(logs.filter((line) => line.startsWith("error"))).toEqual([]);
  });

  it("posts once when chat.postMessage fails with 500 twice, then answers 200", async () => {
    logs.length = 0;
    fake.failHttp("chat.postMessage", { status: 500, times: 2 });
    const { attempts } = await ask("Who leads each STP?");
    expect(attempts).toHaveLength(3);
    expect(logs.filter((line) => line.startsWith("error"))).toEqual([]);
  });
});

describe("Slack Socket Mode connection dropped", () => {
  let fake: FakeSlackApi;
  let socket: FakeSlackSocket;
  let running: SocketModeSlack | undefined;

  beforeAll(async () => {
    running = await startSocketModeSlack(engine, { botToken, appToken }, logger);
    ({ fake, socket } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it("reconnects through apps.connections.open and answers the next event", async () => {
    const opens = fake.callsTo("apps.connections.open").length;
    socket.drop();
    await waitFor("a new connection", () => socket.connections === 2, 15_000);
    expect(fake.callsTo("apps.connections.open").length).toBeGreaterThan(opens);
    const event = mention("How many STP areas are there?");
    socket.send({
      envelope_id: "env-after-drop",
      type: "events_api",
      accepts_response_payload: false,
      payload: eventCallback(event),
    });
    await waitFor("the answer", () =>
      fake.callsTo("chat.postMessage").find((call) => call.body.thread_ts === event.ts),
    );
  });
});

describe("Discord faults", () => {
  const intents =
    GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
  let fake: FakeDiscord;
  let bot: DiscordBot;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: discordToken, intents });
    const config = readDiscordConfig({
      DISCORD_TOKEN: discordToken,
      DISCORD_API_URL: fake.apiUrl,
      FEEDBACK_LOG: "x",
    });
    bot = await startDiscord(engine, config, logger);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  // discord.js resumes after these (4000 is tests/e2e/discord.test.ts's), and identifies anew
  // after 4007 and 4008, which Discord does not let a session survive.
  it.each([
    [4001, "unknown opcode"],
    [4002, "decode error"],
    [4009, "session timed out"],
  ])("resumes its session after the gateway closes with %i (%s), and answers", async (code) => {
    const resumes = fake.resumes.length;
    fake.dropConnections(code);
    await waitForDiscord(() => fake.resumes.length > resumes, "a RESUME", 15_000);
    expect(fake.resumes.at(-1)?.session_id).toBe("session-0");
    expect(fake.identifies).toHaveLength(1);
    const message = fake.message(`<@${fake.botUser.id}> How many STP areas are there?`);
    fake.dispatch("MESSAGE_CREATE", message);
    await fake.waitForRequest(
      (r) => r.body?.message_reference?.message_id === message.id,
      "the reply after resuming",
    );
  });

  it("retries the deferred answer when Discord answers its webhook with 429", async () => {
    fake.failNext({
      method: "PATCH",
      path: /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.3, global: false, code: 0 },
      headers: { "retry-after": "0.3", "x-ratelimit-scope": "user" },
    });
    // An interaction that took 2 s to reach the bot is deferred, then answered through its webhook.
    const interaction = fake.slashCommand(
      "ask",
      { question: "How many STP areas are there?" },
      { createdAt: Date.now() - 2000 },
    );
    fake.dispatch("INTERACTION_CREATE", interaction);
    const edits = () =>
      fake.requests.filter(
        (r) =>
          r.method === "PATCH" &&
          r.path.includes(`/webhooks/${fake.applicationId}/${interaction.token}/`),
      );
    await waitForDiscord(() => edits().length >= 2, "the retried edit", 10_000);
    expect(edits()).toHaveLength(2);
    expect(edits()[1]?.body.embeds[0].fields[0].name).toMatch(/^\[1\] /);
  });
});
