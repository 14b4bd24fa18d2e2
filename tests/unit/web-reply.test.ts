// What the web page replies: commands as in chat, and follow-ups carried in the page answered as the chat answers them.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { askWithTurns, replyToQuestion, type WebExchange } from "../../adapters/web/reply.ts";
import { type Engine, loadEngine, rememberTurn, type Turn, toTurn } from "../../src/index.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine({ cacheDir: null });
});

/** Asks each message in turn, carrying the page's state from one to the next. */
function converse(messages: string[]): WebExchange[] {
  const exchanges: WebExchange[] = [];
  let state = "";
  for (const message of messages) {
    const exchange = replyToQuestion(engine, message, state);
    exchanges.push(exchange);
    state = exchange.conversation;
  }
  return exchanges;
}

/** The same messages as the chat keeps them: every turn in memory, the last with its answer. */
function converseInMemory(messages: string[]) {
  let turns: Turn[] = [];
  return messages.map((message) => {
    const answer = engine.ask(message, turns);
    turns = rememberTurn(turns, toTurn(message, answer));
    return answer;
  });
}

describe("replyToQuestion", () => {
  it("reads help, sources, define and new as the chat does", () => {
    expect(replyToQuestion(engine, "help", "").reply).toEqual({ kind: "help" });
    expect(replyToQuestion(engine, " Sources ", "").reply).toEqual({ kind: "sources" });
    expect(replyToQuestion(engine, "define CCG", "").reply).toMatchObject({
      kind: "define",
      term: "CCG",
      entry: { term: "CCG" },
    });
    expect(replyToQuestion(engine, "define", "").reply).toEqual({
      kind: "define",
      term: "",
      entry: null,
    });
    // A term not in the glossary is asked of the documents, as "what is footprint?".
    const footprint = replyToQuestion(engine, "define footprint", "");
    expect(footprint.question).toBe("define footprint");
    expect(footprint.reply).toEqual({ kind: "answer", answer: engine.ask("what is footprint?") });
    const [first] = converse(["what is an stp"]);
    const fresh = replyToQuestion(engine, "new", first?.conversation ?? "");
    expect(fresh).toMatchObject({ reply: { kind: "new" }, conversation: "", earlier: [] });
  });

  it("answers a question exactly as the engine does, and starts a conversation with it", () => {
    const exchange = replyToQuestion(engine, "how many stp areas are there", "");
    expect(exchange.reply).toEqual({
      kind: "answer",
      answer: engine.ask("how many stp areas are there"),
    });
    expect(exchange.conversation).not.toBe("");
    expect(exchange.earlier).toEqual([]);
  });

  it("keeps a command out of the conversation, and the conversation going past it", () => {
    const [first, sources, follow] = converse(["what is an stp", "sources", "who leads them?"]);
    expect(sources?.conversation).toBe(first?.conversation);
    expect(follow?.earlier).toEqual(["what is an stp"]);
  });

  it.each([
    ["a follow-up", ["what is an stp", "who leads them?"]],
    ["tell me more", ["how big is the transformation fund", "tell me more"]],
    ["more, then more again", ["how big is the transformation fund", "more", "more"]],
    ["where does that come from?", ["how many stp areas are there", "where does that come from?"]],
    ["is that still true?", ["who leads each stp", "thanks", "is that still true?"]],
    ["more after more", ["what are stps", "more", "more pls"]],
    [
      "the age of a source asked after it",
      ["where do stp leaders come from", "where's that from", "is it still true"],
    ],
    ["a topic switch", ["what is an stp", "how big is the transformation fund"]],
  ])("answers %s as the chat, which keeps its turns in memory, does", (_case, messages) => {
    const web = converse(messages).map((e) => (e.reply.kind === "answer" ? e.reply.answer : null));
    expect(web).toEqual(converseInMemory(messages));
  });

  it("answers every conversation of the eval set as the chat does", () => {
    const file = new URL("../eval/conversations.json", import.meta.url);
    const conversations = JSON.parse(readFileSync(file, "utf8")) as { turns: { say: string }[] }[];
    expect(conversations.length).toBeGreaterThan(20);
    for (const conversation of conversations) {
      const messages = conversation.turns.map((t) => t.say);
      const web = converse(messages).map((e) =>
        e.reply.kind === "answer" ? e.reply.answer : null,
      );
      expect(web).toEqual(converseInMemory(messages));
    }
  });

  it("answers on its own, and says so, when the state that came back cannot be read", () => {
    const exchange = replyToQuestion(engine, "who leads them?", "1.garbage!");
    expect(exchange.stateProblem).toMatch(/not in the form this page writes/);
    expect(exchange.reply).toEqual({ kind: "answer", answer: engine.ask("who leads them?") });
  });

  it("keeps a question that could not be looked up out of the conversation", () => {
    const [first, tooLong] = converse(["what is an stp", "x".repeat(2001)]);
    expect(tooLong?.reply).toMatchObject({ answer: { problem: "too-long" } });
    expect(tooLong?.conversation).toBe(first?.conversation);
  });
});

describe("askWithTurns", () => {
  it("leaves the last answer alone when asking it again no longer cites what was shown", () => {
    const turns: Turn[] = [
      {
        question: "how big is the fund",
        understood: "how big is the fund",
        answered: true,
        cited: [{ source: "gone.md", line: 1 }],
      },
    ];
    // The documents changed since (the cited passage is gone): "more" reads the turns alone.
    expect(askWithTurns(engine, "tell me more", turns)).toEqual(engine.ask("tell me more", turns));
  });
});
