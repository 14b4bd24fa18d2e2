// PDF text → markdown blocks without a PDF: pieces into lines, page furniture out, lines into headings, paragraphs and lists.
import type { Root } from "mdast";
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

function markdownOf(root: Root): string[] {
  return root.children.map((node) => {
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
    expect(markdownOf({ type: "root", children: blocks })).toEqual([
      "# Introduction",
      "The plan will invest £42 million in community clinics over five years.",
      "A second paragraph starts after a wider gap.",
    ]);
  });

  it("carries a paragraph over a page break when its sentence is unfinished", () => {
    const blocks = linesToBlocks([
      line("The first clinics will open in Lowtown in", 100, 1),
      line("September 2017.", 760, 2),
    ]);
    expect(markdownOf({ type: "root", children: blocks })).toEqual([
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
    expect(markdownOf({ type: "root", children: blocks })).toEqual([
      "Clinics open in phases:",
      "- Lowtown in September 2017\n- Highbury in April 2018, once the building is ready",
    ]);
  });

  it("does not take a dash that wrapped mid-sentence for a bullet point", () => {
    const blocks = linesToBlocks([
      line("Funds to invest in community services", 720),
      line("– one of the top priorities – are short.", 706),
    ]);
    expect(markdownOf({ type: "root", children: blocks })).toEqual([
      "Funds to invest in community services – one of the top priorities – are short.",
    ]);
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

  it("drops a soft hyphen and joins lines with a space otherwise", () => {
    expect(joinLines("trans\u00ad", "formation", vocabulary)).toBe("transformation");
    expect(joinLines("the plan", "says", vocabulary)).toBe("the plan says");
    expect(joinLines("in 2016-", "17 the", vocabulary)).toBe("in 2016- 17 the");
  });
});

describe("layOut", () => {
  it("says a PDF with no text needs OCR", () => {
    expect(() => layOut([[], []])).toThrow(/^no text in this PDF: it needs OCR first/);
  });
});
