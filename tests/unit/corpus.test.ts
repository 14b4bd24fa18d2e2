// Building the corpus on worker threads gives exactly what building it on the main thread gives.
import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/documents/content.ts";
import { bundledContentDir, resolveEngineOptions } from "../../src/index.ts";
import { buildCorpus, buildCorpusInParallel } from "../../src/indexing/corpus.ts";
import type { Corpus } from "../../src/indexing/snapshot.ts";

describe("buildCorpusInParallel", () => {
  const options = resolveEngineOptions({ contentDir: bundledContentDir, cacheDir: null });

  /** What a build must give, whichever thread read which chunk. */
  const summary = (corpus: Corpus) => ({
    passages: corpus.passages.map((p) => [p.id, p.doc.id, p.section, p.line, p.text]),
    warnings: corpus.warnings,
    dropped: corpus.dropped,
    documentFrequency: new Map(corpus.index.documentFrequency),
    words: corpus.index.words,
    common: corpus.index.common,
    miniSearch: corpus.index.miniSearch.toJSON(),
  });

  it("gives what the main thread alone gives when workers read every chunk", async () => {
    const files = await readContentFiles(bundledContentDir);
    const serial = buildCorpus(files, options);
    const parallel = await buildCorpusInParallel(files, options, { minBytes: 0, readHere: false });
    expect(summary(parallel)).toEqual(summary(serial));
  });

  it("gives the same when this thread and the workers share the chunks", async () => {
    const files = await readContentFiles(bundledContentDir);
    const parallel = await buildCorpusInParallel(files, options, { minBytes: 0 });
    expect(summary(parallel)).toEqual(summary(buildCorpus(files, options)));
  });
});
