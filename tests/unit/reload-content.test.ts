// Watching the content folder: a document added, broken, or a folder emptied, each handled as the README says, with one rebuild per burst.
import { copyFile, mkdir, readdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Engine, type EngineOptions, loadEngine } from "../../src/index.ts";
import {
  type ContentReload,
  createLiveEngine,
  type LiveEngine,
  type ReloadReport,
  rebuildEngine,
  watchContent,
} from "../../src/reload/index.ts";
import {
  documentText,
  makeContentFolder,
  removeFolder,
  widgetDocument,
} from "../helpers/content-folder.ts";

const gadgetDocument = documentText(
  { title: '"Gadget clinics"', source: "gadget.txt" },
  "# Gadget clinics\n\nThe first gadget clinics will open in Lowtown in September 2017.",
);

let dir: string;
let live: LiveEngine;
let reload: ContentReload;
let reports: ReloadReport[];

/** Starts watching `dir` with a live engine; `build` stands in for the worker build when given. */
async function start(build?: (options: EngineOptions) => Promise<Engine>) {
  live = createLiveEngine(await loadEngine({ contentDir: dir, cacheDir: null }));
  reports = [];
  reload = await watchContent(live, {
    quietMs: 100,
    onReload: (report) => reports.push(report),
    ...(build ? { build } : {}),
  });
}

/** Waits until `count` reloads have been reported (each follows a file landing within 5 s). */
async function reloads(count: number): Promise<ReloadReport[]> {
  const deadline = Date.now() + 5000;
  while (reports.length < count && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  await reload.idle();
  return reports;
}

beforeEach(async () => {
  dir = await makeContentFolder({ "widget.md": widgetDocument });
});
afterEach(async () => {
  await reload?.stop();
  await removeFolder(dir);
});

describe("watchContent", () => {
  it("answers from a document added to the folder, and no longer once it is removed", async () => {
    await start();
    expect(live.ask("when will the first gadget clinics open").answered).toBe(false);
    await writeFile(path.join(dir, "gadget.md"), gadgetDocument);
    const [added] = await reloads(1);
    expect(added).toMatchObject({
      kind: "rebuilt",
      documents: 2,
      added: ["gadget.md"],
      removed: [],
      warnings: [],
    });
    expect(live.ask("when will the first gadget clinics open").answer).toContain("September 2017");
    expect(live.documents.map((d) => d.title)).toContain("Gadget clinics");

    await rm(path.join(dir, "gadget.md"));
    const [, removed] = await reloads(2);
    expect(removed).toMatchObject({ kind: "rebuilt", documents: 1, removed: ["gadget.md"] });
    expect(live.ask("when will the first gadget clinics open").answered).toBe(false);
  });

  it("rebuilds once for a burst of 50 files copied in", async () => {
    const files = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `doc-${String(i).padStart(2, "0")}.md`,
        documentText(
          { title: `"Document ${i}"`, source: `doc-${i}.txt` },
          `Document ${i} says item ${i} costs £${i} million.`,
        ),
      ]),
    );
    const burst = await makeContentFolder(files);
    try {
      await start();
      await Promise.all(
        (await readdir(burst)).map((name) =>
          copyFile(path.join(burst, name), path.join(dir, name)),
        ),
      );
      const [report] = await reloads(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(reports).toHaveLength(1);
      expect(report).toMatchObject({ kind: "rebuilt", documents: 51 });
      expect(report?.kind === "rebuilt" && report.added).toHaveLength(50);
    } finally {
      await removeFolder(burst);
    }
  });

  it("skips a broken new file with the usual warning and keeps answering from the rest", async () => {
    await start();
    await writeFile(path.join(dir, "broken.md"), "# Pasted without front matter\n\nSome text.\n");
    const [report] = await reloads(1);
    expect(report).toMatchObject({ kind: "rebuilt", documents: 1, added: [] });
    expect(report?.kind === "rebuilt" && report.warnings).toEqual([
      {
        file: path.join(dir, "broken.md"),
        line: 1,
        reason: "has no front matter: start the file with ---, a title: line, and ---",
      },
    ]);
    expect(live.ask("how big is the widget fund").answer).toContain("£5 billion");
  });

  it("keeps the last good index when the folder is emptied, and says why", async () => {
    await start();
    const before = live.current;
    await rm(path.join(dir, "widget.md"));
    const [report] = await reloads(1);
    expect(report).toEqual({
      kind: "kept",
      documents: 1,
      passages: before.passageCount,
      reason: `No documents in ${dir}: add markdown files (*.md) with front matter, as content/README.md describes.`,
    });
    expect(live.current).toBe(before);
    expect(live.ask("how big is the widget fund").answer).toContain("£5 billion");
  });

  it("keeps the last index while the folder is gone, and watches it again once it is back", async () => {
    await start();
    await rm(dir, { recursive: true });
    const [gone] = await reloads(1);
    expect(gone).toMatchObject({
      kind: "kept",
      reason: expect.stringContaining("Content folder not found"),
    });
    await mkdir(dir);
    await writeFile(path.join(dir, "gadget.md"), gadgetDocument);
    const [, back] = await reloads(2);
    expect(back).toMatchObject({ kind: "rebuilt", added: ["gadget.md"], removed: ["widget.md"] });
    expect(live.ask("when will the first gadget clinics open").answer).toContain("September 2017");
  });

  it("follows a content folder that is a link pointed at another release, as deployments switch them", async () => {
    // releases/1 holds the widget document, releases/2 the gadget one; `current` names the one in use.
    const releases = dir;
    await mkdir(path.join(releases, "1"));
    await rename(path.join(releases, "widget.md"), path.join(releases, "1", "widget.md"));
    await mkdir(path.join(releases, "2"));
    await writeFile(path.join(releases, "2", "gadget.md"), gadgetDocument);
    const current = path.join(releases, "current");
    await symlink(path.join(releases, "1"), current);
    live = createLiveEngine(await loadEngine({ contentDir: current, cacheDir: null }));
    reports = [];
    reload = await watchContent(live, { quietMs: 100, onReload: (report) => reports.push(report) });
    expect(live.ask("when will the first gadget clinics open").answered).toBe(false);

    // Switched the way `ln -sfn` does it: a new link renamed over the old one.
    await symlink(path.join(releases, "2"), path.join(releases, "next"));
    await rename(path.join(releases, "next"), current);
    const [switched] = await reloads(1);
    expect(switched).toMatchObject({
      kind: "rebuilt",
      added: ["gadget.md"],
      removed: ["widget.md"],
    });
    expect(live.ask("when will the first gadget clinics open").answer).toContain("September 2017");

    // And the new release is watched from then on.
    await writeFile(path.join(releases, "2", "widget.md"), widgetDocument);
    const [, added] = await reloads(2);
    expect(added).toMatchObject({ kind: "rebuilt", added: ["widget.md"] });
  });

  it("answers from the old index while the new one is being built, then swaps it in whole", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let building = false;
    await start(async (options) => {
      building = true;
      const engine = await rebuildEngine(options);
      await gate;
      return engine;
    });
    await writeFile(path.join(dir, "gadget.md"), gadgetDocument);
    while (!building) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    expect(live.documents).toHaveLength(1);
    expect(live.ask("how big is the widget fund").answer).toContain("£5 billion");
    release();
    await reloads(1);
    expect(live.documents).toHaveLength(2);
  });
});
