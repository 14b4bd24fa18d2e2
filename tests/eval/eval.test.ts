// Holds the answer-quality floors reached on our own question set; `npm run eval` prints the figures.
import { beforeAll, describe, expect, it } from "vitest";
import { type Engine, loadEngine } from "../../src/index.ts";
import { type EvalReport, loadEvalQuestions, runEval } from "./metrics.ts";

let report: EvalReport;

beforeAll(async () => {
  const engine: Engine = await loadEngine({ cacheDir: null });
  report = runEval(engine, loadEvalQuestions());
});

describe("eval floors (raise them when the figures improve)", () => {
  it("has at least 80 questions, 15 of them unanswerable", () => {
    expect(report.questions).toBeGreaterThanOrEqual(80);
    expect(report.unanswerable).toBeGreaterThanOrEqual(15);
  });

  it("quotes an answer containing an expected phrase for most answerable questions", () => {
    expect(report.answerHitAt1).toBeGreaterThanOrEqual(FLOORS.answerHitAt1);
    expect(report.hitAt1).toBeGreaterThanOrEqual(FLOORS.hitAt1);
    expect(report.hitAt3).toBeGreaterThanOrEqual(FLOORS.hitAt3);
  });

  it("declines what the documents do not cover, and little that they do", () => {
    expect(report.correctDeclineRate).toBeGreaterThanOrEqual(FLOORS.correctDeclineRate);
    expect(report.falseDeclineRate).toBeLessThanOrEqual(FLOORS.falseDeclineRate);
  });

  it("keeps answers short", () => {
    expect(report.meanAnswerLength).toBeLessThan(300);
  });
});

const FLOORS = {
  answerHitAt1: 0.91,
  hitAt1: 0.93,
  hitAt3: 0.95,
  correctDeclineRate: 0.92,
  falseDeclineRate: 0.01,
};
