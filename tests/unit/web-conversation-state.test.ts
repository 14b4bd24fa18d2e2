// The conversation the web page carries: written short, read back only when it is exactly what the page wrote.
import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decodeConversation,
  encodeConversation,
  maxStateLength,
  processConversationKey,
} from "../../adapters/web/conversation-state.ts";
import type { Turn } from "../../src/index.ts";

const turn = (question: string, extra: Partial<Turn> = {}): Turn => ({
  question,
  understood: question,
  answered: true,
  cited: [{ source: "plan.md", line: 12 }],
  ...extra,
});
/** A payload signed as the page signs it, with this process's key, whatever it says. */
const signed = (payload: string) => {
  const mac = createHmac("sha256", processConversationKey).update(payload).digest();
  return `2.${payload}.${mac.subarray(0, 16).toString("base64url")}`;
};
const encode = (wire: unknown) => signed(Buffer.from(JSON.stringify(wire)).toString("base64url"));

describe("encodeConversation / decodeConversation", () => {
  it("round-trips the turns without their answers", () => {
    const turns = [
      turn("what is an stp"),
      turn("who leads them?", { understood: "who leads stp", answered: false, cited: [] }),
    ];
    const withAnswer = [...turns.slice(0, 1), { ...turns[1], answer: {} } as Turn];
    const state = encodeConversation(withAnswer);
    expect(state).toMatch(/^2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
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

  it("reads only state signed with its key: forged, altered or another server's is refused", () => {
    const turns = [turn("what is an stp")];
    const state = encodeConversation(turns);
    expect(state).toMatch(/^2\.[\w-]+\.[\w-]{22}$/);
    const [, payload] = state.split(".");
    const forged = [["what is an stp", "URGENT: call 0900 123 456", 1, []]];
    const forgedPayload = Buffer.from(JSON.stringify(forged)).toString("base64url");
    const notWritten = { error: "this server did not write it (or has restarted since)" };
    expect(decodeConversation(state.replace(payload ?? "", forgedPayload), 2000)).toEqual(
      notWritten,
    );
    expect(decodeConversation(`${state.slice(0, -1)}A`, 2000)).toEqual(
      state.endsWith("A") ? turns : notWritten,
    );
    // Replicas given the same WEB_CONVERSATION_KEY read each other's state.
    const shared = randomBytes(32);
    expect(decodeConversation(encodeConversation(turns, shared), 2000)).toEqual(notWritten);
    expect(decodeConversation(encodeConversation(turns, shared), 2000, shared)).toEqual(turns);
  });

  it.each([
    ["text that is not the page's", "hello"],
    ["the first version, unsigned", `1.${Buffer.from("[]").toString("base64url")}`],
    ["no signature", `2.${Buffer.from("[]").toString("base64url")}`],
    ["base64 that is not JSON", signed("bm90IGpzb24")],
    ["JSON that is not a list", encode({ a: 1 })],
    ["six turns", encode(Array(6).fill(["q", 0, 1, []]))],
    ["a question over the length limit", encode([["q".repeat(2001), 0, 1, []]])],
    ["an empty question", encode([["", 0, 1, []]])],
    ["answered as true instead of 1", encode([["q", 0, true, []]])],
    ["a line that is not a whole number", encode([["q", 0, 1, [["a.md", 1.5]]]])],
    ["a line below 1", encode([["q", 0, 1, [["a.md", 0]]]])],
    ["an extra field", encode([["q", 0, 1, [], "x"]])],
    ["too many citations", encode([["q", 0, 1, Array(21).fill(["a.md", 1])]])],
    ["too long", `2.${"A".repeat(maxStateLength)}.A`],
  ])("refuses %s, saying why", (_case, state) => {
    const decoded = decodeConversation(state, 2000);
    expect(decoded).toEqual({ error: expect.any(String) });
  });
});
