// logger.ts: Bolt's log lines routed through ours, tokens masked, Slack's error codes named.
import { describe, expect, it } from "vitest";
import { describeSlackError, maskTokens, toBoltLogger } from "../../adapters/slack/logger.ts";

describe("maskTokens", () => {
  it("masks bot, user and app-level tokens down to their prefix", () => {
    expect(maskTokens("a xoxb-1-2-abc b xoxp-9-z c xapp-1-A1-2-f d")).toBe(
      "a xoxb-… b xoxp-… c xapp-… d",
    );
  });
});

describe("describeSlackError", () => {
  it("gives Slack's error code for a Web API error", () => {
    const error = Object.assign(new Error("An API error occurred: channel_not_found"), {
      data: { ok: false, error: "channel_not_found" },
    });
    expect(describeSlackError(error)).toBe("channel_not_found");
  });

  it("gives the message of any other error, tokens masked", () => {
    expect(describeSlackError(new Error("bad xoxb-1-2-secret"))).toBe("bad xoxb-…");
    expect(describeSlackError("plain")).toBe("plain");
  });
});

describe("toBoltLogger", () => {
  it("passes info, warn and error on with a slack: prefix and drops debug", () => {
    const lines: string[] = [];
    const bolt = toBoltLogger({
      info: (m) => lines.push(`info ${m}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`),
    });
    bolt.debug("body with xoxb-1-2-secret");
    bolt.info("connected");
    bolt.warn("retrying", { attempt: 2 });
    bolt.error(new Error("failed with xapp-1-A-secret"));
    expect(lines).toEqual([
      "info slack: connected",
      'warn slack: retrying {"attempt":2}',
      "error slack: failed with xapp-…",
    ]);
  });
});
