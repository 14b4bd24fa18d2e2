import { describe, expect, it } from "vitest";
import { questionFrom } from "../../adapters/discord/messages.ts";

describe("questionFrom", () => {
  it("drops the bot's mention", () => {
    expect(questionFrom("<@1100000000000000001> How many STP areas are there?")).toBe(
      "How many STP areas are there?",
    );
  });

  it("drops nickname, role and channel mention tokens wherever they are", () => {
    expect(questionFrom("<@!11> what is <@&22> an STP <#33> ?")).toBe("what is an STP ?");
  });

  it("keeps @everyone and @here as plain words (allowed_mentions stops the ping)", () => {
    expect(questionFrom("<@11> @everyone what is an STP?")).toBe("@everyone what is an STP?");
  });

  it("returns an empty question for a bare mention", () => {
    expect(questionFrom("  <@11>  ")).toBe("");
  });
});
