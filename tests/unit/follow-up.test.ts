// follow-up.ts: what a message in a conversation asks for, and the question an elliptical or pronoun follow-up stands for.
import { describe, expect, it } from "vitest";
import {
  askedAboutLastAnswer,
  classifyMessage,
  maxCarriedWords,
  type ReadWords,
  rewriteFollowUp,
} from "../../src/conversation/follow-up.ts";
import type { QuestionWord } from "../../src/conversation/reading.ts";
import type { Turn } from "../../src/conversation/types.ts";
import type { Answer } from "../../src/types.ts";

/**
 * A stand-in for the engine's reading, so these tests pin the rules rather than a ranking:
 * stop words drop out, framing words are not topical, and only `known` words are in the documents.
 */
const read: ReadWords = (question) => {
  const words = question.toLowerCase().match(/[a-z0-9]+/g);
  if (!words) return null;
  return words
    .filter((word) => !stop.has(word))
    .map(
      (word): QuestionWord => ({
        word,
        key: word.replace(/s$/, ""),
        topical: !framing.has(word),
        known: known.has(word) || framing.has(word),
        weight: weights[word] ?? 1,
      }),
    );
};
const stop = new Set(
  "a an and are did do so does for from how in is it its of on said say that the their them they this to was were what whats when where which who why will with".split(
    " ",
  ),
);
const framing = new Set("big much many long still true biggest smallest more".split(" "));
const known = new Set(
  "stp stps leads lead fund transformation money government areas area social care deadline nhs england improvement sign off physicians involved april 2017".split(
    " ",
  ),
);
const weights: Record<string, number> = { stp: 0.5, stps: 0.5, transformation: 2, fund: 3 };

function turn(understood: string): Turn {
  return { question: understood, understood, answered: true, cited: [] };
}

describe("classifyMessage", () => {
  it.each<[string, ReturnType<typeof classifyMessage>]>([
    ["tell me more", "more"],
    ["more", "more"],
    ["more pls", "more"],
    ["Go on then", "more"],
    ["ok, tell me more about that please", "more"],
    ["anything else?", "more"],
    ["and?", "more"],
    ["where does that come from?", "sources"],
    ["Where's that from", "sources"],
    ["who said that", "sources"],
    ["source?", "sources"],
    ["sources?", "sources"],
    ["says who", "sources"],
    ["is that still true?", "age"],
    ["is it still the case", "age"],
    ["still true?", "age"],
    ["how old is that", "age"],
    ["help", "command"],
    ["define CCG", "command"],
    ["sources", "command"],
    ["thanks!", "thanks"],
    ["ok thank you", "thanks"],
    ["cheers", "thanks"],
    // Chat markup and emoji around a message, as Slack and Discord send them.
    ["thanks :pray:", "thanks"],
    ["cheers! :+1:", "thanks"],
    [":+1:", "thanks"],
    ["👍", "thanks"],
    ["*tell me more*", "more"],
    ["hi, where does that come from? :thinking_face:", "sources"],
    ["> is that still true?", "age"],
  ])("reads %j as %s", (message, kind) => {
    expect(classifyMessage(message)).toBe(kind);
  });

  it.each([
    "where does the money come from",
    "who said the fund would grow",
    "is the fund still £1.8bn",
    "tell me more about the fund",
    "who leads them",
    "how much?",
    "more money for social care?",
    // Nothing visible is no reaction: the engine asks for a question.
    "\u0000\u0007",
    "\u200b\u0001",
  ])("reads %j as a question: it names something to look up, or nothing at all", (message) => {
    expect(classifyMessage(message)).toBe("question");
  });
});

describe("askedAboutLastAnswer", () => {
  const answered = (text: string): Answer => ({
    question: "",
    answered: true,
    answer: text,
    citations: [],
    suggestions: [],
    message: "",
  });
  const april = {
    ...turn("what happens from april 2017"),
    answer: answered("From April 2017 the fund goes to the stps."),
  };
  const answerOf = (t: Turn) => t.answer ?? answered("");

  it("reads 'that' after a question about a time as what the answer said happens then", () => {
    expect(askedAboutLastAnswer("whats the point of that", [april], read, answerOf)).toEqual({
      question: "whats the point of fund stps",
      lastAnswer: april.answer,
    });
    expect(askedAboutLastAnswer("why is that?", [april], read, answerOf)?.question).toBe(
      "why is fund stps?",
    );
  });

  it("leaves 'that' to the usual reading after a question with a topic, or a follow-up with its own", () => {
    const fund = { ...turn("how big is the transformation fund"), answer: answered("£1.8bn.") };
    expect(askedAboutLastAnswer("whats the point of that", [fund], read, answerOf)).toBeNull();
    expect(
      askedAboutLastAnswer("how does that affect the nhs", [april], read, answerOf),
    ).toBeNull();
    expect(askedAboutLastAnswer("why", [april], read, answerOf)).toBeNull();
  });

  it("points only at the answer just given", () => {
    const later = { ...turn("thanks"), answer: answered("You're welcome.") };
    expect(askedAboutLastAnswer("why is that", [april, later], read, answerOf)).toBeNull();
  });
});

describe("rewriteFollowUp", () => {
  const fund = [turn("how big is the transformation fund")];

  it("answers a question naming its own topic as typed", () => {
    expect(rewriteFollowUp("how many stp areas are there", fund, read)).toBeNull();
    expect(rewriteFollowUp("when is the deadline", fund, read)).toBeNull();
  });

  it("adds the earlier topic to a question with none of its own", () => {
    expect(rewriteFollowUp("how much?", fund, read)).toBe("how much transformation fund");
    expect(rewriteFollowUp("and when", fund, read)).toBe("and when transformation fund");
  });

  it("puts the earlier topic where a pronoun stood for it", () => {
    expect(rewriteFollowUp("who leads them?", [turn("what is an stp")], read)).toBe(
      "who leads stp?",
    );
    expect(rewriteFollowUp("when was that", fund, read)).toBe("when was transformation fund");
    expect(rewriteFollowUp("what is their deadline", [turn("what is an stp")], read)).toBe(
      "what is stp's deadline",
    );
  });

  it("keeps a phrasal verb whole: the particle goes before the topic", () => {
    expect(rewriteFollowUp("who has to sign it off", fund, read)).toBe(
      "who has to sign off transformation fund",
    );
  });

  it("does not take an impersonal it, or a that joining clauses, for a pronoun", () => {
    expect(rewriteFollowUp("is it true that the deadline moved", fund, read)).toBeNull();
    expect(rewriteFollowUp("what deadline did nhs england say that plans had", fund, read)).toBe(
      null,
    );
  });

  it("asks the last question again about the new topic of a fragment, in place of its last topic", () => {
    const money = [turn("how much money is there for social care")];
    expect(rewriteFollowUp("and the government?", money, read)).toBe(
      "how much money is there for the government",
    );
    expect(rewriteFollowUp("what about stps", money, read)).toBe(
      "how much money is there for stps",
    );
    // Whoever was asked about keeps their place; only what they were asked about changes.
    const said = [turn("what does the kings fund say about the deadline")];
    expect(rewriteFollowUp("and the money?", said, read)).toBe(
      "what does the kings fund say about the money",
    );
  });

  it("puts a fragment's new topic where the old one stood, when the old one's words stood together", () => {
    const oversee = [turn("what should nhs england and nhs improvement do")];
    expect(rewriteFollowUp("and the government?", oversee, read)).toBe(
      "what should the government do",
    );
  });

  it("reads 'and how big are they?' as a question, not a fragment", () => {
    expect(rewriteFollowUp("and how big are they", [turn("how many stp areas")], read)).toBe(
      "and how big are stp areas",
    );
  });

  it("carries only words the documents know, and beside words of its own no more than the rarest few", () => {
    expect(rewriteFollowUp("who leads them", [turn("what is the zorblax fund")], read)).toBe(
      "who leads fund",
    );
    const long = turn("transformation fund money government social care deadline nhs");
    const carried = rewriteFollowUp("who chairs them", [long], read)?.replace("who chairs ", "");
    expect(carried?.split(" ").length).toBe(maxCarriedWords);
    expect(carried).toContain("fund");
  });

  it("carries the whole earlier topic into a follow-up with no topic of its own", () => {
    // "when" asks the earlier question again: all six of its topic words carry, not four.
    const earlier = turn("what should nhs england and the government do about social care money");
    expect(rewriteFollowUp("when", [earlier], read)).toBe(
      "when nhs england government social care money",
    );
    const long = turn("transformation fund money government social care deadline nhs");
    expect(rewriteFollowUp("when was that", [long], read)).toBe(
      "when was transformation fund money government social care deadline nhs",
    );
  });

  it("carries the latest earlier topic, skipping turns that had none", () => {
    const turns = [
      turn("what is an stp"),
      turn("how big is the transformation fund"),
      turn("how much"),
    ];
    expect(rewriteFollowUp("who said so", turns, read)).toBe("who said so transformation fund");
  });

  it("leaves a question alone when there is nothing earlier to carry", () => {
    expect(rewriteFollowUp("how much?", [], read)).toBeNull();
    expect(rewriteFollowUp("how much?", [turn("how big is it")], read)).toBeNull();
    expect(rewriteFollowUp("", fund, read)).toBeNull();
  });

  it("does not add a topic word the question already has", () => {
    expect(rewriteFollowUp("who leads the fund", [turn("what does the fund lead to")], read)).toBe(
      null,
    );
  });
});
