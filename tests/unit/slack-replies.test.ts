// replies.ts: what the bot says to each request, and how a button finds its answer again.
import { describe, expect, it } from "vitest";
import { decodeButtonValue } from "../../adapters/slack/buttons.ts";
import { createReplier } from "../../adapters/slack/replies.ts";
import type { Engine } from "../../src/engine.ts";
import type { Answer } from "../../src/types.ts";

/** An engine that answers every question the same way and counts how often it is asked. */
function countingEngine() {
  const asked: string[] = [];
  const conversations: unknown[] = [];
  const engine = {
    ask(question: string, conversation?: unknown): Answer {
      asked.push(question);
      conversations.push(conversation);
      return {
        question,
        answered: true,
        answer: "A total of 44 areas have been identified.",
        citations: [],
        suggestions: [],
        message: "",
      };
    },
    define: (term: string) =>
      term.toUpperCase() === "CCG"
        ? { term: "CCG", expansion: "clinical commissioning group", aliases: [], description: null }
        : null,
    documents: [],
    examples: () => ["How many STP areas are there?"],
  } as unknown as Engine;
  return { engine, asked, conversations };
}

function buttonValueOf(message: ReturnType<ReturnType<typeof createReplier>["replyTo"]>) {
  const actions = message.blocks.find((block) => block.type === "actions");
  if (actions?.type !== "actions") throw new Error("no buttons");
  const button = actions.elements[0];
  return button && "value" in button ? button.value : undefined;
}

describe("createReplier", () => {
  it("answers help, an empty request, sources and define without asking the engine", () => {
    const { engine, asked } = countingEngine();
    const replier = createReplier(engine);
    expect(replier.replyTo("").text).toContain("/stp define &lt;acronym&gt;");
    expect(replier.replyTo("help").text).toBe(replier.replyTo("").text);
    expect(replier.replyTo("sources").text).toContain("these 0 documents");
    expect(replier.replyTo("define ccg").text).toBe("CCG: clinical commissioning group.");
    expect(replier.replyTo("define").text).toContain("/stp define CCG");
    expect(asked).toEqual([]);
  });

  it("asks the engine “what is <term>?” for a define of a term not in the glossary", () => {
    const { engine, asked } = countingEngine();
    const { message, answer } = createReplier(engine).converse("define control total", []);
    expect(asked).toEqual(["what is control total?"]);
    expect(answer?.question).toBe("what is control total?");
    expect(message.text).not.toContain("not in the glossary");
  });

  it("asks the engine anything else, with buttons that lead back to that answer", () => {
    const { engine, asked } = countingEngine();
    const replier = createReplier(engine);
    const reply = replier.replyTo("How many STP areas are there?");
    const value = buttonValueOf(reply);
    expect(decodeButtonValue(value)?.question).toBe("How many STP areas are there?");
    expect(replier.answerForButton(value)?.answer).toBe(
      "A total of 44 areas have been identified.",
    );
    expect(asked).toHaveLength(1);
  });

  it("asks again for an answer it has forgotten, as after a restart", () => {
    const { engine, asked } = countingEngine();
    const replier = createReplier(engine, 1);
    const first = buttonValueOf(replier.replyTo("How many STP areas are there?"));
    replier.replyTo("When was the deadline?");
    expect(replier.answerForButton(first)?.question).toBe("How many STP areas are there?");
    expect(asked).toEqual([
      "How many STP areas are there?",
      "When was the deadline?",
      "How many STP areas are there?",
    ]);
  });

  it("does not ask 'tell me more' or 'where does that come from?' again alone: its button asks for the question", () => {
    const { engine, asked } = countingEngine();
    const replier = createReplier(engine, 1);
    const more = buttonValueOf(replier.replyTo("tell me more"));
    const sources = buttonValueOf(replier.replyTo("where does that come from?"));
    replier.replyTo("When was the deadline?");
    // Asked again alone they are other answers, and a vote would be recorded against one of them.
    expect(replier.answerForButton(more)).toBeNull();
    expect(replier.answerForButton(sources)).toBeNull();
    expect(asked).toEqual(["tell me more", "where does that come from?", "When was the deadline?"]);
  });

  it("finds no answer for a button it did not make", () => {
    const { engine } = countingEngine();
    expect(createReplier(engine).answerForButton("something else")).toBeNull();
  });

  it("posts an answer for someone with the asker shown and its own buttons", () => {
    const { engine } = countingEngine();
    const replier = createReplier(engine);
    const answer = engine.ask("How many STP areas are there?");
    const posted = replier.replyWith(answer, { askedBy: "U0ASKER" });
    expect(posted.text.startsWith("<@U0ASKER> asked:")).toBe(true);
    expect(replier.answerForButton(buttonValueOf(posted))).toBe(answer);
  });

  it("answers a question in a conversation after its turns, and commands as ever", () => {
    const { engine, asked, conversations } = countingEngine();
    const replier = createReplier(engine);
    const turns = [{ question: "q", understood: "q", answered: true, cited: [] }];
    const reply = replier.converse("who leads them?", turns);
    expect(reply.answer?.question).toBe("who leads them?");
    expect(conversations).toEqual([turns]);
    const help = replier.converse("help", turns);
    expect(help.answer).toBeNull();
    expect(help.message.text).toBe(replier.replyTo("help").text);
    expect(asked).toEqual(["who leads them?"]);
  });
});
