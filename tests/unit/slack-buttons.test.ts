// buttons.ts: a button's value carries its answer's id and question, within Slack's 2,000 characters.
import { describe, expect, it } from "vitest";
import { decodeButtonValue, encodeButtonValue } from "../../adapters/slack/buttons.ts";

describe("button values", () => {
  it("round-trip the answer id and question", () => {
    const value = { id: "a1b2", question: "How many STP areas are there? “quoted” & <b>" };
    expect(decodeButtonValue(encodeButtonValue(value))).toEqual(value);
  });

  it("shorten a very long question to stay within 2,000 characters", () => {
    const encoded = encodeButtonValue({ id: "a1b2", question: `"${"word ".repeat(1000)}` });
    expect(encoded.length).toBeLessThanOrEqual(2000);
    expect(decodeButtonValue(encoded)?.question.endsWith("…")).toBe(true);
  });

  it("read anything else as null", () => {
    for (const value of [undefined, "", "not json", "{}", '{"id":1,"q":"x"}', "[1]"]) {
      expect(decodeButtonValue(value)).toBeNull();
    }
  });
});
