// recent.ts: a bounded memory that forgets the oldest keys first.
import { describe, expect, it } from "vitest";
import { RecentMap } from "../../adapters/slack/recent.ts";

describe("RecentMap", () => {
  it("forgets the oldest entries beyond its capacity", () => {
    const map = new RecentMap<number>(2);
    map.set("a", 1).set("b", 2).set("c", 3);
    expect(map.size).toBe(2);
    expect(map.get("a")).toBeUndefined();
    expect(map.get("c")).toBe(3);
  });

  it("counts a key set again as new", () => {
    const map = new RecentMap<number>(2);
    map.set("a", 1).set("b", 2).set("a", 10).set("c", 3);
    expect(map.get("a")).toBe(10);
    expect(map.get("b")).toBeUndefined();
  });

  it("says whether a key is seen for the first time", () => {
    const seen = new RecentMap<true>(10);
    expect(seen.isFirstSighting("Ev1", true)).toBe(true);
    expect(seen.isFirstSighting("Ev1", true)).toBe(false);
    expect(seen.isFirstSighting("Ev2", true)).toBe(true);
  });

  it("throws on a capacity that is not a positive integer", () => {
    expect(() => new RecentMap(0)).toThrow("RecentMap: capacity must be a positive integer, got 0");
  });
});
