// spelling.ts: a British spelling in a question finds an American one in a document, and back.
import { describe, expect, it } from "vitest";
import { americanise } from "../../src/lexicon/spelling.ts";

describe("americanise", () => {
  it.each([
    ["organisation", "organization"],
    ["organisations", "organizations"],
    ["prioritise", "prioritize"],
    ["prioritised", "prioritized"],
    ["prioritising", "prioritizing"],
    ["recognises", "recognizes"],
    ["criticise", "criticize"],
    ["behaviour", "behavior"],
    ["colours", "colors"],
    ["favourable", "favorable"],
    ["centre", "center"],
    ["programme", "program"],
    ["programmes", "programs"],
    ["paediatric", "pediatric"],
    ["analyse", "analyze"],
    ["modelling", "modeling"],
  ])("spells %s as %s", (british, american) => {
    expect(americanise(british)).toBe(american);
  });

  it.each([
    "advise",
    "exercise",
    "enterprise",
    "otherwise",
    "premises",
    "surprising",
    "raise",
    "praise",
    "revised",
  ])("leaves %s alone: it is spelled -ise in American English too", (word) => {
    expect(americanise(word)).toBe(word);
  });

  it.each(["hour", "four", "tour", "plan", "crisis", "is", "wise"])("leaves %s alone", (word) => {
    expect(americanise(word)).toBe(word);
  });

  it("leaves an American spelling as it is", () => {
    expect(americanise("organization")).toBe("organization");
    expect(americanise("center")).toBe("center");
  });
});
