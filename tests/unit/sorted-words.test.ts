import { describe, expect, it } from "vitest";
import { SortedWords } from "../../src/lexicon/sorted-words.ts";

describe("a sorted word list", () => {
  const words = ["fund", "carers", "approve", "zebra", "a", "consulted", "b"];
  const list = SortedWords.from(words);

  it("finds every word it was made from, first and last included", () => {
    for (const word of words) expect(list.has(word)).toBe(true);
    expect(list.size).toBe(words.length);
  });

  it("finds nothing else: not a word's start, end, neighbour or an empty string", () => {
    for (const word of ["fun", "funds", "care", "aa", "zebras", "c", "", "consulte", "\n"])
      expect(list.has(word)).toBe(false);
  });

  it("keeps each word once, in order, and holds them as one string", () => {
    const twice = SortedWords.from(["plan", "fund", "plan", ""]);
    expect([...twice]).toEqual(["fund", "plan"]);
    expect(twice.lines).toBe("fund\nplan");
    expect(SortedWords.from(twice)).toBe(twice);
  });

  it("is empty when made from nothing", () => {
    const none = SortedWords.from([]);
    expect(none.size).toBe(0);
    expect(none.has("fund")).toBe(false);
    expect([...none]).toEqual([]);
  });

  it("agrees with a Set over many words", () => {
    const many = Array.from({ length: 5000 }, (_, i) => (i * 7919).toString(36));
    const set = new Set(many);
    const sorted = SortedWords.from(many);
    for (let i = 0; i < 12000; i++) {
      const probe = (i * 7919).toString(36);
      expect(sorted.has(probe)).toBe(set.has(probe));
    }
  });
});
