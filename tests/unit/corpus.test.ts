// Building the corpus on worker threads gives exactly what building it on the main thread gives.
import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/content.ts";
import { buildCorpus, buildCorpusInParallel } from "../../src/corpus.ts";
import { bundledContentDir, resolveEngineOptions } from "../../src/index.ts";

describe("buildCorpusInParallel", () => {
  it("reads the same passages, warnings and term counts on workers as on the main thread", async () => {
    const files = await readContentFiles(bundledContentDir);
    const options = resolveEngineOptions({ contentDir: bundledContentDir, cacheDir: null });
    const serial = buildCorpus(files, options);
    const parallel = await buildCorpusInParallel(files, options, { minBytes: 0 });
    expect(parallel.passages.map((p) => [p.doc.id, p.section, p.line, p.text])).toEqual(
      serial.passages.map((p) => [p.doc.id, p.section, p.line, p.text]),
    );
    expect(parallel.warnings).toEqual(serial.warnings);
    expect(parallel.dropped).toEqual(serial.dropped);
    expect(new Map(parallel.index.documentFrequency)).toEqual(
      new Map(serial.index.documentFrequency),
    );
  });
});
