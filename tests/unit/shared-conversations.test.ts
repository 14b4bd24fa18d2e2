// adapters/shared/conversations.ts: each conversation's last turns, in memory, forgotten after a day or when too many.
import { describe, expect, it } from "vitest";
import { createConversationStore } from "../../adapters/shared/conversations.ts";
import type { Turn } from "../../src/index.ts";

const hour = 60 * 60 * 1000;

function turn(question: string): Turn {
  return { question, understood: question, answered: true, cited: [] };
}

/** A store on a clock the test moves by hand. */
function storeAt(options: Parameters<typeof createConversationStore>[0] = {}) {
  const clock = { time: 1_000_000 };
  const store = createConversationStore({ ...options, now: () => clock.time });
  return { store, clock };
}

describe("createConversationStore", () => {
  it("keeps a conversation's turns in order under its key, and nothing under other keys", () => {
    const { store } = storeAt();
    store.add("C1/1.0", turn("what is an stp"));
    store.add("C1/1.0", turn("who leads them"));
    store.add("C1/2.0", turn("how big is the fund"));
    expect(store.turns("C1/1.0").map((t) => t.question)).toEqual([
      "what is an stp",
      "who leads them",
    ]);
    expect(store.has("C1/2.0")).toBe(true);
    expect(store.has("C1/3.0")).toBe(false);
    expect(store.turns("C1/3.0")).toEqual([]);
  });

  it("keeps the last five turns of a conversation", () => {
    const { store } = storeAt();
    for (const q of ["1", "2", "3", "4", "5", "6", "7"]) store.add("k", turn(q));
    expect(store.turns("k").map((t) => t.question)).toEqual(["3", "4", "5", "6", "7"]);
  });

  it("forgets a conversation 24 hours after its last answer", () => {
    const { store, clock } = storeAt();
    store.add("k", turn("what is an stp"));
    clock.time += 23 * hour;
    store.add("k", turn("who leads them"));
    clock.time += 24 * hour;
    expect(store.has("k")).toBe(true);
    clock.time += 1;
    expect(store.has("k")).toBe(false);
    expect(store.turns("k")).toEqual([]);
    expect(store.size).toBe(0);
  });

  it("ends a conversation idle longer than maxIdleMs, so the next message starts afresh", () => {
    const { store, clock } = storeAt();
    store.add("D1", turn("what is an stp"));
    clock.time += 29 * 60 * 1000;
    expect(store.turns("D1", { maxIdleMs: 30 * 60 * 1000 })).toHaveLength(1);
    clock.time += 2 * 60 * 1000;
    expect(store.turns("D1", { maxIdleMs: 30 * 60 * 1000 })).toEqual([]);
    expect(store.has("D1")).toBe(false);
  });

  it("forgets the conversation answered longest ago when more are kept than allowed", () => {
    const { store, clock } = storeAt({ maxConversations: 3 });
    for (const key of ["a", "b", "c"]) {
      store.add(key, turn(key));
      clock.time += 1;
    }
    store.add("a", turn("a again"));
    store.add("d", turn("d"));
    expect(store.size).toBe(3);
    expect(["a", "b", "c", "d"].filter((key) => store.has(key))).toEqual(["a", "c", "d"]);
  });

  it("sweeps expired conversations when another is answered, so they cost no memory", () => {
    const { store, clock } = storeAt();
    for (let i = 0; i < 100; i++) store.add(`old-${i}`, turn("q"));
    clock.time += 25 * hour;
    store.add("new", turn("q"));
    expect(store.size).toBe(1);
  });

  it("starts a conversation from turns kept under another key", () => {
    const { store } = storeAt();
    store.add("answer:1", turn("what is an stp"));
    store.add("answer:2", turn("who leads them"), store.turns("answer:1"));
    store.add("answer:3", turn("how big is the fund"), store.turns("answer:1"));
    expect(store.turns("answer:2").map((t) => t.question)).toEqual([
      "what is an stp",
      "who leads them",
    ]);
    expect(store.turns("answer:3").map((t) => t.question)).toEqual([
      "what is an stp",
      "how big is the fund",
    ]);
    expect(store.turns("answer:1")).toHaveLength(1);
  });

  it("forgets a conversation on request", () => {
    const { store } = storeAt();
    store.add("k", turn("q"));
    store.forget("k");
    expect(store.has("k")).toBe(false);
  });

  it("refuses a bound below one, naming it", () => {
    expect(() => createConversationStore({ maxConversations: 0 })).toThrow(
      "createConversationStore: maxConversations must be at least 1, got 0",
    );
  });
});
