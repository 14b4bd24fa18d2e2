import { describe, expect, it } from "vitest";
import {
  conversationKeys,
  directMessageConversationMs,
  earlierTurns,
  type MessagePlace,
  questionFrom,
} from "../../adapters/discord/messages.ts";
import { createConversationStore } from "../../adapters/shared/conversations.ts";
import type { Turn } from "../../src/index.ts";

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

describe("earlierTurns and conversationKeys", () => {
  const channel: MessagePlace = {
    channelId: "C",
    inThread: false,
    inDirectMessage: false,
    repliesTo: null,
  };
  const turn = (question: string): Turn => ({
    question,
    understood: question,
    answered: true,
    cited: [],
  });

  function storeAt() {
    const clock = { time: 0 };
    return { clock, store: createConversationStore({ now: () => clock.time }) };
  }

  it("starts afresh for a mention in a channel, and files the answer under its message", async () => {
    const { store } = storeAt();
    expect(await earlierTurns(channel, store)).toEqual([]);
    expect(conversationKeys(channel, "A1")).toEqual(["answer:A1"]);
  });

  it("carries on from the answer a reply refers to, before its thread's or DM's turns", async () => {
    const { store } = storeAt();
    store.add("answer:A1", turn("what is an stp"));
    store.add("thread:T", turn("how big is the fund"));
    const reply = { ...channel, channelId: "T", inThread: true, repliesTo: "A1" };
    expect((await earlierTurns(reply, store)).map((t) => t.question)).toEqual(["what is an stp"]);
    expect(conversationKeys(reply, "A2")).toEqual(["answer:A2", "thread:T"]);
    const unknown = { ...reply, repliesTo: "A9" };
    expect((await earlierTurns(unknown, store)).map((t) => t.question)).toEqual([
      "how big is the fund",
    ]);
  });

  it("keeps a DM one conversation for 30 minutes after an answer", async () => {
    const { store, clock } = storeAt();
    const dm = { ...channel, channelId: "D", inDirectMessage: true };
    for (const key of conversationKeys(dm, "A1")) store.add(key, turn("what is an stp"));
    clock.time += directMessageConversationMs;
    expect(await earlierTurns(dm, store)).toHaveLength(1);
    clock.time += 1;
    expect(await earlierTurns(dm, store)).toEqual([]);
  });
});
