// readWebConfig: defaults, each variable read, and an error naming each bad one (never the admin token's value).
import { describe, expect, it } from "vitest";
import { defaultWebConfig, isWebEnabled, readWebConfig } from "../../adapters/web/config.ts";
import { ConfigError } from "../../src/errors.ts";

/** The ConfigError readWebConfig throws for `env`; fails the test if none is thrown. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  expect(() => readWebConfig(env)).toThrow(ConfigError);
  try {
    readWebConfig(env);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error("unreachable");
}

describe("readWebConfig", () => {
  it("serves on 8080 to every site's visitors, frames nowhere, 30 questions a minute, no report", () => {
    expect(readWebConfig({})).toEqual(defaultWebConfig);
    expect(defaultWebConfig).toMatchObject({
      port: 8080,
      embedOrigins: [],
      questionsPerMinute: 30,
      adminToken: null,
      trustProxy: false,
      conversationKey: null,
    });
  });

  it("reads every variable", () => {
    const token = "a-long-admin-token-0123456789";
    expect(
      readWebConfig({
        WEB_PORT: "0",
        WEB_HOST: "127.0.0.1",
        WEB_OPERATOR: "  Healthwatch   Anytown ",
        WEB_EMBED_ORIGINS: "https://healthwatch.example, https://www.anytown.gov.uk/",
        WEB_RATE_LIMIT: "0",
        ADMIN_TOKEN: token,
        WEB_TRUST_PROXY: "1",
        WEB_CONVERSATION_KEY: "a-shared-conversation-key-42",
      }),
    ).toEqual({
      port: 0,
      host: "127.0.0.1",
      operator: "Healthwatch Anytown",
      embedOrigins: ["https://healthwatch.example", "https://www.anytown.gov.uk"],
      questionsPerMinute: 0,
      adminToken: token,
      trustProxy: true,
      conversationKey: "a-shared-conversation-key-42",
    });
  });

  it("reads an origin written with capitals or its default port as the browser sends it", () => {
    expect(
      readWebConfig({ WEB_EMBED_ORIGINS: "https://Healthwatch.Example:443 http://a.example:80/" })
        .embedOrigins,
    ).toEqual(["https://healthwatch.example", "http://a.example"]);
    expect(readWebConfig({ WEB_EMBED_ORIGINS: "https://a.example:8443" }).embedOrigins).toEqual([
      "https://a.example:8443",
    ]);
  });

  it("is enabled for npm start only when WEB_PORT is set", () => {
    expect(isWebEnabled({})).toBe(false);
    expect(isWebEnabled({ WEB_PORT: " " })).toBe(false);
    expect(isWebEnabled({ WEB_PORT: "8080" })).toBe(true);
  });

  it.each([
    [
      "WEB_PORT",
      { WEB_PORT: "80a" },
      /WEB_PORT should be a whole number from 0 to 65535, but it is "80a"/,
    ],
    ["WEB_PORT", { WEB_PORT: "70000" }, /WEB_PORT/],
    ["WEB_RATE_LIMIT", { WEB_RATE_LIMIT: "lots" }, /WEB_RATE_LIMIT should be a whole number/],
    [
      "WEB_EMBED_ORIGINS",
      { WEB_EMBED_ORIGINS: "https://a.example/page" },
      /"https:\/\/a.example\/page" is not an http\(s\) origin/,
    ],
    ["WEB_EMBED_ORIGINS", { WEB_EMBED_ORIGINS: "*" }, /WEB_EMBED_ORIGINS/],
    ["WEB_EMBED_ORIGINS", { WEB_EMBED_ORIGINS: "https://*.example" }, /not an http\(s\) origin/],
    [
      "WEB_EMBED_ORIGINS",
      { WEB_EMBED_ORIGINS: "https://a.example?x=1" },
      /not an http\(s\) origin/,
    ],
    ["WEB_EMBED_ORIGINS", { WEB_EMBED_ORIGINS: "https://me@a.example" }, /not an http\(s\) origin/],
    ["WEB_TRUST_PROXY", { WEB_TRUST_PROXY: "yes please" }, /WEB_TRUST_PROXY should be 1/],
    ["WEB_OPERATOR", { WEB_OPERATOR: "x".repeat(121) }, /at most 120/],
  ])("names %s when it is malformed", (variable, env, message) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
  });

  it("refuses a short admin token and says how to make one, without quoting it", () => {
    const error = configError({ ADMIN_TOKEN: "hunter2" });
    expect(error.variable).toBe("ADMIN_TOKEN");
    expect(error.message).toMatch(/at least 16 characters/);
    expect(error.message).toMatch(/openssl rand/);
    expect(error.message).not.toContain("hunter2");
  });

  it("refuses a short conversation key the same way, without quoting it", () => {
    const error = configError({ WEB_CONVERSATION_KEY: "swordfish" });
    expect(error.variable).toBe("WEB_CONVERSATION_KEY");
    expect(error.message).toMatch(/at least 16 characters.*openssl rand/);
    expect(error.message).not.toContain("swordfish");
  });
});
