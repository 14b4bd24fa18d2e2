// sentence-ties.ts: which sentences need the one before them to be understood, or go on from it.
import { describe, expect, it } from "vitest";
import { carriesOn, pointsBack } from "../../src/ranking/sentence-ties.ts";

describe("a sentence that leans on the one before", () => {
  it("points back when it opens with this, these, it, they, such or both", () => {
    for (const sentence of ["This fund will hold £1.8bn.", "They come from CCGs.", "Both agreed."])
      expect(pointsBack(sentence), sentence).toBe(true);
    expect(pointsBack("Thistle Trust agreed.")).toBe(false);
    expect(pointsBack("The letter said so.")).toBe(false);
  });

  it('points back when it opens with "He" or "She", who was named before', () => {
    for (const sentence of [
      "He suggested that sales could exceed £5 billion.",
      "She warned of delays.",
    ])
      expect(pointsBack(sentence), sentence).toBe(true);
    expect(pointsBack("Health boards agreed.")).toBe(false);
    expect(pointsBack("Sheffield agreed.")).toBe(false);
  });

  it("points back when a short opening phrase comes before its pronoun", () => {
    for (const sentence of [
      "At first it was called the Integration Transformation Fund.",
      "In some areas it is co-chaired by HEE.",
      "Where decisions are made jointly, it can act.",
      "Like an MCP, but it also takes in hospital services.",
    ])
      expect(pointsBack(sentence), sentence).toBe(true);
    // Here "it" is NHS England, named in the sentence itself.
    expect(pointsBack("In 2019 NHS England said it would act.")).toBe(false);
  });

  it("carries on with an example, the start of a list, or a pointer back", () => {
    for (const sentence of [
      "For example, GPs say so.",
      "These include Dudley.",
      "First, agree a footprint.",
      "It was late.",
    ])
      expect(carriesOn(sentence), sentence).toBe(true);
    expect(carriesOn("Firstborn children are counted.")).toBe(false);
    expect(carriesOn("Comments are open until March.")).toBe(false);
  });
});
