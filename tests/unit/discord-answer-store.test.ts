import { describe, expect, it } from "vitest";
import { createAnswerStore } from "../../adapters/discord/answer-store.ts";
import type { Answer } from "../../src/types.ts";

const answer = (question: string): Answer => ({
  question,
  answered: false,
  answer: "",
  citations: [],
  suggestions: [],
  message: "",
});

describe("createAnswerStore", () => {
  it("gives back a saved answer by the ID its buttons carry", () => {
    const store = createAnswerStore();
    const id = store.save(answer("q1"));
    expect(id).toMatch(/^[\w-]{8}$/);
    expect(store.get(id)?.question).toBe("q1");
    expect(store.get("unknown")).toBeNull();
  });

  it("forgets the oldest answer beyond its capacity", () => {
    const store = createAnswerStore({ capacity: 2 });
    const first = store.save(answer("q1"));
    const second = store.save(answer("q2"));
    const third = store.save(answer("q3"));
    expect(store.get(first)).toBeNull();
    expect(store.get(second)?.question).toBe("q2");
    expect(store.get(third)?.question).toBe("q3");
  });

  it("counts one vote per person per answer", () => {
    const store = createAnswerStore();
    const id = store.save(answer("q1"));
    expect(store.markVoted(id, "ann")).toBe(true);
    expect(store.markVoted(id, "ann")).toBe(false);
    expect(store.markVoted(id, "bob")).toBe(true);
    expect(store.markVoted("unknown", "ann")).toBe(false);
  });
});
