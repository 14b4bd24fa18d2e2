// incoming.ts: which messages the bot answers, where it replies, and what /stp asks for.
import { describe, expect, it } from "vitest";
import {
  type IncomingMessage,
  isDirectMessage,
  isIgnoredMessage,
  parseStpCommand,
  replyThreadTs,
} from "../../adapters/slack/incoming.ts";

const question: IncomingMessage = {
  type: "message",
  user: "U0ASKER",
  text: "How many STP areas are there?",
  ts: "1700000000.000100",
  channel: "C0GENERAL",
};

describe("isIgnoredMessage", () => {
  it("answers a person's question", () => {
    expect(isIgnoredMessage(question, "U0BOT")).toBe(false);
  });

  it("answers a reply also sent to the channel, and a message with a file", () => {
    expect(isIgnoredMessage({ ...question, subtype: "thread_broadcast" }, "U0BOT")).toBe(false);
    expect(isIgnoredMessage({ ...question, subtype: "file_share" }, "U0BOT")).toBe(false);
  });

  it.each([
    ["a bot's message", { bot_id: "B0OTHER" }],
    ["a bot_message", { subtype: "bot_message" }],
    ["its own message", { user: "U0BOT" }],
    ["an edit", { subtype: "message_changed" }],
    ["a deletion", { subtype: "message_deleted" }],
    ["an edited mention", { edited: { user: "U0ASKER", ts: "1" } }],
    ["a join", { subtype: "channel_join" }],
    ["a message without text", { text: "  " }],
    ["a message without a user", { user: undefined }],
  ] as [string, Partial<IncomingMessage>][])("ignores %s", (_name, change) => {
    expect(isIgnoredMessage({ ...question, ...change }, "U0BOT")).toBe(true);
  });
});

describe("replyThreadTs", () => {
  it("replies in a thread under a channel question", () => {
    expect(replyThreadTs(question)).toBe("1700000000.000100");
  });

  it("replies inside the thread a question was asked in", () => {
    expect(replyThreadTs({ ...question, thread_ts: "1699999999.000001" })).toBe(
      "1699999999.000001",
    );
  });

  it("replies straight into a DM, or into the DM thread it was asked in", () => {
    const dm = { ...question, channel: "D0ASKER", channel_type: "im" };
    expect(isDirectMessage(dm)).toBe(true);
    expect(replyThreadTs(dm)).toBeUndefined();
    expect(replyThreadTs({ ...dm, thread_ts: "1699999999.000001" })).toBe("1699999999.000001");
  });

  it("knows a DM by its channel id when the event has no channel_type (app_mention)", () => {
    expect(isDirectMessage({ ...question, channel: "D0ASKER" })).toBe(true);
    expect(isDirectMessage({ ...question, channel: "G0PRIVATE" })).toBe(false);
  });
});

describe("parseStpCommand", () => {
  it.each([
    ["", { kind: "help" }],
    ["help", { kind: "help" }],
    [" HELP ", { kind: "help" }],
    ["sources", { kind: "sources" }],
    ["define CCG", { kind: "define", term: "CCG" }],
    ["Define  5YFV ", { kind: "define", term: "5YFV" }],
    ["define", { kind: "define", term: "" }],
    ["How many STP areas are there?", { kind: "ask", question: "How many STP areas are there?" }],
    ["definitely a question?", { kind: "ask", question: "definitely a question?" }],
  ])("reads %j", (text, command) => {
    expect(parseStpCommand(text)).toEqual(command);
  });
});
