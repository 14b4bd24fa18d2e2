// PDF text → markdown blocks without a PDF: pieces into lines, page furniture out, lines into headings, paragraphs and lists.
import type { List, Root, RootContent, Table } from "mdast";
import { describe, expect, it } from "vitest";
import { layOut } from "../../src/import/pdf.ts";
import { joinLines, linesToBlocks } from "../../src/import/pdf-blocks.ts";
import { isPageNumber, removePageFurniture } from "../../src/import/pdf-furniture.ts";
import { type PdfLine, type PdfTextItem, pageLines } from "../../src/import/pdf-lines.ts";

/** A text piece as pdf.js gives it, about half an em wide per character. */
function item(str: string, x: number, y: number, fontSize = 11, hasEOL = false): PdfTextItem {
  return { str, x, y, width: str.length * fontSize * 0.5, fontSize, hasEOL };
}

function line(text: string, y: number, page = 1, options: Partial<PdfLine> = {}): PdfLine {
  const size = options.size ?? 11;
  return { text, x: 72, right: 72 + text.length * size * 0.5, y, size, page, ...options };
}

const vocabulary = { words: new Set<string>(), compounds: new Set<string>() };

/** Each block as markdown shows it, from a laid-out tree or the blocks themselves. */
function markdownOf(root: Root | RootContent[]): string[] {
  return (Array.isArray(root) ? root : root.children).map((node) => {
    if (node.type === "heading") return `${"#".repeat(node.depth)} ${textOf(node)}`;
    if (node.type === "list")
      return node.children.map((item) => `- ${textOf(item.children[0])}`).join("\n");
    return textOf(node);
  });
}

function textOf(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  return n.value ?? (n.children ?? []).map(textOf).join("");
}

describe("pageLines", () => {
  it("joins pieces on one baseline into a line, with a space where there is a gap", () => {
    const lines = pageLines([item("The plan", 72, 700), item("will invest", 130, 700)], 1);
    expect(lines.map((l) => l.text)).toEqual(["The plan will invest"]);
  });

  it("starts a new line at a line end or a lower baseline", () => {
    const lines = pageLines(
      [item("first line", 72, 700, 11, true), item("second line", 72, 686), item("third", 72, 672)],
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(["first line", "second line", "third"]);
  });

  it("keeps two columns apart by following the order the PDF draws them", () => {
    const lines = pageLines(
      [
        item("left one", 72, 700, 11, true),
        item("left two", 72, 686, 11, true),
        item("right one", 320, 700, 11, true),
        item("right two", 320, 686, 11, true),
      ],
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(["left one", "left two", "right one", "right two"]);
  });

  it("leaves out a footnote's raised marker, so a figure stays a figure, but not a power", () => {
    const [noted] = pageLines(
      [item("Spending in 2016-17", 72, 700), item("1", 176.5, 704, 7), item(" rose.", 181, 700)],
      1,
    );
    expect(noted?.text).toBe("Spending in 2016-17 rose.");
    const [area] = pageLines(
      [item("A floor area of 400 m", 72, 700), item("2", 187.5, 704, 7), item(".", 192, 700)],
      1,
    );
    expect(area?.text).toBe("A floor area of 400 m2.");
  });

  it("reads a raised ordinal's ending or a unit's power into the word, as the Word import does", () => {
    // As a browser prints <sup>: 83% of the size, raised 0.41 of it, straight after the figure.
    const sup = (str: string, x: number, y = 700) => item(str, x, y + 4.5, 9.13);
    const lines = pageLines(
      [
        item("From 1", 72, 700),
        sup("st", 105),
        item(" April 2017 and by the 31", 113.3, 700),
        sup("st", 250.8),
        item(" March", 259.1, 700, 11, true),
        item("will provide 4,500 m", 72, 686),
        sup("2", 182, 686),
        item(" of clinical space.", 186.2, 686),
      ],
      1,
    );
    expect(lines.map((l) => [l.text, l.size])).toEqual([
      ["From 1st April 2017 and by the 31st March", 11],
      ["will provide 4,500 m2 of clinical space.", 11],
    ]);
    // Not after a figure, "st" raised is no ordinal's ending.
    const [note] = pageLines([item("the list", 72, 700), sup("st", 116)], 1);
    expect(note?.text).toBe("the list");
  });

  it("puts back a space a justified line keeps in the width of the piece before a change of font", () => {
    const [label] = pageLines(
      [item("What was the review?", 72, 700), item("In 2016 it", 182, 700)],
      1,
    );
    expect(label?.text).toBe("What was the review? In 2016 it");
    const [sum] = pageLines(
      [item("set aside £325 million", 72, 700), item("of capital", 193, 700)],
      1,
    );
    expect(sum?.text).toBe("set aside £325 million of capital");
    const [word] = pageLines([item("an organ", 72, 700), item("isation", 116, 700)], 1);
    expect(word?.text).toBe("an organisation");
  });

  it("reads a letter-spaced heading as its words, as pdf.js gives it from a browser's PDF", () => {
    // Chromium prints `letter-spacing: 0.4em` as "L A K E S I D E", the word space a piece of its own.
    const [heading] = pageLines(
      [item("L A K E S I D E", 34, 736, 24), item(" ", 232, 736, 24), item("S T P", 260, 736, 24)],
      1,
    );
    expect(heading?.text).toBe("LAKESIDE STP");
    // Letters among words, or only two, are left as they are.
    const [plain] = pageLines([item("Plan B or C", 72, 700), item("A B", 200, 700)], 1);
    expect(plain?.text).toBe("Plan B or C A B");
  });

  it("reads a word drawn in touching pieces of one font (ligatures, soft-hyphen points) as one word", () => {
    // As a browser's PDF gives them: each piece starts where the one before ends, in one font.
    const pieces = (strs: string[], font = "g_d0_f2") => {
      let x = 72;
      return strs.map((str) => {
        const piece = { ...item(str, x, 700), fontName: font };
        x += piece.width;
        return piece;
      });
    };
    const [ligature] = pageLines(
      pieces(["The biggest di", "ff", "iculty, posts un", "fi", "lled"]),
      1,
    );
    expect(ligature?.text).toBe("The biggest difficulty, posts unfilled");
    const [hyphenation] = pageLines(
      pieces(["three com", "mis", "sion", "ing groups, com", "mu", "nity and pre", "ven", "tion"]),
      1,
    );
    expect(hyphenation?.text).toBe("three commissioning groups, community and prevention");
    // A change of font still carries a space in the piece's width.
    const [runs] = pageLines(
      [
        { ...item("set aside £325 million", 72, 700), fontName: "g_d0_f3" },
        { ...item("of capital", 193, 700), fontName: "g_d0_f2" },
      ],
      1,
    );
    expect(runs?.text).toBe("set aside £325 million of capital");
  });

  it("records the size most of a line is set in", () => {
    const [heading] = pageLines([item("Introduction", 72, 700, 18)], 1);
    expect(heading?.size).toBe(18);
  });
});

describe("removePageFurniture", () => {
  const page = (n: number, body: string) => [
    line("Acme Health · Widget plan 2017", 800, n, { size: 9 }),
    line(body, 700, n),
    line(`Page ${n} of 4`, 40, n, { size: 9 }),
  ];

  it("removes a running header and numbered footers that repeat on most pages", () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, `Body text of page ${n}.`));
    const { pages: kept, removed } = removePageFurniture(pages);
    expect(kept.flat().map((l) => l.text)).toEqual(
      [1, 2, 3, 4].map((n) => `Body text of page ${n}.`),
    );
    expect(removed).toBe(8);
  });

  it("removes running headers that alternate, the document's on left pages and the chapter's on right", () => {
    // Pages 2–13: even pages carry the report's title, odd ones their chapter's (3 pages each).
    const chapterOf = (n: number) => (n <= 7 ? "1. Why change is needed" : "2. The money");
    const pages = Array.from({ length: 12 }, (_, i) => i + 2).map((n) => [
      line(n % 2 === 0 ? "Lakeside STP: the plan for 2016-21" : chapterOf(n), 800, n, { size: 9 }),
      line(`Body text of page ${n}, long enough to be the page's body.`, 700, n),
      line(`Body text of page ${n}, a second paragraph.`, 600, n),
      line(`Body text of page ${n}, a third paragraph.`, 500, n),
    ]);
    const kept = removePageFurniture(pages)
      .pages.flat()
      .map((l) => l.text);
    expect(kept.filter((t) => !t.startsWith("Body text"))).toEqual([]);
  });

  it("keeps a line that repeats on only a few pages, such as a heading reused twice", () => {
    const pages = [1, 2, 3, 4, 5].map((n) => [
      line(n <= 2 ? "Key points" : `Chapter ${n} heading text`, 800, n),
      line(`Body ${n}.`, 700, n),
    ]);
    const kept = removePageFurniture(pages)
      .pages.flat()
      .map((l) => l.text);
    expect(kept.filter((t) => t === "Key points")).toHaveLength(2);
  });

  it("keeps numbered headings in large type that start every page, such as Chapter 1, Chapter 2…", () => {
    const pages = [1, 2, 3, 4].map((n) => [
      line(`Chapter ${n}`, 800, n, { size: 16 }),
      line(`Body of chapter ${n}, long enough to be the body text of the page.`, 700, n),
      line(`${n}`, 40, n, { size: 9 }),
    ]);
    const kept = removePageFurniture(pages)
      .pages.flat()
      .map((l) => l.text);
    expect(kept.filter((t) => t.startsWith("Chapter "))).toHaveLength(4);
    expect(kept.filter((t) => /^\d$/.test(t))).toHaveLength(0);
  });

  it("keeps the only page of a one-page document whole", () => {
    const pages = [[line("A short note", 800), line("7", 40)]];
    expect(removePageFurniture(pages).pages[0]?.map((l) => l.text)).toEqual(["A short note", "7"]);
  });

  it("removes a one-page document's header that names it, and its 'Page 1 of 1'", () => {
    const names = { title: "The estates review: a Q&A", publisher: "Acme Health" };
    const pages = [
      [
        line("Acme Health · The estates review: a Q&A", 800, 1, { size: 8.5 }),
        line("The estates review", 760, 1, { size: 20 }),
        line("Acme Health asked Sir Robert to advise it on NHS land and buildings.", 700),
        line("Page 1 of 1", 40, 1, { size: 8.5 }),
      ],
    ];
    expect(removePageFurniture(pages, names).pages[0]?.map((l) => l.text)).toEqual([
      "The estates review",
      "Acme Health asked Sir Robert to advise it on NHS land and buildings.",
    ]);
  });

  it("keeps a line naming the document that is body text, or not the page's first or last", () => {
    const names = { title: null, publisher: "Acme Health" };
    const pages = [
      [
        line("Published by Acme Health", 800),
        line("About Acme Health", 760, 1, { size: 8.5 }),
        line("The body of the note, long enough to be the page's body text.", 700),
        line("Footnote", 40, 1, { size: 8.5 }),
      ],
    ];
    expect(removePageFurniture(pages, names).pages[0]?.map((l) => l.text)).toHaveLength(4);
  });

  it("knows page numbers, but not a year standing alone", () => {
    for (const text of ["7", "Page 7", "page 7 of 40", "7/40", "- 7 -", "vii"])
      expect(isPageNumber(text, 40)).toBe(true);
    expect(isPageNumber("2016", 40)).toBe(false);
    expect(isPageNumber("7 ways to save", 40)).toBe(false);
  });
});

describe("linesToBlocks", () => {
  it("makes larger type a heading and joins body lines into paragraphs", () => {
    const blocks = linesToBlocks([
      line("Introduction", 760, 1, { size: 18 }),
      line("The plan will invest £42 million in community", 720),
      line("clinics over five years.", 706, 1, { right: 200 }),
      line("A second paragraph starts after a wider gap.", 680),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "# Introduction",
      "The plan will invest £42 million in community clinics over five years.",
      "A second paragraph starts after a wider gap.",
    ]);
  });

  it("carries a ragged paragraph on past a short line ending in a semicolon", () => {
    const blocks = linesToBlocks([
      line("The plan is organised around four priorities: prevention and", 720),
      line("self-care;", 706, 1, { right: 130 }),
      line("urgent care; and community services.", 692, 1, { right: 300 }),
      line("A second paragraph starts after a wider gap.", 666),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "The plan is organised around four priorities: prevention and self-care; urgent care; and community services.",
      "A second paragraph starts after a wider gap.",
    ]);
  });

  it("carries a paragraph over a page break when its sentence is unfinished", () => {
    const blocks = linesToBlocks([
      line("The first clinics will open in Lowtown in", 100, 1),
      line("September 2017.", 760, 2),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "The first clinics will open in Lowtown in September 2017.",
    ]);
  });

  it("makes bullet points a list, each item's wrapped lines joined", () => {
    const blocks = linesToBlocks([
      line("Clinics open in phases:", 720),
      line("• Lowtown in September 2017", 706),
      line("• Highbury in April 2018, once the building", 692),
      line("is ready", 678, 1, { x: 84 }),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "Clinics open in phases:",
      "- Lowtown in September 2017\n- Highbury in April 2018, once the building is ready",
    ]);
  });

  it("keeps bullet points one list when an item ends short with a full stop, or on the page before", () => {
    const blocks = linesToBlocks([
      line("The largest schemes are:", 720),
      line("• reducing agency spending within the cap set by NHS Improvement,", 700, 1, { x: 78 }),
      line("mainly by recruiting 85 overseas nurses.", 688, 1, { x: 94 }),
      line("• joint procurement of medical supplies.", 671, 1, { x: 78 }),
      line("• moving follow-ups to telephone or video.", 760, 2, { x: 78 }),
      line("The plan also covers winter.", 730, 2),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "The largest schemes are:",
      "- reducing agency spending within the cap set by NHS Improvement, mainly by recruiting 85 overseas nurses.\n- joint procurement of medical supplies.\n- moving follow-ups to telephone or video.",
      "The plan also covers winter.",
    ]);
  });

  it("reads the list's next number set against its text ('10.Recommendations') as an item", () => {
    const blocks = linesToBlocks([
      line("9. Local partnerships. Joint arrangements had made progress.", 720, 1, { x: 78 }),
      line("10.Recommendations. The NAO urged a rethink.", 700, 1, { x: 78 }),
      line("3.The figure alone is text.", 680),
    ]);
    const [list, paragraph] = blocks as [List, Root["children"][number]];
    expect(list.children.map((item) => textOf(item.children[0]))).toEqual([
      "Local partnerships. Joint arrangements had made progress.",
      "Recommendations. The NAO urged a rethink.",
    ]);
    expect(list.start).toBe(9);
    expect(textOf(paragraph)).toBe("3.The figure alone is text.");
  });

  it("reads an item set further in as an item of a list inside the item before", () => {
    const blocks = linesToBlocks([
      line("• The Board is recommended to:", 720, 1, { x: 78 }),
      line("– approve the 2017-19 plan;", 706, 1, { x: 96 }),
      line("– note the funding position.", 692, 1, { x: 96 }),
      line("• Members are asked to agree.", 678, 1, { x: 78 }),
    ]);
    const outer = blocks[0] as List;
    expect(blocks).toHaveLength(1);
    expect(outer.children.map((item) => textOf(item.children[0]))).toEqual([
      "The Board is recommended to:",
      "Members are asked to agree.",
    ]);
    const inner = outer.children[0]?.children[1] as List;
    expect(inner.children.map((item) => textOf(item.children[0]))).toEqual([
      "approve the 2017-19 plan;",
      "note the funding position.",
    ]);
  });

  it("keeps a heading's next line in it though it holds no letters", () => {
    const blocks = linesToBlocks([
      line("Financial recovery plan and winter capacity", 740, 1, { size: 20 }),
      line("2018/19", 716, 1, { size: 20 }),
      line("This paper sets out the Trust's financial position.", 680),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "# Financial recovery plan and winter capacity 2018/19",
      "This paper sets out the Trust's financial position.",
    ]);
  });

  it("does not take a dash that wrapped mid-sentence for a bullet point", () => {
    const blocks = linesToBlocks([
      line("Funds to invest in community services", 720),
      line("– one of the top priorities – are short.", 706),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "Funds to invest in community services – one of the top priorities – are short.",
    ]);
  });
});

describe("punctuation", () => {
  it("sets a comma after a change of font against the word before it", () => {
    const lines = pageLines(
      [item("published the Forward View", 72, 700), item(", a stock-take", 72 + 26 * 5.5 + 4, 700)],
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(["published the Forward View, a stock-take"]);
    const spaced = pageLines(
      [
        item("published the Forward View", 72, 700),
        item(" ", 72 + 26 * 5.5, 700),
        item(", a stock-take", 72 + 26 * 5.5 + 3, 700),
      ],
      1,
    );
    expect(spaced.map((l) => l.text)).toEqual(["published the Forward View, a stock-take"]);
  });
});

describe("tables", () => {
  /** A row's cells as pdf.js gives them: each cell a piece at its column's left edge. */
  const row = (cells: string[], y: number, columns = [72, 200, 330]) =>
    cells.flatMap((cell, i) =>
      cell ? [item(cell, columns[i] as number, y, 10, i === cells.length - 1)] : [],
    );
  const body = (text: string, y: number) => item(text, 72, y, 10, true);

  it("reads lines whose cells stand in columns as a table, a heading that wrapped joined", () => {
    const tree = layOut([
      [
        body("The table shows the deficit each year, and the limit agreed each year.", 720),
        ...row(["Year", "Surplus/", "Control total"], 690),
        ...row(["", "(deficit) (£m)", ""], 678),
        ...row(["2016/17", "(21.5)", "(18.0)"], 660),
        ...row(["2017/18", "(24.3)", "(15.2)"], 643),
        body(
          "Because the Trust missed its control total, it lost its PSF money for the year.",
          610,
        ),
      ],
    ]);
    expect(tree.children.map((node) => node.type)).toEqual(["paragraph", "table", "paragraph"]);
    const table = tree.children[1] as Table;
    expect(table.children.map((r) => r.children.map((cell) => textOf(cell)))).toEqual([
      ["Year", "Surplus/(deficit) (£m)", "Control total"],
      ["2016/17", "(21.5)", "(18.0)"],
      ["2017/18", "(24.3)", "(15.2)"],
    ]);
  });

  it("parts a row's cells where the rows around start their columns, though its gap is narrow", () => {
    // A bordered table sized to its longest entries: "Westbury Community" ends 6 points before
    // "64", less than a cell's gap, while "412" and "120" above and below start where "64" does.
    const columns = [72, 168, 230];
    const tree = layOut([
      [
        body("The table gives the number of beds at each site in each year.", 720),
        ...row(["Eastvale General", "412", "380"], 690, columns),
        ...row(["Westbury Community", "64", "40"], 676, columns),
        ...row(["St Mary's", "120", "120"], 662, columns),
        body("The board will review the number of beds again in March 2018.", 630),
      ],
    ]);
    const table = tree.children.find((node): node is Table => node.type === "table");
    expect(table?.children.map((r) => r.children.map((cell) => textOf(cell)))).toEqual([
      ["Eastvale General", "412", "380"],
      ["Westbury Community", "64", "40"],
      ["St Mary's", "120", "120"],
    ]);
  });

  it("keeps a cell's wrapped lines in its row where rows are set further apart", () => {
    const tree = layOut([
      [
        ...row(["Funding stream", "Amount", "Status"], 700),
        ...row(["Spring Budget STP", "£325 million over", "Prioritised with"], 683),
        ...row(["capital", "three years", "the Treasury"], 671),
        ...row(["Efficiency", "£200 million", "Further guidance"], 654),
        ...row(["programmes", "", "awaited"], 642),
      ],
    ]);
    const table = tree.children[0] as Table;
    expect(table.children.map((r) => r.children.map((cell) => textOf(cell)))).toEqual([
      ["Funding stream", "Amount", "Status"],
      [
        "Spring Budget STP capital",
        "£325 million over three years",
        "Prioritised with the Treasury",
      ],
      ["Efficiency programmes", "£200 million", "Further guidance awaited"],
    ]);
  });

  it("does not take a page in two columns, drawn line by line across, for a table", () => {
    const tree = layOut([
      [
        ...row(
          ["The left column starts a sentence about", "The right column talks about something"],
          700,
          [72, 310],
        ),
        ...row(
          ["community hospitals and how they will", "else entirely, the cost of new buildings"],
          686,
          [72, 310],
        ),
        ...row(
          ["change over the next five years.", "across the whole of the county."],
          672,
          [72, 310],
        ),
      ],
    ]);
    expect(tree.children.map((node) => node.type)).not.toContain("table");
  });

  it("does not take bullet points set apart from their text for a table", () => {
    const tree = layOut([
      [
        ...row(["•", "reducing agency spending;"], 700, [78, 94]),
        ...row(["•", "joint procurement of supplies;"], 686, [78, 94]),
        ...row(["•", "moving follow-ups to video."], 672, [78, 94]),
      ],
    ]);
    expect(tree.children.map((node) => node.type)).toEqual(["list"]);
  });
});

describe("headings typed in bold at the text's size", () => {
  const body = (text: string, y: number) => line(text, y, 1, { font: "regular" });
  /** A line in another face: "bold" takes a tenth more room per letter, "italic" the same. */
  const face = (text: string, y: number, font: "bold" | "italic") =>
    line(text, y, 1, {
      font,
      right: 72 + text.length * 11 * (font === "bold" ? 0.55 : 0.5),
    });
  const lines = [
    body("The plan was agreed by every partner in the area in the autumn.", 760),
    face("What are STPs?", 740, "bold"),
    body("STPs are five-year plans covering all areas of NHS spending in England.", 726),
    face("By our health correspondent", 700, "italic"),
    body("Most of the plans were published in the winter of 2016, after some delay.", 686),
  ];

  it("reads a short bold line over text in the text's face as a heading, not an italic one", () => {
    expect(markdownOf(linesToBlocks(lines))).toEqual([
      "The plan was agreed by every partner in the area in the autumn.",
      "## What are STPs?",
      "STPs are five-year plans covering all areas of NHS spending in England.",
      "By our health correspondent Most of the plans were published in the winter of 2016, after some delay.",
    ]);
  });
});

describe("a bold heading a little larger than the text, over a table", () => {
  it("reads it as a heading, though it is short of the size that makes one by size alone", () => {
    const cells = (texts: string[], y: number, font: string) =>
      line(texts.join("   "), y, 1, {
        size: 10,
        font,
        cells: texts.map((text, i) => ({ text, x: 72 + 200 * i, right: 72 + 200 * i + 60 })),
      });
    const blocks = linesToBlocks([
      line("The fund has grown every year since it began in April 2015.", 760, 1, {
        font: "regular",
      }),
      line("National funding at a glance", 730, 1, { size: 12.5, font: "bold", right: 290 }),
      cells(["Year", "Pooled nationally"], 710, "bold"),
      cells(["2015/16", "£5.3bn"], 696, "regular"),
      cells(["2016/17", "£3.9bn"], 682, "regular"),
      line("The plans for each year are agreed with the health and wellbeing board.", 650, 1, {
        font: "regular",
      }),
    ]);
    expect(blocks.map((block) => block.type)).toEqual([
      "paragraph",
      "heading",
      "table",
      "paragraph",
    ]);
  });
});

describe("a table's headings set above its first row of figures", () => {
  const cells = (pieces: [string, number][], y: number) =>
    line(pieces.map(([text]) => text).join("   "), y, 1, {
      size: 10,
      cells: pieces.map(([text, x]) => ({ text, x, right: x + text.length * 5.5 })),
    });
  it("joins them into one heading row, a heading centred over two columns heading both", () => {
    const blocks = linesToBlocks([
      line("The table sets out community beds at each site.", 706),
      line("Site", 662, 1, { size: 10, right: 90 }),
      line("Community beds", 669, 1, { size: 10, x: 290, right: 371 }),
      cells(
        [
          ["2017", 250],
          ["2019", 380],
        ],
        655,
      ),
      cells(
        [
          ["Northgate", 72],
          ["40", 250],
          ["24", 380],
        ],
        637,
      ),
      cells(
        [
          ["Southgate", 72],
          ["32", 250],
          ["30", 380],
        ],
        623,
      ),
      line("The board will review the figures again in 2019.", 590),
    ]);
    const table = blocks.find((block): block is Table => block.type === "table");
    expect(table?.children.map((row) => row.children.map(textOf))).toEqual([
      ["Site", "Community beds 2017", "Community beds 2019"],
      ["Northgate", "40", "24"],
      ["Southgate", "32", "30"],
    ]);
    expect(markdownOf(blocks).join("\n")).not.toContain("Site Community beds");
  });
});

describe("a table whose heading row is set in bold under the section's heading", () => {
  it("heads the table with it, headings wider than the figures under them included", () => {
    // As a browser prints an HTML table: <th>s bold, "Site" centred, the rest flush left.
    const row = (pieces: [string, number, number][], y: number, font: string) =>
      line(pieces.map(([text]) => text).join("   "), y, 1, {
        x: Math.min(...pieces.map(([, x]) => x)),
        right: Math.max(...pieces.map(([, , right]) => right)),
        font,
        cells: pieces.map(([text, x, right]) => ({ text, x, right })),
      });
    const body = "The STP will review bed numbers across the three sites as part of the review.";
    const blocks = linesToBlocks([
      line("Beds by site", 695, 1, { size: 16, font: "bold", x: 34, right: 130 }),
      row(
        [
          ["Site", 90, 115],
          ["Beds 2016/17", 180, 264],
          ["Beds 2020/21", 282, 366],
        ],
        664,
        "bold",
      ),
      row(
        [
          ["Eastvale General", 43, 136],
          ["412", 180, 201],
          ["380", 282, 303],
        ],
        645,
        "regular",
      ),
      row(
        [
          ["Westbury Community", 43, 162],
          ["64", 180, 194],
          ["40", 282, 296],
        ],
        626,
        "regular",
      ),
      line(body, 590, 1, { font: "regular", x: 34, right: 500 }),
      line(body, 577, 1, { font: "regular", x: 34, right: 500 }),
    ]);
    // Before, the heading row was read as a heading of its own ("### Site Beds 2016/17 …"), and
    // the first row of figures became the table's headings.
    expect(markdownOf(blocks)[0]).toBe("# Beds by site");
    const table = blocks.find((block): block is Table => block.type === "table");
    expect(table?.children.map((r) => r.children.map(textOf))).toEqual([
      ["Site", "Beds 2016/17", "Beds 2020/21"],
      ["Eastvale General", "412", "380"],
      ["Westbury Community", "64", "40"],
    ]);
  });
});

describe("pull quotes", () => {
  it("leaves out a sentence of the text repeated in large type, and keeps a long one found once as text", () => {
    const blocks = linesToBlocks([
      line("Staffing", 780, 1, { size: 18 }),
      line("Read any of the plans and you will find bold pictures of care closer to home.", 740),
      line("“Vacancies now run across almost every profession.”", 710, 1, { size: 14 }),
      line(
        "Vacancies now run across almost every profession. Around 45,000 posts are unfilled.",
        680,
      ),
      line(
        "Plans were written in a hurry, and most were published late in 2016 after some delay.",
        650,
        1,
        { size: 14 },
      ),
      line("The gaps are real, and they are growing every year across the country.", 620),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "# Staffing",
      "Read any of the plans and you will find bold pictures of care closer to home.",
      "Vacancies now run across almost every profession. Around 45,000 posts are unfilled.",
      "Plans were written in a hurry, and most were published late in 2016 after some delay.",
      "The gaps are real, and they are growing every year across the country.",
    ]);
  });
});

describe("a long heading that asks", () => {
  it("stays a heading: a FAQ's question is not a pull quote", () => {
    const blocks = linesToBlocks([
      line("Your questions", 780, 1, { size: 18 }),
      line("Will I be turned away from A&E if I don't call 111 first?", 740, 1, { size: 14 }),
      line("No. Anyone who walks into an emergency department will still be treated.", 710),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "# Your questions",
      "## Will I be turned away from A&E if I don't call 111 first?",
      "No. Anyone who walks into an emergency department will still be treated.",
    ]);
  });
});

describe("charts", () => {
  /** A bar chart's words as a PDF draws them, bar by bar: its figure above, its name below. */
  const bars = (y: number) => [
    line("Figure: Responses", y, 1, { size: 10 }),
    ...[
      ["812", "Westbury", 120],
      ["377", "Halton Cross", 60],
      ["645", "Ashby Vale", 100],
    ].flatMap(([figure, name, height], i) => [
      line(String(figure), y - 160 + Number(height), 1, { size: 8, x: 120 + 100 * i }),
      line(String(name), y - 175, 1, { size: 8, x: 110 + 100 * i }),
    ]),
    line("Source: the survey's own figures", y - 200, 1, { size: 8 }),
  ];

  it("leaves out a chart's labels, which would read as the next bar's figure after this one's name", () => {
    const blocks = linesToBlocks([
      line("Westbury gave the most responses of any locality, as the chart shows.", 760),
      ...bars(730),
      line("The survey ran for six weeks in the spring of 2018.", 500),
    ]);
    expect(markdownOf(blocks)).toEqual([
      "Westbury gave the most responses of any locality, as the chart shows.",
      "The survey ran for six weeks in the spring of 2018.",
    ]);
  });

  it("keeps small short lines that read down the page, as a list of figures does", () => {
    const blocks = linesToBlocks([
      line("The three localities gave these numbers of responses:", 760),
      line("Westbury 812", 740, 1, { size: 9 }),
      line("Halton Cross 377", 728, 1, { size: 9 }),
      line("Ashby Vale 645", 716, 1, { size: 9 }),
      line("2,314", 704, 1, { size: 9 }),
    ]);
    expect(markdownOf(blocks).join(" ")).toContain(
      "Westbury 812 Halton Cross 377 Ashby Vale 645 2,314",
    );
  });
});

describe("joinLines", () => {
  it("rejoins a word hyphenated at a line break", () => {
    expect(joinLines("recruit 300 specialist thera-", "pists by March", vocabulary)).toBe(
      "recruit 300 specialist therapists by March",
    );
  });

  it("keeps the hyphen of a word the document writes with one", () => {
    const words = { words: new Set<string>(), compounds: new Set(["well-known"]) };
    expect(joinLines("a well-", "known plan", words)).toBe("a well-known plan");
  });

  it("keeps the hyphen after a prefix that keeps one, unless the document writes the word whole", () => {
    expect(joinLines("better self-", "care for all", vocabulary)).toBe("better self-care for all");
    const words = { words: new Set(["coordinate"]), compounds: new Set<string>() };
    expect(joinLines("to co-", "ordinate care", words)).toBe("to coordinate care");
  });

  it("keeps the hyphen between two English words that are no word run together", () => {
    const english = new Set(["ring", "fence", "contract", "tract", "therapists"]);
    const words = { words: new Set<string>(), compounds: new Set<string>(), english };
    expect(joinLines("under a separate ring-", "fence from", words)).toBe(
      "under a separate ring-fence from",
    );
    expect(joinLines("a far-", "off ward", words)).toBe("a far-off ward");
    expect(joinLines("a new con-", "tract for", words)).toBe("a new contract for");
    expect(joinLines("specialist thera-", "pists", words)).toBe("specialist therapists");
  });

  it("keeps the hyphen between a name and a word that follows names ('American-style'), not in a place name", () => {
    expect(joinLines("a route to American-", "style insurance", vocabulary)).toBe(
      "a route to American-style insurance",
    );
    expect(joinLines("the NHS-", "led review", vocabulary)).toBe("the NHS-led review");
    expect(joinLines("in Hudders-", "field and", vocabulary)).toBe("in Huddersfield and");
  });

  it("drops a soft hyphen and joins lines with a space otherwise", () => {
    expect(joinLines("trans\u00ad", "formation", vocabulary)).toBe("transformation");
    expect(joinLines("the plan", "says", vocabulary)).toBe("the plan says");
  });

  it("rejoins a range of years or figures the line broke after its hyphen or dash", () => {
    expect(joinLines("a deficit in 2016-", "17, and", vocabulary)).toBe(
      "a deficit in 2016-17, and",
    );
    expect(joinLines("in 2019\u2010", "20 the", vocabulary)).toBe("in 2019-20 the");
    expect(joinLines("from 2016\u2013", "2021 the", vocabulary)).toBe("from 2016\u20132021 the");
    expect(joinLines("wait 2-", "3 weeks", vocabulary)).toBe("wait 2-3 weeks");
    // A dash set apart is a dash, not a range.
    expect(joinLines("£3 million -", "2017 saw", vocabulary)).toBe("£3 million - 2017 saw");
  });
});

describe("layOut", () => {
  it("moves footnotes from a page's foot to the end, under Notes, and carries the paragraph on", () => {
    const eol = (str: string, x: number, y: number, size = 11) => item(str, x, y, size, true);
    const root = layOut([
      [
        eol("Widget plan", 72, 760, 20),
        item("The fund was worth £1.8 billion in 2016-17", 72, 700),
        item("1", 303, 704, 7),
        eol(" and it was meant to give", 306.5, 700),
        eol("the service breathing room before funding", 72, 686),
        eol("1 NHS England, Five Year Forward View, October", 72, 60, 8),
        eol("2014.", 72, 50, 8),
      ],
      [eol("growth slowed down.", 72, 760), eol("Repairs start in 2018.", 72, 730)],
    ]);
    expect(markdownOf(root)).toEqual([
      "# Widget plan",
      "The fund was worth £1.8 billion in 2016-17 and it was meant to give the service breathing room before funding growth slowed down.",
      "Repairs start in 2018.",
      "# Notes",
      "- NHS England, Five Year Forward View, October 2014.",
    ]);
  });

  it("keeps small type at a page's foot that no marker points to, such as an address", () => {
    const eol = (str: string, x: number, y: number, size = 11) => item(str, x, y, size, true);
    const root = layOut([
      [eol("The plan was agreed in 2017.", 72, 700), eol("1 Horse Guards Road, London", 72, 60, 8)],
    ]);
    expect(markdownOf(root)).toEqual([
      "The plan was agreed in 2017.",
      "1 Horse Guards Road, London",
    ]);
  });

  it("leaves out a table of contents: entries with dot leaders to a page number, and its heading", () => {
    const eol = (str: string, x: number, y: number, size = 11) => item(str, x, y, size, true);
    const root = layOut([
      [
        eol("Contents", 72, 760, 16),
        eol("1. Summary .................................. 2", 72, 730),
        eol("2. Timeline ................................. 2", 72, 716),
      ],
      [eol("Summary", 72, 760, 16), eol("The plan closes the gap ... slowly.", 72, 730)],
    ]);
    expect(markdownOf(root)).toEqual(["# Summary", "The plan closes the gap ... slowly."]);
  });

  it("says a PDF with no text needs OCR", () => {
    expect(() => layOut([[], []])).toThrow(/^no text in this PDF: it needs OCR first/);
  });
});
