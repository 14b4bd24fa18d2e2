// Building the corpus on worker threads gives exactly what building it on the main thread gives.
import { cp, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
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

  it("skips a file it cannot read with a warning naming it, on either thread, and reads the rest", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "stp-unreadable-"));
    try {
      await cp(bundledContentDir, dir, { recursive: true });
      await symlink(path.join(dir, "gone.txt"), path.join(dir, "dangling.md"));
      await mkdir(path.join(dir, "folder.md"));
      // An editor's lock file beside unsaved work is hidden, and not a document at all.
      await symlink("someone@host.1:1", path.join(dir, ".#plan.md"));
      const files = await readContentFiles(dir);
      expect(files.map((file) => file.name)).not.toContain(".#plan.md");
      const problems = [
        {
          file: path.join(dir, "dangling.md"),
          line: null,
          reason: "could not be read: it is a link to a file that is not there",
        },
        {
          file: path.join(dir, "folder.md"),
          line: null,
          reason: "is a folder, not a document: rename it or move it out",
        },
      ];
      const serial = buildCorpus(files, options);
      const parallel = await buildCorpusInParallel(files, options, {
        minBytes: 0,
        readHere: false,
      });
      for (const corpus of [serial, parallel]) {
        expect(corpus.warnings).toEqual(expect.arrayContaining(problems));
        expect(new Set(corpus.passages.map((p) => p.doc.id)).size).toBe(5);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives the same when this thread and the workers share the chunks", async () => {
    const files = await readContentFiles(bundledContentDir);
    const parallel = await buildCorpusInParallel(files, options, { minBytes: 0 });
    expect(summary(parallel)).toEqual(summary(buildCorpus(files, options)));
  });
});
