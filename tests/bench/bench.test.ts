// The benchmark keeps working: one tiny size end to end. Timings are printed by `npm run bench`, never asserted.
import { describe, expect, it } from "vitest";
import { benchSize, formatTable } from "./run.ts";

describe("npm run bench", () => {
  it("measures a 300-passage corpus and prints a table row for it", async () => {
    const row = await benchSize(300, 1);
    expect(row.passages).toBe(300);
    expect(formatTable([row])).toMatch(/^\| 300 \|/m);
  }, 60_000);
});
