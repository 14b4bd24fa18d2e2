// passages.ts: what gets indexed and cited — each paragraph or list, under its heading, at its line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ContentFile, parseDocument } from "../../src/documents/content.ts";
import { normaliseSpace, toPassages } from "../../src/documents/passages.ts";
import { loadEngine } from "../../src/engine.ts";
import { documentText, makeContentFolder, removeFolder } from "../helpers/content-folder.ts";
import { type BundledCorpus, readBundledCorpus } from "../helpers/corpus.ts";

/** Passages and dropped blocks of a document whose front matter takes lines 1–4 (body starts at line 6). */
function split(body: string) {
  const text = documentText({ title: '"Test page"', source: "009_0123456789abcdef.txt" }, body);
  const file: ContentFile = { name: "test.md", path: "/docs/test.md", bytes: Buffer.from(text) };
  const { document, warnings } = parseDocument(file);
  if (!document) throw new Error(`test document did not parse: ${JSON.stringify(warnings)}`);
  return toPassages(document.tree, document.meta);
}

const pageWithJunk = `# Widget news

The widget fund holds £5 billion for gadget makers in deficit across England.

Leave a Reply Cancel reply. Enter your comment here...

You are commenting using your WordPress.com account. Log Out / Change

Buy [cialis](http://spam.example/c) cheap [viagra](http://spam.example/v) now http://spam.example/x

This entry was posted in News. Bookmark the permalink.

We use cookies to improve your experience on our website.

Manage your Privacy Preference Center settings here.`;

describe("toPassages", () => {
  it("makes each paragraph a passage, with its sentences and its text", () => {
    const { passages } = split("First paragraph. It has two sentences.\n\nSecond paragraph.");
    expect(passages.map((p) => p.text)).toEqual([
      "First paragraph. It has two sentences.",
      "Second paragraph.",
    ]);
    expect(passages[0]?.sentences).toEqual(["First paragraph.", "It has two sentences."]);
  });

  it("gives each passage the heading above it as its section", () => {
    const { passages } = split(
      "# Page title\n\nIntro text.\n\n## Timeline\n\nPlans are due in June.\n\n### Detail\n\nMore.",
    );
    expect(passages.map((p) => [p.section, p.text])).toEqual([
      ["Page title", "Intro text."],
      ["Timeline", "Plans are due in June."],
      ["Detail", "More."],
    ]);
  });

  it("reads a table row by row, each row naming its columns, rows quoted apart with |", () => {
    const { passages } = split(
      "## Capital\n\n| Funding stream | Amount |\n|---|---|\n| Support for struggling trusts | £700 million |\n| Efficiency programmes | £200 million |",
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ table: true, list: true, section: "Capital" });
    expect(passages[0]?.sentences).toEqual([
      "Funding stream: Support for struggling trusts; Amount: £700 million",
      "Funding stream: Efficiency programmes; Amount: £200 million",
    ]);
    expect(passages[0]?.text).toBe(
      "Funding stream: Support for struggling trusts; Amount: £700 million | Funding stream: Efficiency programmes; Amount: £200 million",
    );
  });

  it("reads a file without a table exactly as plain markdown, pipes and all", () => {
    const { passages } = split("Costs | benefits are weighed in the plan.");
    expect(passages[0]).toMatchObject({
      table: false,
      text: "Costs | benefits are weighed in the plan.",
    });
  });

  it("gives a passage before the first heading no section", () => {
    expect(split("Text before any heading.").passages[0]?.section).toBeNull();
  });

  it("strips markdown from the text and collapses line breaks inside a paragraph", () => {
    const { passages } = split(
      "Some **bold** and _italic_ text\nwith a [link](https://example.org/page) in it and `code` too.",
    );
    expect(passages[0]?.text).toBe("Some bold and italic text with a link in it and code too.");
  });

  it("reads a hard line break as a space, so the words either side stay apart", () => {
    const { passages } = split(
      "**Partnership Board: agenda item 7**\\\n**Report of:** Director  \nof Strategy\n\nNext.",
    );
    expect(passages[0]?.text).toBe(
      "Partnership Board: agenda item 7 Report of: Director of Strategy",
    );
  });

  it("numbers each passage by the line in the file where it starts", () => {
    const { passages } = split(
      "# Title\n\nFirst paragraph.\n\nSecond paragraph\nover two lines.\n\n- a list item",
    );
    // Front matter is lines 1–4, a blank line 5, so the body starts on line 6.
    expect(passages.map((p) => [p.line, p.text])).toEqual([
      [8, "First paragraph."],
      [10, "Second paragraph over two lines."],
      [13, "a list item"],
    ]);
  });

  it("makes a whole list one passage, each item a sentence of its own", () => {
    const { passages } = split(
      "- developing new models of care;\n- improving health and wellbeing;\n- improving efficiency of services.",
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]?.sentences).toEqual([
      "developing new models of care;",
      "improving health and wellbeing;",
      "improving efficiency of services.",
    ]);
  });

  it("records where each item starts, so an item's second sentence is told from the next item", () => {
    const { passages } = split(
      "The milestones were:\n\n- June 2017: Eight systems named. Dorset was one.\n- July 2017: A dashboard rated them.",
    );
    expect(passages[0]?.sentences).toEqual([
      "The milestones were:",
      "June 2017: Eight systems named.",
      "Dorset was one.",
      "July 2017: A dashboard rated them.",
    ]);
    expect(passages[0]?.itemStarts).toEqual([0, 1, 3]);
    const paragraph = split("One sentence. Another one.").passages[0];
    expect(paragraph?.itemStarts).toEqual([0]);
  });

  it("flattens a nested list in reading order", () => {
    const { passages } = split(
      "- Feedback to the RCP:\n  - is the plan right;\n  - is there enough input?\n- Ask your lead.",
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]?.sentences).toEqual([
      "Feedback to the RCP:",
      "is the plan right;",
      "is there enough input?",
      "Ask your lead.",
    ]);
  });

  it("joins a paragraph ending in a colon with the list after it", () => {
    const { passages } = split(
      "Questions cover three headline areas:\n\n- developing new models of care;\n- improving efficiency.\n\nAfter the list.",
    );
    expect(passages.map((p) => p.text)).toEqual([
      "Questions cover three headline areas: developing new models of care; improving efficiency.",
      "After the list.",
    ]);
    expect(passages[0]?.line).toBe(6);
  });

  it("joins a paragraph ending in a colon with the paragraph after it", () => {
    const { passages } = split(
      "Areas include the South:\n\nKent and Medway; Devon; Dorset.\n\nNext paragraph.",
    );
    expect(passages.map((p) => p.text)).toEqual([
      "Areas include the South: Kent and Medway; Devon; Dorset.",
      "Next paragraph.",
    ]);
  });

  it("reads a blockquote's paragraphs as passages", () => {
    expect(
      split("> A quoted paragraph says something useful.").passages.map((p) => p.text),
    ).toEqual(["A quoted paragraph says something useful."]);
  });

  it("quotes an HTML block without its tags", () => {
    const { passages } = split("<div>The fund is <b>large</b>.</div>");
    expect(passages).toHaveLength(1);
    expect(passages[0]?.text).toMatch(/^The fund is large ?\.$/);
  });

  it("skips headings, thematic breaks and empty blocks", () => {
    const { passages } = split("# Only a heading\n\n---\n\nText.");
    expect(passages.map((p) => p.text)).toEqual(["Text."]);
  });

  it("drops comment forms, link spam and cookie text, and says why and where", () => {
    const { passages, dropped } = split(pageWithJunk);
    expect(passages.map((p) => p.text)).toEqual([
      "The widget fund holds £5 billion for gadget makers in deficit across England.",
    ]);
    expect(dropped.map((d) => [d.line, d.reason])).toEqual([
      [10, "looks like page furniture (comment form, login or cookie text)"],
      [12, "looks like page furniture (comment form, login or cookie text)"],
      [14, "is mostly links (spam or navigation)"],
      [16, "looks like page furniture (comment form, login or cookie text)"],
      [18, "looks like page furniture (comment form, login or cookie text)"],
      [20, "looks like page furniture (comment form, login or cookie text)"],
    ]);
    expect(dropped[0]?.text).toBe("Leave a Reply Cancel reply. Enter your comment here...");
  });

  it("drops a site's cookie notice and newsletter box in their own words, but not a sentence that mentions a newsletter", () => {
    const { passages, dropped } = split(
      [
        "We use some essential cookies to make this website work.",
        "We've put some small files called cookies on your device to make our site work.",
        "Sign up to our weekly newsletter for the latest analysis.",
        "Skip to main content",
        "The CCG will publicise the hubs through the council's own newsletters.",
      ].join("\n\n"),
    );
    expect(dropped).toHaveLength(4);
    expect(passages.map((p) => p.text)).toEqual([
      "The CCG will publicise the hubs through the council's own newsletters.",
    ]);
  });

  it("drops a chart's labels, an axis's evenly spaced figures, but not a table's years or a sentence", () => {
    const { passages, dropped } = split(
      [
        "Figure 3: Emergency admissions by year",
        "0 5,000 10,000 15,000 20,000 2015/16 2016/17 Northgate Southgate",
        "Year 2015 2016 2017 2018 Income 402 431 455",
        "Admissions were 5,000, 10,000, 15,000 and 20,000 in the four years.",
      ].join("\n\n"),
    );
    expect(dropped.map((d) => [d.line, d.reason])).toEqual([
      [8, "is a chart's labels (evenly spaced figures on an axis), not text"],
    ]);
    expect(passages).toHaveLength(3);
  });

  it("keeps a long paragraph that happens to hold one link", () => {
    const text =
      "The guidance, published at https://example.org/guidance by NHS England, asks every local area to set out its plans for improving quality, health and efficiency over five years.";
    expect(split(text).passages.map((p) => p.text)).toEqual([text]);
  });
});

describe("normaliseSpace", () => {
  it("collapses runs of white space, line breaks included, and trims", () => {
    expect(normaliseSpace("  a \n\t b   c  ")).toBe("a b c");
  });
});

describe("passages of the bundled documents", () => {
  let corpus: BundledCorpus;
  beforeAll(async () => {
    corpus = await readBundledCorpus();
  });

  it("start on the line their line number names", () => {
    for (const passage of corpus.passages) {
      const lines = corpus.lines.get(passage.doc.source) ?? [];
      const line = normaliseSpace(lines[passage.line - 1] ?? "");
      const opening = passage.sentences[0]?.slice(0, 20) ?? "";
      expect(line, `${passage.doc.file}:${passage.line}`).toContain(opening);
    }
  });

  it("hold text made of their sentences", () => {
    for (const passage of corpus.passages) {
      expect(passage.sentences.length).toBeGreaterThan(0);
      expect(passage.text).toBe(passage.sentences.join(" "));
    }
  });

  it("have a section wherever the document has a heading above them", () => {
    for (const passage of corpus.passages) expect(passage.section, passage.doc.file).not.toBeNull();
  });
});

describe("the engine's dropped blocks", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeContentFolder({
      "junk.md": documentText(
        { title: '"Widget news"', source: "009_0123456789abcdef.txt" },
        pageWithJunk,
      ),
    });
  });
  afterAll(() => removeFolder(dir));

  it("are reported by file and never quoted in an answer", async () => {
    const engine = await loadEngine({ contentDir: dir, cacheDir: null });
    expect(engine.dropped).toHaveLength(6);
    expect(engine.dropped.every(({ file }) => file.endsWith("junk.md"))).toBe(true);
    expect(engine.passageCount).toBe(1);
    for (const question of [
      "leave a reply",
      "buy cialis cheap",
      "privacy preference",
      "bookmark the permalink",
    ]) {
      const answer = engine.ask(question);
      expect(`${answer.answer} ${answer.citations.map((c) => c.quote).join(" ")}`).not.toMatch(
        /reply|cialis|privacy|permalink|cookies/i,
      );
    }
  });
});
