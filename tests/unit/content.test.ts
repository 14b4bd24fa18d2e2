// content.ts: the bundled documents are clean and citable; a bad file is a warning with a place, never a crash.
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledContentDir } from "../../src/config.ts";
import {
  type ContentFile,
  decodeText,
  fingerprintContent,
  isDocumentName,
  parseDocument,
  readContentFiles,
  unreadEntries,
} from "../../src/documents/content.ts";
import { loadEngine } from "../../src/engine.ts";
import { ContentError } from "../../src/errors.ts";
import {
  brokenDocuments,
  documentText,
  makeContentFolder,
  removeFolder,
  widgetDocument,
} from "../helpers/content-folder.ts";
import { type BundledCorpus, readBundledCorpus } from "../helpers/corpus.ts";

/** A content file held in memory, as `readContentFiles` would return it. */
function contentFile(name: string, text: string | Uint8Array): ContentFile {
  return { name, path: `/docs/${name}`, bytes: Buffer.from(text) };
}

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe("the bundled content", () => {
  let corpus: BundledCorpus;
  beforeAll(async () => {
    corpus = await readBundledCorpus();
  });

  it("holds several documents besides the README", () => {
    expect(corpus.documents.length).toBeGreaterThanOrEqual(5);
    expect(corpus.files.map((f) => f.name)).not.toContain("README.md");
  });

  it("parses every document without a warning", () => {
    expect(corpus.warnings).toEqual([]);
  });

  it("gives every document a title and a source naming its seed file", () => {
    for (const doc of corpus.documents) {
      expect(doc.title.trim(), doc.file).not.toBe("");
      expect(doc.source, doc.file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    }
    const sources = corpus.documents.map((doc) => doc.source);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it("writes every date as an ISO date, or leaves it out", async () => {
    for (const doc of corpus.documents) {
      if (doc.date !== null) expect(doc.date, doc.file).toMatch(isoDate);
      const raw = await readFile(doc.file, "utf8");
      const dateLine = /^date:\s*(.*)$/m.exec(raw.split(/^---$/m)[1] ?? "")?.[1];
      if (dateLine !== undefined)
        expect(dateLine.replace(/^["']|["']$/g, ""), doc.file).toMatch(isoDate);
    }
  });

  it("gives a publisher only where the page names one, and null otherwise", () => {
    for (const doc of corpus.documents) {
      expect(doc.publisher === null || doc.publisher.trim().length > 0).toBe(true);
    }
    expect(corpus.documents.some((doc) => doc.publisher === null)).toBe(true);
  });

  it("splits every document into passages", () => {
    for (const doc of corpus.documents) {
      expect(corpus.passages.filter((p) => p.doc === doc).length, doc.file).toBeGreaterThan(0);
    }
  });

  // "cialis" as a word: "specialised" is not spam.
  it.each([
    /leave a reply/i,
    /\bcialis\b/i,
    /privacy preference/i,
    /you are commenting/i,
    /bookmark the permalink/i,
    /https?:\/\//i,
  ])("has no page junk: no passage matches %s", (junk) => {
    const found = corpus.passages.filter((p) => junk.test(p.text));
    expect(found.map((p) => `${p.doc.file}:${p.line}`)).toEqual([]);
  });
});

describe("readContentFiles", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeContentFolder({
      "b-doc.md": widgetDocument,
      "a-doc.md": widgetDocument,
      "README.md": "# About this folder\n",
      "notes.txt": "not a document",
      "glossary.yml": "- term: WF\n  expansion: widget fund\n  aliases: []\n",
      "synonyms.yml": "- [widget, gadget]\n",
    });
  });
  afterAll(() => removeFolder(dir));

  it("reads the documents and data files, sorted by name, and skips the README and other files", async () => {
    const files = await readContentFiles(dir);
    expect(files.map((f) => f.name)).toEqual([
      "a-doc.md",
      "b-doc.md",
      "glossary.yml",
      "synonyms.yml",
    ]);
    expect(files[0]?.path).toBe(path.join(dir, "a-doc.md"));
    expect(files[0]?.bytes.toString("utf8")).toBe(widgetDocument);
  });

  it("throws CONTENT_DIR_MISSING naming a folder that does not exist", async () => {
    const missing = path.join(dir, "no-such-folder");
    await expect(readContentFiles(missing)).rejects.toThrow(ContentError);
    await expect(readContentFiles(missing)).rejects.toMatchObject({
      code: "CONTENT_DIR_MISSING",
      dir: missing,
    });
    await expect(readContentFiles(missing)).rejects.toThrow(
      `Content folder not found: ${missing}. Set CONTENT_DIR (or --content) to a folder of markdown documents.`,
    );
  });

  it("throws CONTENT_DIR_MISSING saying the path is a file, not a folder", async () => {
    const file = path.join(dir, "a-doc.md");
    await expect(readContentFiles(file)).rejects.toMatchObject({
      name: "ContentError",
      code: "CONTENT_DIR_MISSING",
      message: `Content folder ${file} is a file, not a folder. Set CONTENT_DIR (or --content) to a folder of markdown documents.`,
    });
  });

  // Root reads any folder whatever its mode, so only another user can see this message.
  it.skipIf(process.getuid?.() === 0)(
    "throws CONTENT_DIR_MISSING saying a folder this user cannot read",
    async () => {
      const locked = await makeContentFolder({ "a.md": "---\ntitle: A\n---\n# A\n\nText.\n" });
      await chmod(locked, 0o000);
      try {
        await expect(readContentFiles(locked)).rejects.toThrow(
          `Content folder ${locked} cannot be read by this user. Give it read permission, or set CONTENT_DIR`,
        );
      } finally {
        await chmod(locked, 0o755);
      }
    },
  );

  it("throws NO_DOCUMENTS for a folder with no markdown documents", async () => {
    const empty = await makeContentFolder({
      "README.md": "# Readme\n",
      "notes.txt": "text",
      "glossary.yml": "[]\n",
    });
    try {
      await expect(readContentFiles(empty)).rejects.toMatchObject({
        code: "NO_DOCUMENTS",
        dir: empty,
      });
      await expect(readContentFiles(empty)).rejects.toThrow(
        `No documents in ${empty}: add markdown files (*.md) with front matter, as content/README.md describes.`,
      );
    } finally {
      await removeFolder(empty);
    }
  });

  it("reads the bundled folder", async () => {
    const files = await readContentFiles(bundledContentDir);
    expect(files.some((f) => f.name === "glossary.yml")).toBe(true);
    expect(files.filter((f) => isDocumentName(f.name)).length).toBeGreaterThanOrEqual(5);
  });
});

describe("isDocumentName", () => {
  it("is true for markdown files, in any case", () => {
    expect(isDocumentName("kings-fund.md")).toBe(true);
    expect(isDocumentName("NOTES.MD")).toBe(true);
  });

  it("is false for the README, the glossary and other files", () => {
    expect(isDocumentName("README.md")).toBe(false);
    expect(isDocumentName("readme.md")).toBe(false);
    expect(isDocumentName("glossary.yml")).toBe(false);
    expect(isDocumentName("page.txt")).toBe(false);
  });
});

describe("fingerprintContent", () => {
  const files = [contentFile("a.md", "one"), contentFile("b.md", "two")];

  it("is the same for the same files", () => {
    expect(fingerprintContent(files, "v1")).toBe(fingerprintContent([...files], "v1"));
  });

  it("changes when a file's bytes, a file's name or the salt change", () => {
    const base = fingerprintContent(files, "v1");
    expect(
      fingerprintContent([contentFile("a.md", "one!"), files[1] as ContentFile], "v1"),
    ).not.toBe(base);
    expect(
      fingerprintContent([contentFile("c.md", "one"), files[1] as ContentFile], "v1"),
    ).not.toBe(base);
    expect(fingerprintContent(files, "v2")).not.toBe(base);
  });
});

describe("decodeText", () => {
  it("returns the text of a UTF-8 file without its byte order mark", () => {
    expect(decodeText(contentFile("a.md", "\uFEFF---\ntitle: t\n---\n"))).toBe(
      "---\ntitle: t\n---\n",
    );
  });

  it("warns, naming the file, when the bytes are not UTF-8", () => {
    expect(decodeText(contentFile("a.md", Buffer.from([0x43, 0x61, 0x66, 0xe9])))).toEqual({
      file: "/docs/a.md",
      line: null,
      reason: "is not valid UTF-8 text: save it as UTF-8",
    });
  });

  it("warns, naming the file, when the text holds a NUL byte", () => {
    expect(decodeText(contentFile("a.md", "abc\u0000def"))).toEqual({
      file: "/docs/a.md",
      line: null,
      reason: "is binary, not text: save it as markdown",
    });
  });
});

describe("parseDocument", () => {
  it("reads the front matter into the document's metadata", () => {
    const { document, warnings } = parseDocument(contentFile("widget.md", widgetDocument));
    expect(warnings).toEqual([]);
    expect(document?.meta).toEqual({
      id: "widget",
      title: "Widget fund briefing",
      publisher: "Acme Health",
      date: "2016-10-06",
      source: "009_0123456789abcdef.txt",
      url: null,
      file: "/docs/widget.md",
    });
    expect(document?.tree.children.some((node) => node.type === "yaml")).toBe(false);
  });

  it("leaves out the publisher, date and url a page does not give", () => {
    const { document } = parseDocument(
      contentFile("bare.md", documentText({ title: "Bare", source: "s.txt" }, "Text.")),
    );
    expect(document?.meta).toMatchObject({ title: "Bare", publisher: null, date: null, url: null });
  });

  it.each([
    ["2016-10-06", "2016-10-06"],
    ['"2016-10"', "2016-10"],
    ["2017", "2017"],
  ])("accepts the ISO date %s", (written, expected) => {
    const text = documentText({ title: "Dated", date: written, source: "s.txt" }, "Text.");
    const { document, warnings } = parseDocument(contentFile("dated.md", text));
    expect(warnings).toEqual([]);
    expect(document?.meta.date).toBe(expected);
  });

  it("folds a title written over several lines onto one line", () => {
    const text = "---\ntitle: >\n  A long title\n  over two lines\nsource: s.txt\n---\n\nText.\n";
    expect(parseDocument(contentFile("long.md", text)).document?.meta.title).toBe(
      "A long title over two lines",
    );
  });

  it.each(brokenDocuments)(
    "skips $name with a warning naming the file and the line",
    ({ name, contents, line, reason }) => {
      const { document, warnings } = parseDocument(contentFile(name, contents));
      expect(document).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.file).toBe(`/docs/${name}`);
      expect(warnings[0]?.line).toBe(line);
      expect(warnings[0]?.reason).toMatch(reason);
    },
  );

  it("says what the YAML parser found wrong with invalid front matter", () => {
    const { warnings } = parseDocument(
      contentFile("bad.md", '---\ntitle: "Unclosed\nsource: x\n---\n\nText.\n'),
    );
    expect(warnings[0]?.reason).toMatch(/^has invalid front matter: .*quote/i);
    expect(warnings[0]?.reason).not.toMatch(/:$/);
  });

  it("tells an editor how to mend the front matter mistakes people make most", () => {
    const reason = (text: string) => parseDocument(contentFile("x.md", text)).warnings[0]?.reason;
    expect(reason("---\ntitle: Plan: the next steps\nsource: x\n---\n\nText.\n")).toMatch(
      /the title: value has a colon in it, so put the value in double quotes \(title: "Plan: the next steps"\)$/,
    );
    expect(reason("---\n\ttitle: Tabbed\n---\n\nText.\n")).toMatch(
      /; take out the tab at the start of the line$/,
    );
    expect(reason('---\ntitle: "Never closed"\nsource: x\n\nText.\n')).toBe(
      "has front matter that is never closed: add a line of --- after its last key: value line",
    );
    expect(reason("")).toBe("is empty: write the document in it, or remove it");
  });

  it("skips front matter that is not key: value lines", () => {
    const { document, warnings } = parseDocument(
      contentFile("list.md", "---\n- a\n- b\n---\n\nText.\n"),
    );
    expect(document).toBeNull();
    expect(warnings).toEqual([
      {
        file: "/docs/list.md",
        line: 2,
        reason: "front matter must be key: value lines (title: …)",
      },
    ]);
  });

  it("keeps a document with a non-ISO date, warns, and leaves the date out", () => {
    const text = documentText({ title: "Dated", date: "06/10/2016", source: "s.txt" }, "Text.");
    const { document, warnings } = parseDocument(contentFile("dated.md", text));
    expect(document?.meta.date).toBeNull();
    expect(warnings).toEqual([
      {
        file: "/docs/dated.md",
        line: 3,
        reason: 'has a date "06/10/2016" that is not a real ISO date (YYYY-MM-DD): it is left out',
      },
    ]);
  });

  it("points a front matter key's warning at that key's own line, not always line 2", () => {
    const text = "---\ntitle: Keyed\nsource: s.txt\npublsher: Typo\n---\n\nText.\n";
    const { warnings } = parseDocument(contentFile("keyed.md", text));
    expect(warnings[0]?.line).toBe(4);
    expect(warnings[0]?.reason).toMatch(/unknown front matter key "publsher"/);
  });

  it("warns about a date that matches YYYY-MM-DD but is not a real date, such as 2016-13-45", () => {
    for (const date of ["2016-13-45", "2016-02-30"]) {
      const text = documentText({ title: "Odd", date, source: "s.txt" }, "Text.");
      const { document, warnings } = parseDocument(contentFile("odd.md", text));
      expect(document?.meta.date).toBeNull();
      expect(warnings[0]?.reason).toMatch(/not a real ISO date/);
    }
  });

  it("warns about a document with no source: line, which content/README.md calls required", () => {
    const { document, warnings } = parseDocument(
      contentFile("nosource.md", documentText({ title: "No source" }, "Text.")),
    );
    expect(document?.meta.source).toBe("nosource.md");
    expect(warnings[0]?.reason).toMatch(/has no source: line/);
  });

  it("keeps a document with an unknown front matter key, and warns naming the key", () => {
    const text = documentText({ title: "Authored", author: "Bob", source: "s.txt" }, "Text.");
    const { document, warnings } = parseDocument(contentFile("authored.md", text));
    expect(document?.meta.title).toBe("Authored");
    expect(warnings).toEqual([
      {
        file: "/docs/authored.md",
        line: 3,
        reason:
          'has an unknown front matter key "author" (known: title, publisher, date, source, url)',
      },
    ]);
  });
});

describe("loading a folder with broken documents", () => {
  let dir: string;
  beforeAll(async () => {
    const files: Record<string, string | Uint8Array> = { "good.md": widgetDocument };
    for (const broken of brokenDocuments) files[broken.name] = broken.contents;
    dir = await makeContentFolder(files);
  });
  afterAll(() => removeFolder(dir));

  it("warns once for each broken document, naming the file and (where it can) the line", async () => {
    const engine = await loadEngine({ contentDir: dir, cacheDir: null });
    for (const broken of brokenDocuments) {
      const warnings = engine.warnings.filter((w) => w.file === path.join(dir, broken.name));
      expect(warnings, broken.name).toHaveLength(1);
      expect(warnings[0]?.line, broken.name).toBe(broken.line);
      expect(warnings[0]?.reason, broken.name).toMatch(broken.reason);
    }
    expect(engine.warnings).toHaveLength(brokenDocuments.length);
  });

  it("still answers from the documents that are fine", async () => {
    const engine = await loadEngine({ contentDir: dir, cacheDir: null });
    expect(engine.documents.map((d) => d.id)).toEqual(["good"]);
    const answer = engine.ask("how big is the widget fund");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("£5 billion");
    expect(answer.citations[0]?.title).toBe("Widget fund briefing");
  });

  it("throws NO_DOCUMENTS, listing each file's problem, when every document is broken", async () => {
    const allBroken = await makeContentFolder(
      Object.fromEntries(brokenDocuments.map((broken) => [broken.name, broken.contents])),
    );
    try {
      const loading = loadEngine({ contentDir: allBroken, cacheDir: null });
      await expect(loading).rejects.toThrow(ContentError);
      await expect(loadEngine({ contentDir: allBroken, cacheDir: null })).rejects.toMatchObject({
        code: "NO_DOCUMENTS",
        dir: allBroken,
      });
      await expect(loadEngine({ contentDir: allBroken, cacheDir: null })).rejects.toThrow(
        `No usable documents in ${allBroken}: every one has a problem.`,
      );
      const error = await loadEngine({ contentDir: allBroken, cacheDir: null }).catch(
        (e: unknown) => e,
      );
      for (const broken of brokenDocuments) {
        expect(String((error as Error).message)).toContain(
          `  ${path.join(allBroken, broken.name)}: `,
        );
      }
    } finally {
      await removeFolder(allBroken);
    }
  });

  it("warns about a glossary that is not UTF-8 and still answers", async () => {
    const withBadGlossary = await makeContentFolder({ "good.md": widgetDocument });
    try {
      await writeFile(
        path.join(withBadGlossary, "glossary.yml"),
        Buffer.from([0x2d, 0x20, 0xff, 0xfe]),
      );
      const engine = await loadEngine({ contentDir: withBadGlossary, cacheDir: null });
      expect(engine.warnings).toEqual([
        {
          file: path.join(withBadGlossary, "glossary.yml"),
          line: null,
          reason: "is not valid UTF-8 text: save it as UTF-8",
        },
      ]);
      expect(engine.glossary).toEqual([]);
      expect(engine.ask("how big is the widget fund").answered).toBe(true);
    } finally {
      await removeFolder(withBadGlossary);
    }
  });
});

describe("unreadEntries", () => {
  it("names what an editor put in the folder that the bot does not read, and what to do", async () => {
    const dir = await makeContentFolder({
      "plan.md": widgetDocument,
      "README.md": "# The documents",
      "glossary.yml": "[]",
      "glossary.yaml": "[]",
      "board-paper.pdf": "%PDF-1.4",
      "notes.txt": "Some notes.",
      "budget.xlsx": "PK",
      ".plan.md.swp": "",
      "plan.md~": "",
    });
    try {
      await mkdir(path.join(dir, "2017"));
      const found = await unreadEntries(dir);
      expect(found.map((w) => path.basename(w.file))).toEqual([
        "2017",
        "board-paper.pdf",
        "budget.xlsx",
        "glossary.yaml",
        "notes.txt",
      ]);
      const reasons = Object.fromEntries(found.map((w) => [path.basename(w.file), w.reason]));
      expect(reasons["2017"]).toMatch(
        /^is a folder, and the bot reads only the \.md files directly in /,
      );
      expect(reasons["board-paper.pdf"]).toMatch(
        /add it with npm run content:add -- ".*board-paper\.pdf"/,
      );
      expect(reasons["glossary.yaml"]).toMatch(/reads only glossary\.yml and synonyms\.yml/);
      expect(reasons["budget.xlsx"]).toMatch(/content:add reads PDF, Word, web pages and text$/);
    } finally {
      await removeFolder(dir);
    }
  });
});
