// question-slips.ts: a misspelt question word put right, so "hwo many" still asks for a count, a space left out put back and one put in taken out.
import { describe, expect, it } from "vitest";
import {
  askingVerbsPutRight,
  pointingWordsPutRight,
  questionWordsPutRight,
  shoutingLowered,
  spaceAfterNumbers,
  spaceAfterPossessives,
  spacesAtCapitals,
  spacesPutBack,
  spacesTakenOut,
  titleCaseLowered,
} from "../../src/question/question-slips.ts";

const knowsNothing = () => false;

describe("questionWordsPutRight", () => {
  it.each([
    ["wehre are the hubs", "where are the hubs"],
    ["how mnay areas are there", "how many areas are there"],
    ["hwen is it due", "when is it due"],
    ["whitch areas", "which areas"],
    ["Wehn was it?", "When was it?"],
  ])("reads %j as %j", (typed, meant) => {
    expect(questionWordsPutRight(typed, knowsNothing)).toBe(meant);
  });

  it("reads 'hwo' as 'how' only where 'how' must be meant", () => {
    // "hwo" is "how" or "who" with two letters swapped.
    expect(questionWordsPutRight("hwo many areas", knowsNothing)).toBe("how many areas");
    expect(questionWordsPutRight("hwo leads an stp", knowsNothing)).toBe("hwo leads an stp");
  });

  it("leaves a word anyone knows, and a contraction, as typed", () => {
    const knows = (word: string) => ["whet", "three"].includes(word);
    expect(questionWordsPutRight("whet is the fund for", knows)).toBe("whet is the fund for");
    expect(questionWordsPutRight("what are the three gaps", knows)).toBe("what are the three gaps");
    // "hasn" is one slip from nothing asked, but a word before an apostrophe is never a slip.
    expect(questionWordsPutRight("our plan wehn't ready", knowsNothing)).toBe(
      "our plan wehn't ready",
    );
  });

  it("leaves a word one slip from two question words alone", () => {
    // "whn" is "when", "who" or "why" with a letter dropped or changed.
    expect(questionWordsPutRight("whn was it due", knowsNothing)).toBe("whn was it due");
  });
});

describe("spacesPutBack", () => {
  const words = new Set(["the", "how", "many", "is", "there", "transformation", "fund", "be"]);
  const isWord = (word: string) => words.has(word);
  const asTyped = (word: string) => word === "between";

  it("puts a space after a run-on 'a' only where the caller says it ran on", () => {
    const article = new Set([...words, "a"]);
    const runOn = (word: string) => word === "afund";
    expect(
      spacesPutBack(
        "is there afund",
        (w) => article.has(w),
        () => false,
        undefined,
        runOn,
      ),
    ).toBe("is there a fund");
    expect(
      spacesPutBack(
        "is there afund",
        (w) => article.has(w),
        () => false,
      ),
    ).toBe("is there afund");
  });

  it.each([
    ["how big is thetransformation fund", "how big is the transformation fund"],
    ["howmany areas", "how many areas"],
    ["Isthere a deadline", "Is there a deadline"],
  ])("reads %j as %j", (typed, meant) => {
    expect(spacesPutBack(typed, isWord, () => false)).toBe(meant);
  });

  it("leaves a word as typed when no two words make it, or it is a word or a slip of one", () => {
    // "teen" is no word of the documents', so "beteen" is not "be teen".
    expect(spacesPutBack("the link beteen them", isWord, () => false)).toBe("the link beteen them");
    expect(spacesPutBack("is thefund big", isWord, (word) => word === "thefund")).toBe(
      "is thefund big",
    );
    expect(spacesPutBack("between", isWord, asTyped)).toBe("between");
  });

  it("leaves a capitalised word past the first as a name", () => {
    expect(spacesPutBack("is Thefund big", isWord, () => false)).toBe("is Thefund big");
  });

  describe("with the words of English the documents never use", () => {
    const documents = new Set(["the", "what", "whats", "act", "spending", "to", "link"]);
    const english = new Set(["timetable", "ally", "pending", "between", "pecs"]);
    const slips = new Set(["actally", "topecs"]);
    const read = (text: string) =>
      spacesPutBack(text, (word) => documents.has(word), knowsNothing, {
        has: (word) => english.has(word),
        slipOf: (word) => slips.has(word),
      });

    it("puts a space back before a word of English only", () => {
      expect(read("has thetimetable been clear")).toBe("has the timetable been clear");
      expect(read("whats the linkbetween them")).toBe("whats the link between them");
    });

    it("prefers the split into more of the documents' words", () => {
      // "whats pending" has the longer short part, but the documents say "spending".
      expect(read("whatspending do they cover")).toBe("what spending do they cover");
    });

    it("leaves a slip of an English word as typed rather than split it into one", () => {
      expect(read("the money actally spent")).toBe("the money actally spent");
      expect(read("what topecs must it cover")).toBe("what topecs must it cover");
    });
  });
});

describe("spaceAfterNumbers", () => {
  const isWord = (word: string) => ["footprints", "spending", "headline", "million"].includes(word);

  it.each([
    ["is it one of the 44footprints", "is it one of the 44 footprints"],
    ["where did the 2015Spending Review money go", "where did the 2015 Spending Review money go"],
    ["what are the 3headline areas", "what are the 3 headline areas"],
    ["is it 1.8million", "is it 1.8 million"],
  ])("reads %j as %j", (typed, meant) => {
    expect(spaceAfterNumbers(typed, isWord)).toBe(meant);
  });

  it("leaves times, ordinals, amounts and a name with a number in it as typed", () => {
    for (const typed of ["at 10am", "the 3rd plan", "£2bn", "the 5yfv", "the 44footprintz"])
      expect(spaceAfterNumbers(typed, isWord)).toBe(typed);
  });
});

describe("spaceAfterPossessives", () => {
  const isWord = (word: string) => ["involvement", "comments", "the"].includes(word);

  it.each([
    ["what does the treasury'sinvolvement suggest", "what does the treasury's involvement suggest"],
    ["what will they do with doctors'comments", "what will they do with doctors' comments"],
    ["what's it'sthe role", "what's it's the role"],
  ])("reads %j as %j", (typed, meant) => {
    expect(spaceAfterPossessives(typed, isWord)).toBe(meant);
  });

  it("leaves a word after an apostrophe as typed unless it is a word, and a one-letter owner", () => {
    for (const typed of ["the fund's aims", "the trust'sfoo", "at o'clock", "o'involvement"])
      expect(spaceAfterPossessives(typed, isWord)).toBe(typed);
  });
});

describe("spacesAtCapitals", () => {
  const words = new Set([
    "of",
    "the",
    "physicians",
    "vanguards",
    "supposed",
    "england",
    "staffing",
    "treasury",
  ]);
  const isWord = (word: string) => words.has(word);
  const knows = (word: string) => word === "youtube";

  it.each([
    ["the Royal College ofPhysicians", "the Royal College of Physicians"],
    ["when did theTreasury sign", "when did the Treasury sign"],
    ["what do the MCPvanguards show", "what do the MCP vanguards show"],
    ["what gaps are STPssupposed to close", "what gaps are STPs supposed to close"],
    ["what about STPstaffing", "what about STP staffing"],
    ["is there an NHSEngland deadline", "is there an NHS England deadline"],
  ])("reads %j as %j", (typed, meant) => {
    expect(spacesAtCapitals(typed, isWord, knows)).toBe(meant);
  });

  it("leaves names, words anyone knows and parts that are no words as typed", () => {
    for (const typed of ["on YouTube", "the iPhone", "is NHSmail used", "a McDonald", "the NHSfoo"])
      expect(spacesAtCapitals(typed, isWord, knows)).toBe(typed);
  });
});

describe("spacesTakenOut", () => {
  const words = new Set(["the", "transformation", "fund", "health", "care", "healthcare"]);
  const isWord = (word: string) => words.has(word);
  const knows = (left: string, right: string) => words.has(left) && words.has(right);

  it("joins two pieces of a word the documents use", () => {
    expect(spacesTakenOut("how big is the transfo rmation fund", isWord, knows)).toBe(
      "how big is the transformation fund",
    );
    expect(spacesTakenOut("the transf ormation fund", isWord, knows)).toBe(
      "the transformation fund",
    );
  });

  it("joins two words the caller does not hold apart", () => {
    // The caller's rule: "quest" and "ions" are words, but the documents use neither.
    const apart = (left: string, right: string) => left === "health" && right === "care";
    expect(spacesTakenOut("how many quest ions", (w) => w === "questions", apart)).toBe(
      "how many questions",
    );
  });

  it("leaves two words anyone knows apart, though together they make one", () => {
    expect(spacesTakenOut("is health care included", isWord, knows)).toBe(
      "is health care included",
    );
  });
});

describe("pointingWordsPutRight", () => {
  it("puts right a slip in a word that points back, when nobody knows the word typed", () => {
    const knows = (word: string) => ["thy"].includes(word);
    expect(pointingWordsPutRight("who leads tehm?", knows)).toBe("who leads them?");
    expect(pointingWordsPutRight("is tht still true", knows)).toBe("is that still true");
    expect(pointingWordsPutRight("where do thy come from", knows)).toBe("where do thy come from");
  });
});

describe("askingVerbsPutRight", () => {
  it("puts right a slip in 'should', 'will', 'does'…, when nobody knows the word typed", () => {
    const knows = (word: string) => ["shed"].includes(word);
    expect(askingVerbsPutRight("what shold the leader do?", knows)).toBe(
      "what should the leader do?",
    );
    expect(askingVerbsPutRight("wlil it be ringfenced", knows)).toBe("will it be ringfenced");
    // A word someone knows is meant as typed.
    expect(askingVerbsPutRight("what shed the leader do", knows)).toBe("what shed the leader do");
  });
});

describe("shoutingLowered", () => {
  it("reads a question typed all in capitals in lower case: no capital marks a name", () => {
    expect(shoutingLowered("WHO IS THE CHIEF EXECUTIVE OF NHS ENGLAND")).toBe(
      "who is the chief executive of nhs england",
    );
    expect(shoutingLowered("HOW BIG IS THE £1.8BN FUND?")).toBe("how big is the £1.8bn fund?");
  });

  it("leaves a question with any lower case, and one of fewer than three words, as typed", () => {
    for (const typed of ["what did NICE say", "NHS ENGLAND?", "WHO IS Simon Stevens"])
      expect(shoutingLowered(typed)).toBe(typed);
  });
});

describe("titleCaseLowered", () => {
  it.each([
    ["How Many Stp Areas Are There", "how many stp areas are there"],
    ["Is Cornwall An Stp Area", "is cornwall an stp area"],
    ["What Did NICE Say About The Milestones?", "what did NICE say about the milestones?"],
    ["Is The £1.8bn For Transformation", "is the £1.8bn for transformation"],
    ["Stp Deadline December?", "stp deadline december?"],
  ])("reads %j as %j", (typed, meant) => {
    expect(titleCaseLowered(typed)).toBe(meant);
  });

  it("leaves names in an ordinary question, capitals and short questions as typed", () => {
    for (const typed of [
      "how many ICSs are in Wales?",
      "What did Simon Stevens say",
      "HOW BIG IS THE FUND",
      "Better Care",
    ])
      expect(titleCaseLowered(typed)).toBe(typed);
  });
});
