import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import type { DiscordConfig } from "../../adapters/discord/config.ts";
import {
  explainRegistrationError,
  registerStpCommand,
} from "../../adapters/discord/registration.ts";
import { ConfigError } from "../../src/errors.ts";

const config: DiscordConfig = {
  token: "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-for-tests-only_0123456789abcdef",
  applicationId: "1100000000000000001",
  guildId: null,
  apiUrl: "http://127.0.0.1:9/api",
  questionsPerMinute: 5,
};

function apiError(status: number, code: number, message: string): DiscordAPIError {
  return new DiscordAPIError(
    { message, code },
    code,
    status,
    "PUT",
    "https://discord.com/api/v10/applications/1/commands",
    {
      body: undefined,
      files: undefined,
    },
  );
}

describe("explainRegistrationError", () => {
  it("blames DISCORD_TOKEN for a 401", () => {
    const error = explainRegistrationError(apiError(401, 0, "401: Unauthorized"), config);
    expect(error?.variable).toBe("DISCORD_TOKEN");
    expect(error?.message).toMatch(/Reset Token/);
    expect(error?.message).not.toContain(config.token);
  });

  it("blames DISCORD_GUILD_ID when the bot cannot reach that server", () => {
    const error = explainRegistrationError(apiError(403, 50001, "Missing Access"), {
      ...config,
      guildId: "1200000000000000001",
    });
    expect(error?.variable).toBe("DISCORD_GUILD_ID");
    expect(error?.message).toMatch(/applications\.commands scope/);
  });

  it("blames DISCORD_APPLICATION_ID when the token belongs to another application", () => {
    const error = explainRegistrationError(apiError(403, 20012, "You are not authorized"), config);
    expect(error?.variable).toBe("DISCORD_APPLICATION_ID");
    expect(error?.message).toMatch(/does not match DISCORD_TOKEN's application/);
  });

  it("leaves other failures alone", () => {
    expect(explainRegistrationError(apiError(500, 0, "Internal Server Error"), config)).toBeNull();
    expect(explainRegistrationError(new Error("ECONNREFUSED"), config)).toBeNull();
  });
});

describe("registerStpCommand", () => {
  it("needs an application ID", async () => {
    await expect(registerStpCommand({ ...config, applicationId: null })).rejects.toThrow(
      ConfigError,
    );
  });
});
