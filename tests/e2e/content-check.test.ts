// `npm run content:check` as an editor runs it: OK on good content, each problem listed on bad, 2 on no folder.
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { bundledContentDir } from "../../src/config.ts";
import {
  brokenDocuments,
  documentText,
  makeContentFolder,
  removeFolder,
  widgetDocument,
} from "../helpers/content-folder.ts";
import { runScript } from "../helpers/run-script.ts";

const script = path.join("adapters", "terminal", "content-check.ts");

/** Runs content:check on `folder` (or the default) without the developer's CONTENT_DIR. */
const check = (folder?: string) => runScript(script, folder ? [folder] : []);

/** A page with a comment form left in: the document loads, the block is reported. */
const pageWithCommentForm = documentText(
  { title: '"Page with a comment form"', source: "008_0123456789abcdef.txt" },
  "The gadget fund will hold £3 billion for gadget makers across England.\n\nLeave a Reply Cancel reply. Enter your comment here...",
);

/** A document kept but warned about: an unknown key and a UK-style date. */
const oddFrontMatter = documentText(
  {
    title: '"Odd front matter"',
    author: "Bob",
    date: "06/10/2016",
    source: "007_0123456789abcdef.txt",
  },
  "The sprocket plan covers every area.",
);

describe("npm run content:check", () => {
  let dir: string;
  beforeAll(async () => {
    const files: Record<string, string | Uint8Array> = {
      "good.md": widgetDocument,
      "comment-form.md": pageWithCommentForm,
      "odd-front-matter.md": oddFrontMatter,
      "board-paper.pdf": "%PDF-1.4",
    };
    for (const broken of brokenDocuments) files[broken.name] = broken.contents;
    dir = await makeContentFolder(files);
  });
  afterAll(() => removeFolder(dir));

  it.concurrent("says content OK for the bundled content and exits 0", async ({ expect }) => {
    const { code, stdout } = await check();
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^content OK: \d+ documents, \d+ passages, \d+ glossary entries in .*content\n$/,
    );
  });

  it.concurrent("lists each broken file with its problem and exits 1", async ({ expect }) => {
    const { code, stdout, stderr } = await check(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /board-paper\.pdf: is not read, as only markdown \(\.md\) documents are: add it with npm run content:add -- /,
    );
    expect(stderr).toBe("");
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(`${lines.length - 1} problems in ${dir}:`);
    const problems = lines.slice(1);
    // Each broken document, with its line where there is one. (Paths are matched by file name:
    // see the index-snapshot todo in tests/unit/engine.test.ts.)
    for (const broken of brokenDocuments) {
      const place = broken.line ? `${broken.name}:${broken.line}: ` : `${broken.name}: `;
      const line = problems.find((problem) => problem.includes(`${path.sep}${place}`));
      expect(line, broken.name).toBeDefined();
      expect(line?.slice(line.indexOf(place) + place.length)).toMatch(broken.reason);
    }
    expect(problems).toContainEqual(
      expect.stringMatching(/odd-front-matter\.md:3: has an unknown front matter key "author"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /odd-front-matter\.md:4: has a date "06\/10\/2016" that is not a real ISO date/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /comment-form\.md:8: looks like page furniture .*; remove it: “Leave a Reply/,
      ),
    );
    expect(problems.every((problem) => problem.startsWith("- "))).toBe(true);
    expect(problems.some((problem) => problem.includes("good.md"))).toBe(false);
  });

  it.concurrent("takes the folder as --content DIR too, and says how when given --help or a wrong option", async ({
    expect,
  }) => {
    const named = await runScript(script, ["--content", bundledContentDir]);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain(`content OK: 5 documents`);
    const help = await runScript(script, ["--help"]);
    expect(help.code).toBe(0);
    const version = await runScript(script, ["--version"]);
    expect(version.stdout).toMatch(/^stp-bot \d+\.\d+\.\d+\n$/);
    expect(help.stdout).toMatch(/^Usage: npm run content:check -- \[--content DIR \| DIR\]/);
    const wrong = await runScript(script, ["--bogus"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^content:check: Unknown option '--bogus'/);
    expect(wrong.stderr).toContain("Usage: npm run content:check");
  });

  it.concurrent("names a document whose citations would read exactly as another's, as a copy does", async ({
    expect,
  }) => {
    const copies = await makeContentFolder({
      "widget.md": widgetDocument,
      "widget-copy.md": widgetDocument,
    });
    try {
      const { code, stdout } = await check(copies);
      expect(code).toBe(1);
      expect(stdout).toContain("1 problem in");
      expect(stdout).toMatch(
        /widget\.md: cited exactly as .*widget-copy\.md is \(“Widget fund briefing”, Acme Health, 2016-10-06\); if it is a copy, remove it, otherwise give it a title of its own/,
      );
    } finally {
      await removeFolder(copies);
    }
  });

  it.concurrent("exits 2 naming a folder that does not exist", async ({ expect }) => {
    const missing = path.join(os.tmpdir(), `stp-bot-no-such-folder-${process.pid}`);
    const { code, stdout, stderr } = await check(missing);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`Content folder not found: ${missing}.`);
  });
});
