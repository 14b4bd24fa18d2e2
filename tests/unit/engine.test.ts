// engine.ts: load the content once, then ask and define; a bad folder is a ContentError with a code.
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/documents/content.ts";
import * as stpBot from "../../src/index.ts";
import {
  buildEngine,
  bundledContentDir,
  ContentError,
  defaultEngineOptions,
  type Engine,
  exampleQuestions,
  loadEngine,
  resolveEngineOptions,
} from "../../src/index.ts";
import {
  brokenDocuments,
  makeContentFolder,
  removeFolder,
  widgetDocument,
} from "../helpers/content-folder.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe("the public surface", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(stpBot).sort()).toEqual([
      "ConfigError",
      "ContentError",
      "answerBody",
      "answerContext",
      "answerToText",
      "buildCorpus",
      "buildCorpusInParallel",
      "buildEngine",
      "bundledContentDir",
      "byline",
      "citedBy",
      "classifyMessage",
      "datedSpan",
      "declineLines",
      "defaultEngineOptions",
      "definitionText",
      "describeCitation",
      "describeDocument",
      "engineFromCorpus",
      "exampleQuestions",
      "formatDate",
      "helpLines",
      "loadEngine",
      "lookalikeDocuments",
      "maxTurns",
      "projectRoot",
      "rememberTurn",
      "resolveEngineOptions",
      "shownQuestion",
      "sourcesLines",
      "toTurn",
      "trimQuote",
      "unreadEntries",
      "yearsBetween",
    ]);
  });

  it("gives an engine that asks, defines, reads topics, offers examples, and lists its documents, warnings and dropped blocks", () => {
    expect(Object.keys(engine).sort()).toEqual(
      [
        "ask",
        "define",
        "documents",
        "examples",
        "dropped",
        "glossary",
        "options",
        "passageCount",
        "topics",
        "warnings",
      ].sort(),
    );
  });

  it("answers with exactly the documented fields, scores included for the question log", () => {
    expect(Object.keys(engine.ask("who leads each stp")).sort()).toEqual(
      ["answer", "answered", "citations", "message", "question", "scores", "suggestions"].sort(),
    );
    expect(Object.keys(engine.ask("what's the weather tomorrow")).sort()).toContain("scores");
    expect(Object.keys(engine.ask("")).sort()).toEqual(
      ["answer", "answered", "citations", "message", "problem", "question", "suggestions"].sort(),
    );
  });
});

describe("loadEngine with the bundled content", () => {
  it("loads every document with no warnings and nothing dropped", () => {
    expect(engine.documents.length).toBeGreaterThanOrEqual(5);
    expect(engine.passageCount).toBeGreaterThan(engine.documents.length);
    expect(engine.warnings).toEqual([]);
    expect(engine.dropped).toEqual([]);
    expect(engine.glossary.length).toBeGreaterThanOrEqual(17);
  });

  it("uses the defaults when given no options", () => {
    expect(engine.options).toEqual(resolveEngineOptions({}, {}));
    expect(engine.options.contentDir).toBe(bundledContentDir);
    expect(engine.options).toMatchObject({
      maxQuestionLength: 2000,
      maxCitations: 5,
      maxSuggestions: 3,
    });
  });

  it("answers each of its own example questions", () => {
    for (const question of exampleQuestions)
      expect(engine.ask(question).answered, question).toBe(true);
  });

  it("honours maxSuggestions, maxCitations and maxQuestionLength", async () => {
    const strict = await loadEngine({ maxSuggestions: 1, maxCitations: 1 });
    expect(strict.ask("who won the football last night").suggestions).toHaveLength(1);
    expect(strict.ask("who leads each stp").citations).toHaveLength(1);
    const short = await loadEngine({ maxQuestionLength: 30 });
    expect(short.ask("who leads each stp and how are they chosen").problem).toBe("too-long");
    expect(short.ask("who leads each stp").answered).toBe(true);
  });
});

describe("define", () => {
  it.each([
    ["ccg", "CCG"],
    ["CCG", "CCG"],
    ["Ccgs", "CCG"],
    ["5YFV", "FYFV"],
    ["5yfv", "FYFV"],
    ["fyfv", "FYFV"],
    ["stp", "STP"],
    ["iow", "IOW"],
    ["nhse", "NHSE"],
  ])("finds %j as %s, ignoring case", (typed, term) => {
    expect(engine.define(typed)?.term).toBe(term);
  });

  it("gives the expansion and description", () => {
    expect(engine.define("ccg")).toMatchObject({
      term: "CCG",
      expansion: "clinical commissioning group",
      description: expect.stringMatching(/\S/),
    });
  });

  it("returns null for a term not in the glossary", () => {
    expect(engine.define("XYZ")).toBeNull();
    expect(engine.define("weather")).toBeNull();
    expect(engine.define("")).toBeNull();
  });
});

describe("loadEngine with a bad folder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeContentFolder({ "notes.txt": "not a document", "README.md": "# Readme\n" });
  });
  afterAll(() => removeFolder(dir));

  it("throws CONTENT_DIR_MISSING naming a folder that does not exist", async () => {
    const missing = path.join(dir, "missing");
    await expect(loadEngine({ contentDir: missing })).rejects.toThrow(ContentError);
    await expect(loadEngine({ contentDir: missing })).rejects.toMatchObject({
      name: "ContentError",
      code: "CONTENT_DIR_MISSING",
      dir: missing,
      message: expect.stringContaining(missing),
    });
  });

  it("throws NO_DOCUMENTS for a folder with no markdown documents", async () => {
    await expect(loadEngine({ contentDir: dir })).rejects.toMatchObject({
      code: "NO_DOCUMENTS",
      dir,
    });
  });

  it("throws NO_DOCUMENTS when every document is broken", async () => {
    const broken = await makeContentFolder({
      "a.md": brokenDocuments[1]?.contents ?? "",
      "b.md": "no front matter\n",
    });
    try {
      await expect(loadEngine({ contentDir: broken, cacheDir: null })).rejects.toMatchObject({
        code: "NO_DOCUMENTS",
        message: expect.stringContaining(path.join(broken, "b.md")),
      });
    } finally {
      await removeFolder(broken);
    }
  });
});

describe("resolveEngineOptions", () => {
  it("takes the content folder from CONTENT_DIR, resolved to a full path", () => {
    expect(resolveEngineOptions({}, { CONTENT_DIR: " my-docs " }).contentDir).toBe(
      path.resolve("my-docs"),
    );
  });

  it("ignores a blank CONTENT_DIR", () => {
    expect(resolveEngineOptions({}, { CONTENT_DIR: "  " }).contentDir).toBe(bundledContentDir);
  });

  it("lets the caller's options win over CONTENT_DIR", () => {
    expect(resolveEngineOptions({ contentDir: "/a" }, { CONTENT_DIR: "/b" }).contentDir).toBe(
      path.resolve("/a"),
    );
  });

  it("ignores options passed as undefined", () => {
    expect(resolveEngineOptions({ maxCitations: undefined }, {})).toEqual(defaultEngineOptions);
  });
});

describe("buildEngine", () => {
  it("answers from files already read", async () => {
    const dir = await makeContentFolder({ "widget.md": widgetDocument });
    try {
      const built = buildEngine(
        await readContentFiles(dir),
        resolveEngineOptions({ contentDir: dir, cacheDir: null }),
      );
      expect(built.ask("how big is the widget fund").answer).toContain("£5 billion");
    } finally {
      await removeFolder(dir);
    }
  });
});

describe("examples, for help", () => {
  it("are the bundled example questions over the bundled documents", () => {
    expect(engine.examples()).toEqual(exampleQuestions.slice(0, 3));
  });

  it("are questions the documents answer when an editor's documents replace the bundled ones", async () => {
    const faq = widgetDocument.replace("## Timeline", "## When are widget plans due?");
    const dir = await makeContentFolder({ "widget.md": faq });
    try {
      const built = buildEngine(
        await readContentFiles(dir),
        resolveEngineOptions({ contentDir: dir, cacheDir: null }),
      );
      // Not "How big is the sustainability and transformation fund?", which it would decline.
      expect(built.examples()).toEqual(["When are widget plans due?"]);
      for (const question of built.examples()) expect(built.ask(question).answered).toBe(true);
    } finally {
      await removeFolder(dir);
    }
  });
});

describe("index snapshots", () => {
  let contentDir: string;
  let cacheDir: string;
  beforeAll(async () => {
    contentDir = await makeContentFolder({ "widget.md": widgetDocument });
    cacheDir = await mkdtemp(path.join(os.tmpdir(), "stp-bot-cache-"));
  });
  afterAll(async () => {
    await removeFolder(contentDir);
    await removeFolder(cacheDir);
  });

  it("saves a snapshot on first load and answers the same from it on the next", async () => {
    const first = await loadEngine({ contentDir, cacheDir });
    const saved = await readdir(cacheDir);
    expect(saved).toHaveLength(1);
    expect(saved[0]).not.toMatch(/\.tmp$/);
    const second = await loadEngine({ contentDir, cacheDir });
    expect(second.documents).toEqual(first.documents);
    expect(second.passageCount).toBe(first.passageCount);
    for (const question of [
      "how big is the widget fund",
      "when are widget plans due",
      "football",
    ]) {
      expect(second.ask(question)).toEqual(first.ask(question));
    }
  });

  it("still loads, with a warning, when the snapshot cannot be saved", async () => {
    const notAFolder = path.join(cacheDir, "a-file");
    await writeFile(notAFolder, "");
    const loaded = await loadEngine({ contentDir, cacheDir: notAFolder });
    expect(loaded.ask("how big is the widget fund").answered).toBe(true);
    expect(loaded.warnings).toEqual([
      expect.objectContaining({
        file: notAFolder,
        line: null,
        reason: expect.stringMatching(/could not save the index snapshot/),
      }),
    ]);
  });

  it("names the folder's own files in warnings after loading a snapshot made from an identical folder elsewhere", async () => {
    const files = { "widget.md": widgetDocument, "bad.md": "no front matter\n" };
    const first = await makeContentFolder(files);
    const copy = await makeContentFolder(files);
    try {
      await loadEngine({ contentDir: first, cacheDir });
      const loaded = await loadEngine({ contentDir: copy, cacheDir });
      expect(loaded.warnings[0]?.file).toBe(path.join(copy, "bad.md"));
      expect(loaded.documents[0]?.file).toBe(path.join(copy, "widget.md"));
    } finally {
      await removeFolder(first);
      await removeFolder(copy);
    }
  });
});
