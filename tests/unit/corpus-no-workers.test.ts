// Where worker threads cannot start, a large corpus is still built, on the main thread alone.
import { describe, expect, it, vi } from "vitest";
import { readContentFiles } from "../../src/documents/content.ts";
import { bundledContentDir, resolveEngineOptions } from "../../src/index.ts";
import { buildCorpus, buildCorpusInParallel } from "../../src/indexing/corpus.ts";

vi.mock("node:worker_threads", async (original) => ({
  ...(await original<typeof import("node:worker_threads")>()),
  Worker: class {
    constructor() {
      throw new Error("worker threads are not available here");
    }
  },
}));

describe("buildCorpusInParallel without worker threads", () => {
  it("reads every chunk on this thread and gives the same corpus", async () => {
    const files = await readContentFiles(bundledContentDir);
    const options = resolveEngineOptions({ contentDir: bundledContentDir, cacheDir: null });
    const parallel = await buildCorpusInParallel(files, options, { minBytes: 0 });
    const serial = buildCorpus(files, options);
    expect(parallel.passages.map((p) => [p.id, p.doc.id, p.line, p.text])).toEqual(
      serial.passages.map((p) => [p.id, p.doc.id, p.line, p.text]),
    );
    expect(parallel.index.miniSearch.toJSON()).toEqual(serial.index.miniSearch.toJSON());
  });

  it("still builds when workers were left every chunk", async () => {
    const files = await readContentFiles(bundledContentDir);
    const options = resolveEngineOptions({ contentDir: bundledContentDir, cacheDir: null });
    const parallel = await buildCorpusInParallel(files, options, { minBytes: 0, readHere: false });
    expect(parallel.passages).toHaveLength(buildCorpus(files, options).passages.length);
  });
});
