// incoming.ts: which messages the bot answers, where it replies, and what /stp asks for.
import { describe, expect, it } from "vitest";
import { parseStpCommand } from "../../adapters/shared/chat-command.ts";
import {
  conversationKey,
  type IncomingMessage,
  isDirectMessage,
  isIgnoredMessage,
  isThreadReply,
  mentionedUsers,
  pingsGroup,
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
    ["new", { kind: "new" }],
    ["New conversation", { kind: "new" }],
    ["new question", { kind: "new" }],
    ["new care models", { kind: "ask", question: "new care models" }],
  ])("reads %j", (text, command) => {
    expect(parseStpCommand(text)).toEqual(command);
  });

  it("reads define of a term not in the glossary as the question “what is <term>?”", () => {
    const ccg = {
      term: "CCG",
      expansion: "clinical commissioning group",
      aliases: [],
      description: null,
    };
    const glossary = { define: (term: string) => (term === "CCG" ? ccg : null) };
    expect(parseStpCommand("define CCG", glossary)).toEqual({ kind: "define", term: "CCG" });
    expect(parseStpCommand("define control total", glossary)).toEqual({
      kind: "ask",
      question: "what is control total?",
    });
    expect(parseStpCommand("Define control total? ", glossary)).toEqual({
      kind: "ask",
      question: "what is control total?",
    });
    // "define" alone still asks which term; without the glossary, define is as before.
    expect(parseStpCommand("define", glossary)).toEqual({ kind: "define", term: "" });
    expect(parseStpCommand("define ???", glossary)).toEqual({ kind: "define", term: "" });
    expect(parseStpCommand("define control total")).toEqual({
      kind: "define",
      term: "control total",
    });
  });
});

describe("conversationKey", () => {
  it("files a channel mention under the thread its answer starts, and replies under the same", () => {
    expect(conversationKey(question)).toBe("C0GENERAL/1700000000.000100");
    const reply = { ...question, ts: "1700000000.000200", thread_ts: "1700000000.000100" };
    expect(conversationKey(reply)).toBe("C0GENERAL/1700000000.000100");
  });

  it("files a DM under the DM itself, and a DM thread under its thread", () => {
    const dm = { ...question, channel: "D0ASKER", channel_type: "im" };
    expect(conversationKey(dm)).toBe("D0ASKER");
    expect(conversationKey({ ...dm, thread_ts: "1.0" })).toBe("D0ASKER/1.0");
  });
});

describe("isThreadReply", () => {
  it("is true for a reply in a thread, false for a top-level message or a thread's parent", () => {
    expect(isThreadReply({ ...question, thread_ts: "1699999999.000001" })).toBe(true);
    expect(isThreadReply(question)).toBe(false);
    expect(isThreadReply({ ...question, thread_ts: question.ts })).toBe(false);
  });
});

describe("mentionedUsers", () => {
  it("lists the users a message mentions, with or without a label", () => {
    expect(mentionedUsers("<@U0BOT> ask <@W0ENT|sam> and <!here>")).toEqual(["U0BOT", "W0ENT"]);
    expect(mentionedUsers("who leads them?")).toEqual([]);
  });
});

describe("pingsGroup", () => {
  it("is true for a user group, @here, @channel or @everyone, and false for plain words", () => {
    for (const text of [
      "<!subteam^S0NURSES|@nurses> ok?",
      "<!here> anyone?",
      "<!channel>",
      "<!everyone>",
    ])
      expect(pingsGroup(text)).toBe(true);
    for (const text of ["who leads them?", "<!date^1700000000^{date}|today>", "here and there"])
      expect(pingsGroup(text)).toBe(false);
  });
});
