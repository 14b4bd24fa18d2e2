// The web page's caches: a fresh question is searched once, a follow-up always, and a reload forgets every answer.
import { describe, expect, it } from "vitest";
import { createRecentCache } from "../../adapters/shared/recent-cache.ts";
import { cacheAnswers } from "../../adapters/web/answer-cache.ts";
import { type Engine, loadEngine, toTurn } from "../../src/index.ts";
import { createLiveEngine } from "../../src/reload/index.ts";

/** `engine` counting the questions that reach it. */
function counting(engine: Engine): { engine: Engine; asked: string[] } {
  const asked: string[] = [];
  const wrapped = new Proxy(engine, {
    get: (target, property, receiver) =>
      property === "ask"
        ? (question: string, conversation?: Parameters<Engine["ask"]>[1]) => {
            asked.push(question);
            return target.ask(question, conversation);
          }
        : Reflect.get(target, property, receiver),
  });
  return { engine: wrapped, asked };
}

describe("cacheAnswers", () => {
  it("searches a fresh question once and gives the same answer after", async () => {
    const { engine, asked } = counting(await loadEngine());
    const cached = cacheAnswers(engine);
    const first = cached.ask("how many stp areas are there");
    expect(cached.ask("how many stp areas are there")).toBe(first);
    expect(first).toEqual(engine.ask("how many stp areas are there"));
    expect(asked.filter((q) => q === "how many stp areas are there")).toHaveLength(2);
    expect(cached.documents).toBe(engine.documents);
  });

  it("always asks a follow-up, whose answer depends on the conversation", async () => {
    const { engine, asked } = counting(await loadEngine());
    const cached = cacheAnswers(engine);
    const turns = [toTurn("what is an stp", cached.ask("what is an stp"))];
    cached.ask("who leads them?", turns);
    cached.ask("who leads them?", turns);
    expect(asked.filter((q) => q === "who leads them?")).toHaveLength(2);
  });

  it("forgets every answer when a live engine's documents are reloaded", async () => {
    const live = createLiveEngine(await loadEngine());
    const cached = cacheAnswers(live);
    const before = cached.ask("how many stp areas are there");
    live.swap(await loadEngine());
    const after = cached.ask("how many stp areas are there");
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });
});

describe("createRecentCache", () => {
  it("keeps the most recently used entries up to its size", () => {
    const cache = createRecentCache<number>({ size: 2, source: () => null });
    let made = 0;
    const get = (key: string) => cache.get(key, () => ++made);
    get("a");
    get("b");
    get("a"); // a is now the most recently used
    get("c"); // so b goes
    expect(get("a")).toBe(1);
    expect(get("b")).toBe(4);
  });
});
