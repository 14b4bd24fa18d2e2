// The embedded database's thread: background work, so it yields the CPU to answering.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { openPgliteThread } from "../../src/question-log/pglite-thread.ts";

/** Each thread of this process and its nice value, read from /proc (Linux only). */
function threadNiceness(): number[] {
  return readdirSync("/proc/self/task").map((task) => {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, "utf8");
    // Fields after the command name; nice is the 19th field of the whole line.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe.runIf(process.platform === "linux")("the question log's database thread", () => {
  it("runs at the lowest CPU priority, and leaves the bot's own thread as it was", async () => {
    const before = os.getPriority();
    const db = await openPgliteThread(null);
    try {
      await db.query("select 1");
      expect(threadNiceness()).toContain(19);
      expect(os.getPriority()).toBe(before);
    } finally {
      await db.close();
    }
  });
});
