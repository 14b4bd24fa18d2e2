// topics.ts: what a question is about, as the engine reads it, which the question log keeps and the report groups by.
import { beforeAll, describe, expect, it } from "vitest";
import { type Engine, loadEngine } from "../../src/index.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe("engine.topics", () => {
  it("gives a question's topic words, not the words framing it", () => {
    const words = engine.topics("how big is the transformation fund?").map((t) => t.word);
    expect(words).toContain("fund");
    expect(words).not.toContain("big");
    expect(words).not.toContain("how");
  });

  it("keys a word by its own term, so different forms of it share a topic", () => {
    const keys = (text: string) => engine.topics(text).map((t) => t.key);
    expect(keys("parks")).toContain("park");
    expect(keys("car parking")).toContain("park");
  });

  it("puts a word no document uses before common ones, since it is what a declined question is about", () => {
    expect(engine.topics("when will my dentist reopen")[0]?.word).toBe("dentist");
  });

  it("keeps at most three, each once", () => {
    const topics = engine.topics(
      "dentist dentists parking hospital pharmacy ambulance prescription",
    );
    expect(topics.length).toBe(3);
    expect(new Set(topics.map((t) => t.key)).size).toBe(3);
  });

  it("reads nothing in a question that cannot be looked up", () => {
    expect(engine.topics("")).toEqual([]);
    expect(engine.topics("???")).toEqual([]);
  });
});
