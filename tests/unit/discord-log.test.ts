import { DiscordAPIError, HTTPError } from "discord.js";
import { describe, expect, it } from "vitest";
import { describeDiscordError } from "../../adapters/discord/log.ts";

describe("describeDiscordError", () => {
  it("gives Discord's status, code and words with the method and path", () => {
    const error = new DiscordAPIError(
      { message: "Missing Permissions", code: 50013 },
      50013,
      403,
      "post",
      "https://discord.com/api/v10/channels/123/messages",
      { body: undefined, files: undefined },
    );
    expect(describeDiscordError(error)).toBe(
      "Discord answered 403 (50013 Missing Permissions) to POST /api/v10/channels/123/messages",
    );
  });

  it("hides interaction and webhook tokens", () => {
    const error = new DiscordAPIError(
      { message: "Unknown interaction", code: 10062 },
      10062,
      404,
      "POST",
      "https://discord.com/api/v10/interactions/42/aW50ZXJhY3Rpb24.secret/callback?with_response=false",
      { body: undefined, files: undefined },
    );
    const text = describeDiscordError(error);
    expect(text).toContain("/interactions/42/:token/callback");
    expect(text).not.toContain("secret");

    const http = new HTTPError(
      502,
      "Bad Gateway",
      "PATCH",
      "https://discord.com/api/v10/webhooks/7/tok/messages/@original",
      {
        body: undefined,
        files: undefined,
      },
    );
    expect(describeDiscordError(http)).toBe(
      "Discord answered 502 (Bad Gateway) to PATCH /api/v10/webhooks/7/:token/messages/@original",
    );
  });

  it("describes other errors by name and message", () => {
    expect(describeDiscordError(new TypeError("boom"))).toBe("TypeError: boom");
    expect(describeDiscordError("odd")).toBe("odd");
  });
});
