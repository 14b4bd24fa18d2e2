// snapshot.ts: a built corpus saved under a hash of the content, reused while the content is unchanged.
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fingerprintContent, readContentFiles } from "../../src/documents/content.ts";
import { resolveEngineOptions } from "../../src/index.ts";
import { buildCorpus } from "../../src/indexing/corpus.ts";
import {
  engineCodeFiles,
  notBuilding,
  readSnapshot,
  snapshotFormat,
  snapshotPath,
  writeSnapshot,
} from "../../src/indexing/snapshot.ts";
import {
  documentText,
  makeContentFolder,
  removeFolder,
  repoRoot,
  widgetDocument,
} from "../helpers/content-folder.ts";

let contentDir: string;
let cacheDir: string;
beforeEach(async () => {
  contentDir = await makeContentFolder({ "widget.md": widgetDocument });
  cacheDir = await mkdtemp(path.join(os.tmpdir(), "stp-bot-cache-"));
});
afterEach(async () => {
  await removeFolder(contentDir);
  await removeFolder(cacheDir);
});

async function fingerprint(): Promise<string> {
  return fingerprintContent(await readContentFiles(contentDir), snapshotFormat);
}

async function saveCorpus(): Promise<string> {
  const files = await readContentFiles(contentDir);
  const key = fingerprintContent(files, snapshotFormat);
  const failure = await writeSnapshot(
    cacheDir,
    key,
    buildCorpus(files, resolveEngineOptions({ contentDir })),
  );
  expect(failure).toBeNull();
  return key;
}

describe("snapshots", () => {
  it("reuse the snapshot while no content file changes", async () => {
    const key = await saveCorpus();
    expect(await fingerprint()).toBe(key);
    const corpus = await readSnapshot(cacheDir, key);
    expect(corpus?.passages.length).toBeGreaterThan(0);
    expect(corpus?.passages[0]?.text).toBe(corpus?.passages[0]?.sentences.join(" "));
  });

  it("get a new key, and so a new snapshot, when any content file changes", async () => {
    const key = await saveCorpus();
    await writeFile(
      path.join(contentDir, "widget.md"),
      documentText({ title: "Widget plans" }, "Widget plans are now due in May."),
    );
    const changed = await fingerprint();
    expect(changed).not.toBe(key);
    expect(await readSnapshot(cacheDir, changed)).toBeNull();
    await saveCorpus();
    expect((await readdir(cacheDir)).sort()).toEqual(
      [
        path.basename(snapshotPath(cacheDir, key)),
        path.basename(snapshotPath(cacheDir, changed)),
      ].sort(),
    );
  });

  it("are ignored when the file is not a snapshot", async () => {
    const key = await fingerprint();
    await writeFile(snapshotPath(cacheDir, key), "not a snapshot");
    expect(await readSnapshot(cacheDir, key)).toBeNull();
  });

  it("are keyed by the code of src/'s folders, but for those that never build a corpus", async () => {
    const files = (await engineCodeFiles()).map((name) => name.split(path.sep).join("/"));
    for (const building of [
      "documents/passages.ts",
      "lexicon/terms.ts",
      "lexicon/thesaurus-pairs.txt",
      "indexing/postings.ts",
      "engine.ts",
    ])
      expect(files).toContain(building);
    expect(
      files.filter((name) =>
        /^(answer|conversation|import|model|question|question-log|ranking|reload|report)\//.test(
          name,
        ),
      ),
    ).toEqual([]);
  });

  it("are built by code that imports nothing from the folders the key leaves out", async () => {
    const src = path.join(repoRoot, "src");
    const building = (await readdir(src, { recursive: true }))
      .map((name) => name.split(path.sep).join("/"))
      .filter((name) => /^(documents|indexing|lexicon)\/[^/]+\.ts$/.test(name));
    // Every module the build's own modules reach, however indirectly.
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = readFileSync(path.join(src, file), "utf8");
      for (const [, spec] of text.matchAll(/from "(\.{1,2}\/[^"]+)"/g))
        visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec ?? "")));
    };
    for (const file of building) visit(file);
    expect([...reached].filter((file) => notBuilding.has(file.split("/")[0] ?? ""))).toEqual([]);
  });
});
