// question-log/records.ts: what kind of message each logged record says it was.
import { describe, expect, it } from "vitest";
import { questionRecord } from "../../src/question-log/records.ts";
import type { Answer } from "../../src/types.ts";

const reply = (question: string, extra: Partial<Answer> = {}): Answer => ({
  question,
  answered: true,
  answer: "The Five Year Forward View was published in October 2014.",
  citations: [],
  suggestions: [],
  message: "",
  ...extra,
});
const scores = { chance: 0.8, score: 1.2, coverage: 1 };
const inThread = { platform: "slack", place: "thread", followUp: true } as const;
const kindOf = (answer: Answer, where: Parameters<typeof questionRecord>[1] = inThread) =>
  questionRecord(answer, where, "id", new Date("2026-12-01T12:00:00Z"))?.kind ?? null;

describe("questionRecord's kind", () => {
  it("is a question for a first message, and no record at all for thanks", () => {
    expect(kindOf(reply("what is an stp", { scores }), { ...inThread, followUp: false })).toBe(
      "question",
    );
    expect(kindOf(reply("thanks!"))).toBeNull();
  });

  it("is age for 'is that still true?', answered from the last answer's sources", () => {
    expect(kindOf(reply("is that still true?", { understood: "what is an stp" }))).toBe("age");
  });

  it("is a follow-up for 'when was it published?' when the documents answered it", () => {
    const published = reply("when was it published?", {
      understood: "when was forward view published",
      scores,
    });
    expect(kindOf(published)).toBe("follow-up");
    // Not found in the documents, it was about the last answer's sources after all.
    expect(kindOf(reply("when was it published?", { understood: "how big is the fund" }))).toBe(
      "age",
    );
  });
});
