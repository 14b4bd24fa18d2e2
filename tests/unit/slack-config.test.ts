// readSlackConfig: modes, defaults, and an error naming each bad variable (never its value).
import { describe, expect, it } from "vitest";
import {
  defaultSlackApiUrl,
  isSlackEnabled,
  readSlackConfig,
} from "../../adapters/slack/config.ts";
import { ConfigError } from "../../src/errors.ts";

const botToken = "xoxb-123-456-secretBotValue";
const appToken = "xapp-1-A1-789-secretAppValue";
const signingSecret = "0123456789abcdef0123456789abcdef";

/** The ConfigError readSlackConfig throws for `env`; fails the test if none is thrown. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  expect(() => readSlackConfig(env)).toThrow(ConfigError);
  try {
    readSlackConfig(env);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error("unreachable");
}

describe("readSlackConfig", () => {
  it("uses Socket Mode when SLACK_APP_TOKEN is set", () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken })).toEqual({
      mode: "socket",
      botToken,
      appToken,
      apiUrl: defaultSlackApiUrl,
    });
  });

  it("uses HTTP mode on port 3000 when SLACK_APP_TOKEN is not set", () => {
    expect(
      readSlackConfig({ SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret }),
    ).toEqual({
      mode: "http",
      botToken,
      signingSecret,
      port: 3000,
      apiUrl: "https://slack.com/api/",
    });
  });

  it("reads PORT and SLACK_API_URL (adding the final slash)", () => {
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: ` ${botToken}\n`,
      SLACK_SIGNING_SECRET: signingSecret,
      PORT: "8080",
      SLACK_API_URL: "https://slack-gov.com/api",
    });
    expect(config).toMatchObject({
      botToken,
      port: 8080,
      apiUrl: "https://slack-gov.com/api/",
    });
  });

  it("accepts PORT=0, which listens on any free port", () => {
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      PORT: "0",
    });
    expect(config).toMatchObject({ mode: "http", port: 0 });
  });

  it.each([
    [{}, "SLACK_BOT_TOKEN", /not set.*OAuth & Permissions/],
    [{ SLACK_BOT_TOKEN: "  " }, "SLACK_BOT_TOKEN", /not set/],
    [{ SLACK_BOT_TOKEN: "xoxp-user-token-value" }, "SLACK_BOT_TOKEN", /start with "xoxb-"/],
    [{ SLACK_BOT_TOKEN: appToken }, "SLACK_BOT_TOKEN", /SLACK_APP_TOKEN: are the two swapped/],
    [
      { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: botToken },
      "SLACK_APP_TOKEN",
      /start with "xapp-".*App-Level Tokens \(scope connections:write\)/,
    ],
    [
      { SLACK_BOT_TOKEN: botToken },
      "SLACK_SIGNING_SECRET",
      /not set.*App Credentials → Signing Secret.*SLACK_APP_TOKEN/,
    ],
    [
      { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: botToken },
      "SLACK_SIGNING_SECRET",
      /does not look like a signing secret/,
    ],
    [
      { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, PORT: "http" },
      "PORT",
      /whole number from 0 to 65535, but it is "http"/,
    ],
    [
      { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, PORT: "70000" },
      "PORT",
      /whole number/,
    ],
    [
      { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_API_URL: "slack-gov.com" },
      "SLACK_API_URL",
      /http\(s\) URL/,
    ],
    [
      { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_API_URL: "ftp://x/api/" },
      "SLACK_API_URL",
      /http\(s\) URL/,
    ],
  ] as [NodeJS.ProcessEnv, string, RegExp][])("rejects %j, naming %s", (env, variable, message) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
    expect(error.message).toMatch(message);
    for (const value of Object.values(env)) {
      // Token-like values never appear; harmless ones (a port number) may be quoted.
      if (value && /^(xox|xapp|[0-9a-f]{32}$)/.test(value.trim()))
        expect(error.message).not.toContain(value.trim());
    }
  });

  it("never quotes SLACK_API_URL, which can carry proxy credentials", () => {
    const error = configError({
      SLACK_BOT_TOKEN: botToken,
      SLACK_APP_TOKEN: appToken,
      SLACK_API_URL: "socks://user:hunter2@proxy/",
    });
    expect(error.message).not.toContain("hunter2");
  });

  it("refuses an https SLACK_API_URL with a user name and password, which could never be sent, without quoting them", () => {
    const error = configError({
      SLACK_BOT_TOKEN: botToken,
      SLACK_APP_TOKEN: appToken,
      SLACK_API_URL: "https://proxyuser:Pr0xyPassw0rd@proxy.example/api/",
    });
    expect(error.variable).toBe("SLACK_API_URL");
    expect(error.message).toContain("has a user name or password in it");
    expect(error.message).not.toContain("Pr0xyPassw0rd");
  });
});

describe("isSlackEnabled", () => {
  it("is true when any Slack variable is set, so a missing one is reported", () => {
    expect(isSlackEnabled({})).toBe(false);
    expect(isSlackEnabled({ SLACK_BOT_TOKEN: " " })).toBe(false);
    expect(isSlackEnabled({ SLACK_APP_TOKEN: appToken })).toBe(true);
    expect(isSlackEnabled({ SLACK_SIGNING_SECRET: signingSecret })).toBe(true);
    expect(isSlackEnabled({ SLACK_BOT_TOKEN: botToken })).toBe(true);
  });
});
