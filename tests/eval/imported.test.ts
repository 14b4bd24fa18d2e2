// Holds the floors reached when the documents are added as web pages, Word files and PDFs; `npm run eval:imported` prints every set.
import { beforeAll, describe, expect, it } from "vitest";
import type { Format } from "./imported/import-folder.ts";
import { type ImportedResult, measureImported } from "./imported/measure.ts";
import { loadEvalSets } from "./sets.ts";

// Our own questions over the bundled pages, and the new pages' (tables, numbered lists, a board
// paper's sub-headings): the rest is left to `npm run eval:imported`, which takes minutes.
const sets = loadEvalSets().sets.filter((set) => set.name === "own" || set.name === "new pages");
let results: ImportedResult[] = [];

beforeAll(async () => {
  results = (await measureImported(sets)).results;
}, 180_000);

/** Floors just under today's figures: the share answered in the same words, and hit@1. */
const floors: Record<string, Record<Format, { same: number; hitAt1: number }>> = {
  own: {
    "web page": { same: 0.99, hitAt1: 0.93 },
    "Word file": { same: 0.99, hitAt1: 0.93 },
    PDF: { same: 0.99, hitAt1: 0.93 },
  },
  "new pages": {
    "web page": { same: 0.99, hitAt1: 0.67 },
    "Word file": { same: 0.99, hitAt1: 0.67 },
    PDF: { same: 0.99, hitAt1: 0.67 },
  },
};

describe.each(sets.map((set) => set.name))("the %s questions over imported documents", (name) => {
  it.each(Object.keys(floors[name] ?? {}) as Format[])(
    "are answered from a %s as from the markdown, with no page furniture and every quote verbatim",
    (format) => {
      const result = results.find((r) => r.set === name && r.format === format);
      const floor = floors[name]?.[format];
      expect(result && floor).toBeTruthy();
      if (!result || !floor) return;
      expect(result.report.same).toBeGreaterThanOrEqual(floor.same);
      expect(result.report.hitAt1.imported).toBeGreaterThanOrEqual(floor.hitAt1);
      expect(result.report.furniture).toEqual([]);
      expect(result.report.notVerbatim).toBe(0);
    },
  );
});
