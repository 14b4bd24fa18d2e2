// How a handled question is counted in the metrics: a thank-you is not a refusal to alert on.
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf } from "../../adapters/service/answer-report.ts";
import { type Engine, loadEngine } from "../../src/index.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe("outcomeOf", () => {
  it("counts answers, declines, questions that cannot be used and small talk apart", () => {
    expect(outcomeOf(engine.ask("how big is the transformation fund"))).toBe("answered");
    expect(outcomeOf(engine.ask("what is the weather on mars"))).toBe("declined");
    expect(outcomeOf(engine.ask(""))).toBe("refused");
    expect(outcomeOf(engine.ask("thanks!"))).toBe("small-talk");
    expect(outcomeOf(engine.ask("hello"))).toBe("small-talk");
    // help, sources and define are not the engine's: answered.
    expect(outcomeOf(null)).toBe("answered");
  });
});
