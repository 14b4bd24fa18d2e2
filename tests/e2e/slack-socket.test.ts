// The Slack adapter in Socket Mode, end to end: a fake WebSocket server hands it envelopes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSlack, startSlack } from "../../adapters/slack/index.ts";
import { ConfigError, loadEngine } from "../../src/index.ts";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "./fakes/slack-api.ts";
import { eventCallback, mention, slashCommand } from "./fakes/slack-requests.ts";
import type { FakeSlackSocket } from "./fakes/slack-socket.ts";
import { type SocketModeSlack, startSocketModeSlack } from "./fakes/slack-socket-bot.ts";

const botToken = "xoxb-3333-4444-socketTestBotToken";
const appToken = "xapp-1-A0STPBOT-5555-socketTestAppToken";
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

let fake: FakeSlackApi;
let socket: FakeSlackSocket;
let slack: RunningSlack;
let running: SocketModeSlack | undefined;

beforeAll(async () => {
  running = await startSocketModeSlack(await loadEngine(), { botToken, appToken }, quiet);
  ({ fake, socket, slack } = running);
});

afterAll(async () => {
  await running?.stop();
});

describe("Slack over Socket Mode", () => {
  it("opens the connection through SLACK_API_URL with the app token", () => {
    expect(slack.mode).toBe("socket");
    expect(slack.port).toBeNull();
    const opens = fake.callsTo("apps.connections.open");
    expect(opens.length).toBeGreaterThan(0);
    expect(opens[0]?.token).toBe(appToken);
    expect(fake.callsTo("auth.test")[0]?.token).toBe(botToken);
  });

  it("acks an events_api envelope and answers it in a thread", async () => {
    const event = mention("How many STP areas are there?");
    socket.send({
      envelope_id: "env-mention-1",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload: eventCallback(event),
    });
    await waitFor("the ack", () => socket.acks.find((ack) => ack.envelope_id === "env-mention-1"));
    const reply = await waitFor("the threaded reply", () =>
      fake.callsTo("chat.postMessage").find((call) => call.body.thread_ts === event.ts),
    );
    expect(reply.token).toBe(botToken);
    expect(JSON.stringify(reply.body.blocks)).toContain("*[1]* ");
  });

  it("answers a question wrapped in chat as it answers the question alone", async () => {
    const answerTo = async (text: string, id: string) => {
      const event = mention(text);
      socket.send({
        envelope_id: id,
        type: "events_api",
        accepts_response_payload: false,
        payload: eventCallback(event),
      });
      const reply = await waitFor("the threaded reply", () =>
        fake.callsTo("chat.postMessage").find((call) => call.body.thread_ts === event.ts),
      );
      // The answer and its citations; the vote buttons carry each message's own id.
      const blocks = reply.body.blocks as { type: string }[];
      return JSON.stringify(blocks.filter((block) => block.type !== "actions"));
    };
    const plain = await answerTo("who leads each STP?", "env-plain");
    const wrapped = await answerTo(
      "URGENT: my manager asked me who leads each STP? asking for a colleague",
      "env-wrapped",
    );
    expect(wrapped).toBe(plain);
    expect(plain).toMatch(/named individual/);
  });

  it("answers a re-sent envelope for the same event once", async () => {
    const event = mention("How many STP areas are there?");
    const body = eventCallback(event);
    const envelope = { type: "events_api", accepts_response_payload: false, payload: body };
    socket.send({ ...envelope, envelope_id: "env-retry-a", retry_attempt: 0 });
    await waitFor("the reply", () =>
      fake.callsTo("chat.postMessage").find((call) => call.body.thread_ts === event.ts),
    );
    socket.send({ ...envelope, envelope_id: "env-retry-b", retry_attempt: 1 });
    await waitFor("the second ack", () => socket.acks.find((a) => a.envelope_id === "env-retry-b"));
    // A later event is answered after the retry was dealt with, so one post means it was skipped.
    const later = mention("How many STP areas are there?");
    socket.send({ ...envelope, envelope_id: "env-later", payload: eventCallback(later) });
    await waitFor("the later reply", () =>
      fake.callsTo("chat.postMessage").find((call) => call.body.thread_ts === later.ts),
    );
    const replies = fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === event.ts);
    expect(replies).toHaveLength(1);
  });

  it("answers /stp in the ack payload, privately", async () => {
    socket.send({
      envelope_id: "env-command-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: slashCommand("How many STP areas are there?", fake.responseUrl("socket")),
    });
    const ack = await waitFor("the ack", () =>
      socket.acks.find((a) => a.envelope_id === "env-command-1"),
    );
    expect(ack.payload?.response_type).toBe("ephemeral");
    expect(JSON.stringify(ack.payload?.blocks)).toContain("stp_post");
  });

  it("reports an app token Slack rejects as a ConfigError naming SLACK_APP_TOKEN", async () => {
    const strict = await startFakeSlackApi({ botToken, appToken: "xapp-the-only-good-one" });
    const attempt = startSlack(
      await loadEngine(),
      { mode: "socket", botToken, appToken, apiUrl: strict.apiUrl },
      quiet,
    );
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(/SLACK_APP_TOKEN \(invalid_auth\)/);
    await strict.close();
  });
});
