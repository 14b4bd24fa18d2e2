// A burst of file changes becomes one rebuild; changes during a rebuild become one more after it, never two at once.
import { describe, expect, it } from "vitest";
import { createChangeBatcher } from "../../src/reload/change-batcher.ts";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createChangeBatcher", () => {
  it("hands over a burst of 50 changes as one batch", async () => {
    const batches: string[][] = [];
    const batcher = createChangeBatcher(async (names) => void batches.push([...names]), {
      quietMs: 50,
    });
    for (let i = 0; i < 50; i++) batcher.add(`doc-${i}.md`);
    await batcher.idle();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(50);
  });

  it("runs one batch at a time, and once more for changes that came in meanwhile", async () => {
    const batches: string[][] = [];
    let running = 0;
    let most = 0;
    const batcher = createChangeBatcher(
      async (names) => {
        running++;
        most = Math.max(most, running);
        batches.push([...names]);
        await wait(100);
        running--;
      },
      { quietMs: 10 },
    );
    batcher.add("a.md");
    await wait(40);
    batcher.add("b.md");
    batcher.add("c.md");
    await wait(20);
    batcher.add("b.md");
    await batcher.idle();
    expect(batches).toEqual([["a.md"], ["b.md", "c.md"]]);
    expect(most).toBe(1);
  });

  it("acts within the longest wait even while changes keep coming", async () => {
    const batches: string[][] = [];
    const batcher = createChangeBatcher(async (names) => void batches.push([...names]), {
      quietMs: 80,
      maxWaitMs: 150,
    });
    for (let i = 0; i < 8; i++) {
      batcher.add(`doc-${i}.md`);
      await wait(40);
    }
    await batcher.idle();
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.flat()).toHaveLength(8);
  });

  it("keeps going after a batch fails", async () => {
    const handled: string[] = [];
    const batcher = createChangeBatcher(
      async (names) => {
        if (names.has("bad.md")) throw new Error("boom");
        handled.push(...names);
      },
      { quietMs: 5 },
    );
    batcher.add("bad.md");
    await batcher.idle();
    batcher.add("good.md");
    await batcher.idle();
    expect(handled).toEqual(["good.md"]);
  });

  it("drops waiting changes when stopped", async () => {
    const batches: string[][] = [];
    const batcher = createChangeBatcher(async (names) => void batches.push([...names]), {
      quietMs: 20,
    });
    batcher.add("a.md");
    batcher.stop();
    await batcher.idle();
    await wait(40);
    expect(batches).toEqual([]);
  });
});
