// `npm run content:add` as people use it: real PDF, Word and web page files in, markdown the engine answers from out, bad files refused one line each.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument, readContentFiles } from "../../src/documents/content.ts";
import { type DraftPassage, toPassages } from "../../src/documents/passages.ts";
import { type Answer, type Engine, loadEngine } from "../../src/index.ts";
import {
  documentText,
  makeContentFolder,
  removeFolder,
  repoRoot,
} from "../helpers/content-folder.ts";
import { isVerbatim } from "../helpers/corpus.ts";
import {
  encryptedPdf,
  fixtureFacts,
  gadgetPlanPdf,
  htmlFurniture,
  scannedPdf,
  sprocketNewsHtml,
  widgetPaperDocx,
} from "../helpers/documents.ts";
import { cleanEnv, runScript, type ScriptRun } from "../helpers/run-script.ts";

const addScript = path.join("adapters", "terminal", "content-add.ts");
const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
const checkScript = path.join("adapters", "terminal", "content-check.ts");

const add = (args: string[], env?: Record<string, string>) => runScript(addScript, args, { env });

let inputs: string;
let output: string;
let run: ScriptRun;

beforeAll(async () => {
  inputs = await makeContentFolder({
    "gadget-care-plan.pdf": await gadgetPlanPdf(),
    "widget-paper.docx": await widgetPaperDocx(),
    "sprocket-news.html": sprocketNewsHtml(),
    "scanned-letter.pdf": await scannedPdf(),
    "locked.pdf": await encryptedPdf(),
    "really-a-page.pdf": sprocketNewsHtml(),
    "empty.txt": "",
  });
  output = path.join(inputs, "content");
  const files = [
    "gadget-care-plan.pdf",
    "widget-paper.docx",
    "sprocket-news.html",
    "scanned-letter.pdf",
    "locked.pdf",
    "really-a-page.pdf",
    "empty.txt",
    "missing.pdf",
  ].map((name) => path.join(inputs, name));
  run = await add(["--content", output, ...files]);
}, 60_000);

afterAll(() => removeFolder(inputs));

const fileFor = (slug: string) => path.join(output, `${slug}.md`);

describe("npm run content:add with good and bad files", () => {
  it("writes one markdown file per good document and prints its file, title and passage count", () => {
    const added = run.stdout.split("\n").filter((line) => line.startsWith("added "));
    expect(added).toEqual([
      expect.stringMatching(
        /^added .*gadget-care-plan-2017\.md: “Gadget Care Plan 2017”, \d+ passages$/,
      ),
      expect.stringMatching(
        /^added .*widget-repairs-board-paper\.md: “Widget repairs board paper”, \d+ passages$/,
      ),
      expect.stringMatching(
        /^added .*sprocket-volunteers-programme-launched\.md: “Sprocket volunteers programme launched”, \d+ passages$/,
      ),
    ]);
    expect(run.stdout).toContain("3 added, 0 skipped, 5 failed.");
  });

  it("prints one line naming each bad file and its problem, and exits 1", () => {
    const errors = run.stderr.trim().split("\n");
    const line = (name: string) =>
      errors.find((e) => e.startsWith(`error: ${path.join(inputs, name)}: `));
    expect(line("scanned-letter.pdf")).toContain(": no text in this PDF: it needs OCR first");
    expect(line("locked.pdf")).toContain(": this PDF is password-protected");
    expect(line("really-a-page.pdf")).toContain(
      ": the name says a PDF but the content is a web page (HTML); rename it to .html",
    );
    expect(line("empty.txt")).toContain(": the file is empty: nothing to import");
    expect(line("missing.pdf")).toContain(": no such file: check the path");
    expect(errors).toHaveLength(5);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(1);
  });

  it("writes nothing for a bad file and leaves no temporary file behind", async () => {
    expect((await readdir(output)).sort()).toEqual([
      "gadget-care-plan-2017.md",
      "sprocket-volunteers-programme-launched.md",
      "widget-repairs-board-paper.md",
    ]);
  });

  it("writes front matter from each document's own metadata", async () => {
    for (const [slug, facts, source] of [
      ["gadget-care-plan-2017", fixtureFacts.pdf, "gadget-care-plan.pdf"],
      ["widget-repairs-board-paper", fixtureFacts.docx, "widget-paper.docx"],
      ["sprocket-volunteers-programme-launched", fixtureFacts.html, "sprocket-news.html"],
    ] as const) {
      const text = await readFile(fileFor(slug), "utf8");
      expect(
        text.startsWith(
          `---\ntitle: "${facts.title}"\npublisher: "${facts.publisher}"\ndate: ${facts.date}\nsource: "${source}"\n---\n\n# ${facts.title}\n`,
        ),
      ).toBe(true);
    }
  });

  it("turns the PDF into headings and paragraphs without its running header, page numbers or broken words", async () => {
    const text = await readFile(fileFor("gadget-care-plan-2017"), "utf8");
    expect(text).toContain("## Introduction\n");
    expect(text).toContain("## Timeline\n");
    expect(text).toContain(
      "The partnership will recruit 300 specialist gadget therapists by March 2019 to staff the new clinics across the county.",
    );
    expect(text).toContain(
      "- Lowtown clinic opens in September 2017\n- Highbury clinic opens in April 2018",
    );
    expect(text).not.toContain(fixtureFacts.pdf.runningHeader);
    expect(text).not.toMatch(/Page \d of 3/);
    expect(text).not.toContain("thera-");
  });

  it("keeps the Word file's headings, list and table", async () => {
    const text = await readFile(fileFor("widget-repairs-board-paper"), "utf8");
    expect(text).toContain("## Summary\n");
    expect(text).toContain(
      "The board agreed to spend **£3.5 million** on widget repairs in 2017/18.",
    );
    expect(text).toContain("- Repairs start in the north wing.");
    expect(text).toMatch(/\| Year +\| Spend +\|/);
  });

  it("keeps only the web page's article", async () => {
    const text = await readFile(fileFor("sprocket-volunteers-programme-launched"), "utf8");
    expect(text).toContain("## Where volunteers will work");
    for (const furniture of htmlFurniture) expect(text).not.toContain(furniture);
  });

  it("writes files that npm run content:check passes", async () => {
    const check = await runScript(checkScript, [output]);
    expect(check.stdout).toMatch(/^content OK: 3 documents, \d+ passages/);
    expect(check.code).toBe(0);
  });
});

describe("answers from imported documents", () => {
  let engine: Engine;
  let passages: DraftPassage[];
  beforeAll(async () => {
    engine = await loadEngine({ contentDir: output, cacheDir: null });
    passages = await passagesIn(output);
  });

  const cases = Object.entries(fixtureFacts).flatMap(([kind, facts]) =>
    facts.questions.map((q) => ({ kind, title: facts.title, ...q })),
  );

  it.each(cases)(
    "answers “$question” from the $kind, quoting it word for word",
    ({ question, expect: phrase, title }) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain(phrase);
      expect(answer.citations[0]?.title).toBe(title);
      expect(isVerbatim(answer.answer, passages)).toBe(true);
    },
  );

  it("answers as well as from the same text written as markdown by hand", async () => {
    const byHand = await makeContentFolder(handWritten);
    try {
      const handEngine = await loadEngine({ contentDir: byHand, cacheDir: null });
      const hits = (e: Engine) => cases.filter((c) => isHit(e.ask(c.question), c.expect)).length;
      expect(hits(engine)).toBe(hits(handEngine));
      expect(hits(engine)).toBe(cases.length);
    } finally {
      await removeFolder(byHand);
    }
  });
});

describe("adding a document again", () => {
  it("skips a source already added, saying which file holds it and what to do", async () => {
    const pdf = path.join(inputs, "gadget-care-plan.pdf");
    const before = await readFile(fileFor("gadget-care-plan-2017"), "utf8");
    const again = await add(["--content", output, pdf]);
    expect(again.stdout).toContain(
      `skipped ${pdf}: already added as ${fileFor("gadget-care-plan-2017")} (“Gadget Care Plan 2017”); if this is a different document with the same file name, rename it and add it again; add --force to replace that one`,
    );
    expect(again.code).toBe(0);
    expect(await readFile(fileFor("gadget-care-plan-2017"), "utf8")).toBe(before);
  });

  it("replaces the file with --force, and the flags override the document's own metadata", async () => {
    const docx = path.join(inputs, "widget-paper.docx");
    const forced = await add([
      "--content",
      output,
      "--force",
      "--title",
      "Widget repairs: board decision",
      "--publisher",
      "Eastvale Board",
      "--date",
      "2017-06-01",
      docx,
    ]);
    expect(forced.stdout).toMatch(
      /^replaced .*widget-repairs-board-paper\.md: “Widget repairs: board decision”, \d+ passages$/m,
    );
    expect(forced.code).toBe(0);
    const text = await readFile(fileFor("widget-repairs-board-paper"), "utf8");
    expect(text).toContain(
      '---\ntitle: "Widget repairs: board decision"\npublisher: "Eastvale Board"\ndate: 2017-06-01\nsource: "widget-paper.docx"\n---',
    );
  });
});

/** Two boards' minutes, each `<folder>/<place>/minutes.txt`, titled by `title(place)`. */
async function writeBoardMinutes(folder: string, title: (place: string) => string) {
  for (const [place, finding] of [
    ["eastvale", "open three primary care hubs"],
    ["westbury", "close its community ward"],
  ] as const) {
    await mkdir(path.join(folder, place), { recursive: true });
    await writeFile(
      path.join(folder, place, "minutes.txt"),
      `${title(place)}\n\nThe ${place} board agreed to ${finding} in 2018.\n`,
    );
  }
}

describe("adding two files of the same name", () => {
  it("keeps a different document beside the first, its source the folder it came from, and skips the same file again", async () => {
    const papers = await makeContentFolder({});
    try {
      await writeBoardMinutes(papers, (place) => `${place} board minutes`);
      const out = path.join(papers, "content");
      const east = path.join(papers, "eastvale", "minutes.txt");
      const west = path.join(papers, "westbury", "minutes.txt");
      expect((await add(["--content", out, east])).code).toBe(0);
      // Before, the second was "already added" as the first, and --force wrote over it.
      const second = await add(["--content", out, west]);
      expect(second.stdout).toMatch(
        /^added .*westbury-board-minutes\.md: “westbury board minutes”, 1 passage \(.*eastvale-board-minutes\.md holds another document from a file named minutes\.txt, so this one's source is the path it came from\)$/m,
      );
      expect(await readFile(path.join(out, "westbury-board-minutes.md"), "utf8")).toContain(
        'source: "westbury/minutes.txt"',
      );
      const again = await add(["--content", out, west]);
      expect(again.stdout).toMatch(
        /^skipped .*westbury.minutes\.txt: already added as .*westbury-board-minutes\.md/m,
      );
      expect(await readFile(path.join(out, "eastvale-board-minutes.md"), "utf8")).toContain(
        "primary care hubs",
      );
    } finally {
      await removeFolder(papers);
    }
  });
});

describe("the same document twice, and two cited alike", () => {
  it("skips the same file given again with a title of its own, and says when two documents would be cited alike", async () => {
    const papers = await makeContentFolder({});
    try {
      await writeBoardMinutes(path.join(papers, "boards"), () => "Minutes of the STP board");
      const out = path.join(papers, "content");
      const east = path.join(papers, "boards", "eastvale", "minutes.txt");
      expect((await add(["--content", out, east])).code).toBe(0);
      // Before, a title given the second time made it "another document", added twice.
      const retitled = await add(["--content", out, "--title", "Eastvale board minutes", east]);
      expect(retitled.stdout).toMatch(
        /^skipped .*minutes\.txt: already added as .*minutes-of-the-stp-board\.md/m,
      );
      const folder = await add(["--content", out, path.join(papers, "boards")]);
      expect(folder.stdout).toMatch(
        /^ {2}cited exactly as .*minutes-of-the-stp-board(-\d)?\.md is \(the same title, publisher and date\), so readers cannot tell them apart: if it is a copy, remove one; otherwise give one a title of its own \(its front matter's title:\)$/m,
      );
    } finally {
      await removeFolder(papers);
    }
  });
});

describe("adding a folder", () => {
  it("adds every file it reads from the folder and its subfolders, naming each source by its path there", async () => {
    const papers = await makeContentFolder({
      "notes.xlsx": "not read",
      ".hidden.txt": "Hidden\n\nNot read either.",
    });
    try {
      for (const month of ["2017-01", "2017-02"]) {
        await mkdir(path.join(papers, month));
        await writeFile(
          path.join(papers, month, "minutes.txt"),
          `Board minutes ${month}\n\nThe board met in ${month} and agreed the widget budget.\n`,
        );
      }
      const out = path.join(papers, "content");
      const result = await add(["--content", out, papers]);
      expect(result.stdout).toMatch(
        /^added .*board-minutes-2017-01\.md: “Board minutes 2017-01”, 1 passage$/m,
      );
      expect(result.stdout).toMatch(
        /^added .*board-minutes-2017-02\.md: “Board minutes 2017-02”, 1 passage$/m,
      );
      // Plain text names no publisher or date: the reader is told how to give them.
      expect(result.stdout).toMatch(
        /^ {2}no publisher or date found in it, so answers will say "not stated": add it again with --publisher "…" --date YYYY-MM-DD --force, or edit its front matter$/m,
      );
      expect(result.stdout).toContain("Left out files content:add does not read: 1 .xlsx.");
      expect(result.code).toBe(0);
      expect(await readFile(path.join(out, "board-minutes-2017-02.md"), "utf8")).toContain(
        'source: "2017-02/minutes.txt"',
      );
    } finally {
      await removeFolder(papers);
    }
  });
});

describe("output read only in part", () => {
  it("adds every document when the reader stops after the first line (`| head -1`), and exits 0", async () => {
    const papers = await makeContentFolder(
      Object.fromEntries(
        [1, 2, 3, 4, 5].map((n) => [
          `minutes-${n}.txt`,
          `Board minutes ${n}\n\nThe board met and agreed widget budget ${n}.\n`,
        ]),
      ),
    );
    try {
      const out = path.join(papers, "content");
      const child = spawn(tsx, [addScript, "--content", out, papers], {
        cwd: repoRoot,
        env: cleanEnv(),
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      // As `head -1` does: read the first line, then close the pipe.
      child.stdout.once("data", () => child.stdout.destroy());
      const [code] = (await once(child, "exit")) as [number | null];
      expect(stderr).not.toMatch(/EPIPE|Error/);
      expect(code).toBe(0);
      const written = (await readdir(out)).filter((name) => name.endsWith(".md"));
      expect(written).toHaveLength(5);
    } finally {
      await removeFolder(papers);
    }
  });
});

describe("limits and usage errors", () => {
  it("refuses a file over CONTENT_MAX_MB, naming the limit", async () => {
    const big = path.join(inputs, "big.txt");
    await writeFile(big, `Big notes\n\n${"A sentence about widgets. ".repeat(1000)}`);
    const result = await add(["--content", path.join(inputs, "limited"), big], {
      CONTENT_MAX_MB: "0.01",
    });
    expect(result.stderr.trim()).toBe(
      `error: ${big}: is 25 KB, more than the 10 KB limit: split it, or raise CONTENT_MAX_MB`,
    );
    expect(result.code).toBe(1);
  });

  it.concurrent.each([
    [[], "stp-bot: No file or address given."],
    [
      ["a.pdf", "b.pdf", "--title", "One title"],
      "stp-bot: --title names one document, but 2 were given.",
    ],
    [["a.pdf", "--date", "31/03/2017"], 'stp-bot: --date "31/03/2017" is not a date'],
  ])("exits 2 for %j", async (args, message) => {
    const result = await add(args);
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(2);
  });

  it("exits 2 once, adding nothing, when the content folder is a file", async () => {
    const file = path.join(inputs, "not-a-folder");
    await writeFile(file, "");
    const result = await add(["--content", file, "a.pdf", "b.pdf"]);
    expect(result.stderr.trim()).toBe(
      `stp-bot: ${file} is a file, not a folder: give a folder to add documents to with --content DIR (or CONTENT_DIR).`,
    );
    expect(result.code).toBe(2);
  });

  it("exits 2 naming CONTENT_MAX_MB when it is not a number", async () => {
    const result = await add(["a.pdf"], { CONTENT_MAX_MB: "lots" });
    expect(result.stderr).toContain('stp-bot: CONTENT_MAX_MB is "lots", not a positive number.');
    expect(result.code).toBe(2);
  });
});

/** The fixtures' text as an editor would type it from the originals, following content/README.md. */
const handWritten = {
  "gadget.md": documentText(
    {
      title: `"${fixtureFacts.pdf.title}"`,
      publisher: `"${fixtureFacts.pdf.publisher}"`,
      source: "gadget.pdf",
    },
    `# Gadget Care Plan 2017

## Introduction

The Northshire gadget care plan will invest £42 million in community gadget clinics over five years, starting in the 2017/18 financial year.

The partnership will recruit 300 specialist gadget therapists by March 2019 to staff the new clinics across the county.

## Timeline

The first gadget clinics will open in Lowtown in September 2017, with the rest following in phases over the next two years as buildings become available.

- Lowtown clinic opens in September 2017
- Highbury clinic opens in April 2018

## Finance

Each clinic is expected to cost about £6 million to build and equip, with running costs met from the partnership's shared budget.`,
  ),
  "widget.md": documentText(
    { title: `"${fixtureFacts.docx.title}"`, source: "widget.docx" },
    `# Widget repairs board paper

## Summary

The board agreed to spend £3.5 million on widget repairs in 2017/18.

## Governance

The work will be overseen by the widget repairs committee, which reports to the board every quarter.

- Repairs start in the north wing.
- The south wing follows in 2018.`,
  ),
  "sprocket.md": documentText(
    { title: `"${fixtureFacts.html.title}"`, source: "sprocket.html" },
    `# Sprocket volunteers programme launched

The sprocket programme will train 120 volunteers across Westmere by the end of 2018, to help people leaving hospital settle back at home.

## Where volunteers will work

Volunteers will be based in Westmere's five community hubs and will visit people at home in the first week after they leave hospital.

- Training starts in March 2018.
- Each volunteer gives four hours a week.`,
  ),
};

/** Hit@1 as the eval counts it: the expected phrase in the answer or the first citation. */
function isHit(answer: Answer, phrase: string): boolean {
  return answer.answer.includes(phrase) || (answer.citations[0]?.quote.includes(phrase) ?? false);
}

/** Every passage of every document in `dir`, split by the engine's own modules. */
async function passagesIn(dir: string): Promise<DraftPassage[]> {
  const passages: DraftPassage[] = [];
  for (const file of await readContentFiles(dir)) {
    const { document } = parseDocument(file);
    if (document) passages.push(...toPassages(document.tree, document.meta).passages);
  }
  return passages;
}

describe("addresses and dates typed wrong", () => {
  it("says what is wrong with an address, a date and a damaged Word file, in one line each", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file("word/document.xml", "<w:document></w:document><w:document></w:document>");
    const folder = await makeContentFolder({
      "damaged.docx": await zip.generateAsync({ type: "nodebuffer" }),
      "dated-wrongly.md":
        "---\ntitle: Dated wrongly\npublisher: Fenland CCG\ndate: 24/11/2016\n---\n\nThe Fenland plan will open 3 hubs in 2018 across the county and employ 40 staff.\n",
    });
    try {
      const result = await add([
        "--content",
        path.join(folder, "content"),
        "ftp://files.example.org/plan.pdf",
        path.join(folder, "www.example.org", "plan.pdf"),
        "http://[::1",
        path.join(folder, "damaged.docx"),
        path.join(folder, "dated-wrongly.md"),
      ]);
      const errors = result.stderr.trim().split("\n");
      expect(errors).toEqual([
        "error: ftp://files.example.org/plan.pdf: content:add downloads http:// and https:// addresses only: download this one and add the file",
        `error: ${path.join(folder, "www.example.org", "plan.pdf")}: no such file: check the path (a web address begins with https://)`,
        "error: http://[::1: is not a web address that can be read: check it",
        expect.stringMatching(
          /^error: .*damaged\.docx: Word could not be read \([^\n@[]+\): open it in Word and save it again as \.docx$/,
        ),
      ]);
      expect(result.stdout).toContain(
        '  its date “24/11/2016” is not written YYYY-MM-DD, so it was left out and answers will say "undated": add it again with --date YYYY-MM-DD --force, or edit its front matter',
      );
    } finally {
      await removeFolder(folder);
    }
  }, 60_000);
});
