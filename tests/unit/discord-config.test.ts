import { describe, expect, it } from "vitest";
import { readDiscordConfig } from "../../adapters/discord/config.ts";
import { ConfigError } from "../../src/errors.ts";

const token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-for-tests-only_0123456789abcdef";

/** The ConfigError `read` throws; fails the test when nothing is thrown. */
function configErrorFrom(read: () => unknown): ConfigError {
  expect(read).toThrow(ConfigError);
  try {
    read();
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error("unreachable");
}

describe("readDiscordConfig", () => {
  it("needs only DISCORD_TOKEN to run, with documented defaults for the rest", () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: token })).toEqual({
      token,
      applicationId: null,
      guildId: null,
      apiUrl: "https://discord.com/api",
      questionsPerMinute: 5,
    });
  });

  it("reads every variable, trimming spaces and a trailing slash on the URL", () => {
    const config = readDiscordConfig({
      DISCORD_TOKEN: ` ${token} `,
      DISCORD_APPLICATION_ID: "1100000000000000001",
      DISCORD_GUILD_ID: "1200000000000000001",
      DISCORD_API_URL: "http://127.0.0.1:5000/api/",
      DISCORD_RATE_LIMIT: "0",
    });
    expect(config).toEqual({
      token,
      applicationId: "1100000000000000001",
      guildId: "1200000000000000001",
      apiUrl: "http://127.0.0.1:5000/api",
      questionsPerMinute: 0,
    });
  });

  it("accepts a token pasted with its 'Bot ' prefix", () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: `Bot ${token}` }).token).toBe(token);
  });

  it("treats empty variables as unset", () => {
    const config = readDiscordConfig({
      DISCORD_TOKEN: token,
      DISCORD_GUILD_ID: "",
      DISCORD_API_URL: " ",
    });
    expect(config.guildId).toBeNull();
    expect(config.apiUrl).toBe("https://discord.com/api");
  });

  it("requires DISCORD_APPLICATION_ID only for registration", () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: token }).applicationId).toBeNull();
    const error = configErrorFrom(() =>
      readDiscordConfig({ DISCORD_TOKEN: token }, { forRegistration: true }),
    );
    expect(error.variable).toBe("DISCORD_APPLICATION_ID");
    expect(error.message).toBe(
      "Discord: DISCORD_APPLICATION_ID is not set; registering /stp needs it. Copy it from the Discord developer portal (https://discord.com/developers/applications) → your application → General Information → Application ID.",
    );
  });

  it("says where to find a missing token", () => {
    const error = configErrorFrom(() => readDiscordConfig({}));
    expect(error.variable).toBe("DISCORD_TOKEN");
    expect(error.message).toBe(
      "Discord: DISCORD_TOKEN is not set. Copy it from the Discord developer portal (https://discord.com/developers/applications) → your application → Bot → Reset Token.",
    );
  });

  it.each([
    ["an application ID", "1100000000000000001", /looks like an application ID/],
    ["the public key", "a".repeat(64), /looks like the application's public key/],
    ["an OAuth2 client secret", "AbCdEfGhIjKlMnOpQrStUvWxYz012345", /client secret will not work/],
    ["a quoted token", `"${token}"`, /does not look like a bot token/],
  ])("rejects %s as DISCORD_TOKEN without repeating it", (_, value, message) => {
    const error = configErrorFrom(() => readDiscordConfig({ DISCORD_TOKEN: value }));
    expect(error.variable).toBe("DISCORD_TOKEN");
    expect(error.message).toMatch(message);
    expect(error.message).toContain("Bot → Reset Token");
    expect(error.message).not.toContain(value);
  });

  it.each([
    [
      "DISCORD_APPLICATION_ID",
      "my-app",
      /must be a Discord ID.*General Information → Application ID/,
    ],
    ["DISCORD_GUILD_ID", "My Server", /must be a Discord ID.*Copy Server ID/],
    ["DISCORD_API_URL", "discord.com/api", /is not a URL/],
    ["DISCORD_API_URL", "http://discord.example.com/api", /must be an https:\/\/ URL/],
    ["DISCORD_API_URL", "https://u:Pr0xyPw@proxy.example/api", /has a user name or password/],
    ["DISCORD_RATE_LIMIT", "five", /must be a whole number.*0 turns the limit off/],
    ["DISCORD_RATE_LIMIT", "-1", /must be a whole number/],
  ])("names %s when it is malformed (%s)", (variable, value, message) => {
    const error = configErrorFrom(() =>
      readDiscordConfig({ DISCORD_TOKEN: token, [variable]: value }),
    );
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(token);
  });

  it("allows plain http only for a fake on this machine", () => {
    for (const url of ["http://127.0.0.1:9/api", "http://localhost:9/api", "http://[::1]:9/api"]) {
      expect(readDiscordConfig({ DISCORD_TOKEN: token, DISCORD_API_URL: url }).apiUrl).toBe(url);
    }
  });
});
