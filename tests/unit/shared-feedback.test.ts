// adapters/shared/feedback.ts: one line per vote with the question and cited passages, never the voter.
import { describe, expect, it } from "vitest";
import { feedbackRecord } from "../../adapters/shared/feedback.ts";
import type { Answer } from "../../src/types.ts";

const answer: Answer = {
  question: "who leads them?",
  answered: true,
  answer: "A named individual has been chosen to lead the development of each STP.",
  citations: [
    {
      title: "Sustainability and Transformation Plans",
      publisher: null,
      date: "2016-10-06",
      source: "000.txt",
      section: null,
      line: 13,
      quote: "A named individual has been chosen to lead the development of each STP.",
      url: null,
    },
  ],
  suggestions: [],
  message: "",
};

describe("feedbackRecord", () => {
  it("records a follow-up's question as typed and as it was understood", () => {
    const record = feedbackRecord({ ...answer, understood: "who leads stp" }, "up", "slack");
    expect(record).toMatchObject({
      question: "who leads them?",
      understood: "who leads stp",
      vote: "up",
    });
    expect(Object.keys(record.citations[0] ?? {}).sort()).toEqual([
      "line",
      "quote",
      "section",
      "source",
    ]);
  });

  it("leaves understood out for a question answered as typed", () => {
    expect(Object.keys(feedbackRecord(answer, "down", "discord"))).toEqual([
      "time",
      "platform",
      "vote",
      "question",
      "answered",
      "citations",
    ]);
  });
});
