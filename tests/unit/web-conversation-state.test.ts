// The conversation the web page carries: written short, read back only when it is exactly what the page wrote.
import { describe, expect, it } from "vitest";
import {
  decodeConversation,
  encodeConversation,
  maxStateLength,
} from "../../adapters/web/conversation-state.ts";
import type { Turn } from "../../src/index.ts";

const turn = (question: string, extra: Partial<Turn> = {}): Turn => ({
  question,
  understood: question,
  answered: true,
  cited: [{ source: "plan.md", line: 12 }],
  ...extra,
});
const encode = (wire: unknown) => `1.${Buffer.from(JSON.stringify(wire)).toString("base64url")}`;

describe("encodeConversation / decodeConversation", () => {
  it("round-trips the turns without their answers", () => {
    const turns = [
      turn("what is an stp"),
      turn("who leads them?", { understood: "who leads stp", answered: false, cited: [] }),
    ];
    const withAnswer = [...turns.slice(0, 1), { ...turns[1], answer: {} } as Turn];
    const state = encodeConversation(withAnswer);
    expect(state).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeConversation(state, 2000)).toEqual(turns);
  });

  it("is empty for no turns, and reads empty as no turns", () => {
    expect(encodeConversation([])).toBe("");
    expect(decodeConversation("", 2000)).toEqual([]);
  });

  it("keeps the last 5 turns, and drops the oldest until it fits the address", () => {
    const six = ["a", "b", "c", "d", "e", "f"].map((q) => turn(q));
    expect(decodeConversation(encodeConversation(six), 2000)).toEqual(six.slice(1));
    const long = ["x", "y", "z"].map((q) => turn(q.repeat(2000)));
    const state = encodeConversation(long);
    expect(state.length).toBeLessThanOrEqual(maxStateLength);
    expect(decodeConversation(state, 2000)).toEqual(long.slice(1));
  });

  it.each([
    ["text that is not the page's", "hello"],
    ["another version", `2.${Buffer.from("[]").toString("base64url")}`],
    ["base64 that is not JSON", "1.bm90IGpzb24"],
    ["JSON that is not a list", encode({ a: 1 })],
    ["six turns", encode(Array(6).fill(["q", 0, 1, []]))],
    ["a question over the length limit", encode([["q".repeat(2001), 0, 1, []]])],
    ["an empty question", encode([["", 0, 1, []]])],
    ["answered as true instead of 1", encode([["q", 0, true, []]])],
    ["a line that is not a whole number", encode([["q", 0, 1, [["a.md", 1.5]]]])],
    ["a line below 1", encode([["q", 0, 1, [["a.md", 0]]]])],
    ["an extra field", encode([["q", 0, 1, [], "x"]])],
    ["too many citations", encode([["q", 0, 1, Array(21).fill(["a.md", 1])]])],
    ["too long", `1.${"A".repeat(maxStateLength)}`],
  ])("refuses %s, saying why", (_case, state) => {
    const decoded = decodeConversation(state, 2000);
    expect(decoded).toEqual({ error: expect.any(String) });
  });
});
