import { describe, expect, it } from "vitest";
import { setBounded } from "../../src/bounded-map.ts";

describe("a cache kept to a size", () => {
  it("forgets the entry set longest ago when full", () => {
    const map = new Map([
      ["a", 1],
      ["b", 2],
    ]);
    setBounded(map, "c", 3, 2, "oldest");
    expect([...map.keys()]).toEqual(["b", "c"]);
  });

  it("forgets everything when full, if asked to", () => {
    const map = new Map([
      ["a", 1],
      ["b", 2],
    ]);
    setBounded(map, "c", 3, 2, "all");
    expect([...map.entries()]).toEqual([["c", 3]]);
  });

  it("forgets nothing to change an entry it holds", () => {
    const map = new Map([
      ["a", 1],
      ["b", 2],
    ]);
    setBounded(map, "a", 9, 2, "all");
    expect([...map.entries()]).toEqual([
      ["a", 9],
      ["b", 2],
    ]);
  });
});
