// `tsx adapters/slack/main.ts` as a user runs it: bad settings exit 2 with one message; good ones answer.
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotProcess } from "../helpers/bot-process.ts";
import { type FakeSlackApi, startFakeSlackApi, waitFor } from "./fakes/slack-api.ts";
import { eventCallback, mention, postSigned } from "./fakes/slack-requests.ts";

const main = "adapters/slack/main.ts";

const botToken = "xoxb-9999-8888-mainTestBotTokenValue";
const appToken = "xapp-1-A0STPBOT-7777-mainTestAppTokenValue";
const signingSecret = "d0c5ec7e7d0c5ec7e7d0c5ec7e7d0c5e";

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
}

/**
 * Starts main.ts with only PATH, HOME and `env`: the developer's own Slack variables stay out,
 * and the question log is off, so nothing is written to the project's .data/.
 */
function runMain(env: Record<string, string>): Run {
  const bot = startBotProcess(main, env);
  return {
    child: bot.child,
    exit: bot.exit,
    get stdout() {
      return bot.stdout();
    },
    get stderr() {
      return bot.stderr();
    },
  };
}

let fake: FakeSlackApi;

beforeAll(async () => {
  fake = await startFakeSlackApi({ botToken });
});

afterAll(async () => {
  await fake?.close();
});

describe("adapters/slack/main.ts with bad settings", () => {
  it.concurrent.each([
    ["no Slack variables at all", "SLACK_BOT_TOKEN", {}, "OAuth & Permissions"],
    [
      "no SLACK_SIGNING_SECRET in HTTP mode",
      "SLACK_SIGNING_SECRET",
      { SLACK_BOT_TOKEN: botToken },
      "Signing Secret",
    ],
    ["an app token in SLACK_BOT_TOKEN", "SLACK_BOT_TOKEN", { SLACK_BOT_TOKEN: appToken }, "xoxb-"],
    [
      "a bot token in SLACK_APP_TOKEN",
      "SLACK_APP_TOKEN",
      { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: botToken },
      "App-Level Tokens",
    ],
    [
      "a PORT that is not a number",
      "PORT",
      { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, PORT: "eighty" },
      "whole number",
    ],
    [
      "an SLACK_API_URL that is not a URL",
      "SLACK_API_URL",
      { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_API_URL: "slack-gov" },
      "http(s) URL",
    ],
  ] as [string, string, Record<string, string>, string][])(
    "%s: exits 2 naming %s",
    async (_case, variable, env, hint) => {
      const run = runMain(env);
      expect(await run.exit).toBe(2);
      expect(run.stderr).toContain(variable);
      expect(run.stderr).toContain(hint);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stdout).toBe("");
      for (const secret of [botToken, appToken, signingSecret]) {
        expect(run.stderr).not.toContain(secret);
      }
    },
  );

  it("a bot token Slack rejects: exits 2 naming SLACK_BOT_TOKEN, without printing it", async () => {
    const wrongToken = "xoxb-0000-0000-revokedTokenValue";
    const run = runMain({
      SLACK_BOT_TOKEN: wrongToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
    });
    expect(await run.exit).toBe(2);
    expect(run.stderr).toContain("Slack rejected SLACK_BOT_TOKEN (invalid_auth)");
    expect(run.stdout + run.stderr).not.toContain(wrongToken);
  });
});

describe("adapters/slack/main.ts following the README", () => {
  it("runs in HTTP mode against SLACK_API_URL and answers a signed @mention", async () => {
    const run = runMain({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
    });
    try {
      const eventsUrl = await waitFor(
        "the bot to say where it listens",
        () => /http:\/\/localhost:\d+\/slack\/events/.exec(run.stdout)?.[0],
        15_000,
      );
      const event = mention("How many STP areas are there?");
      const response = await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
      expect(response.status).toBe(200);
      const reply = await waitFor("the threaded reply", () =>
        fake.callsTo("chat.postMessage").find((call) => call.body.thread_ts === event.ts),
      );
      expect(reply.token).toBe(botToken);
    } finally {
      run.child.kill("SIGTERM");
    }
    expect(await run.exit).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(botToken);
    expect(run.stdout + run.stderr).not.toContain(signingSecret);
  });
});
