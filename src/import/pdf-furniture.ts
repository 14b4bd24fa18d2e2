// Running headers, footers and page numbers: lines at the top or bottom of most pages, which are not the document's text.
import { ablated } from "../ablation.ts";
import { bodyTextSize, type PdfLine } from "./pdf-lines.ts";

/** How many lines at the top and at the bottom of a page may be furniture. */
const edgeLines = 3;

/** What the PDF's own information says it is: a running header that names it is furniture. */
export interface DocumentNames {
  title: string | null;
  publisher: string | null;
}

/**
 * Removes page furniture: a line near the top or bottom of a page that appears there on more
 * than half the pages (numbers ignored in small type, so "Page 3 of 40" matches "Page 4 of
 * 40"), a line there that is only a page number ("7", "Page 7", "7 of 40", "- 7 -", "vii"),
 * and a page's first or last line, in type smaller than the body's, that names the document's
 * title or publisher ("Acme Health · Widget plan"): repeating cannot show a header on a
 * one-page document, or one printed on the first page only.
 * @returns the lines that remain, page by page, and how many were removed.
 */
export function removePageFurniture(
  pages: PdfLine[][],
  names: DocumentNames = { title: null, publisher: null },
): { pages: PdfLine[][]; removed: number } {
  const bodySize = proseSize(pages.flat());
  // Numbers are ignored only in lines no larger than the body text: "Chapter 3" in large type
  // at the top of a page is a heading, however many chapters start a page.
  const keyOf = (line: PdfLine) =>
    line.size <= bodySize ? furnitureKey(line) : `=${line.text.replace(/\s+/g, " ").toLowerCase()}`;
  const edges = pages.map(edgeOf);
  const pagesWith = new Map<string, number>();
  for (const lines of edges) {
    for (const key of new Set([...lines].map(keyOf))) {
      pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
    }
  }
  // "Most pages": more than half, and at least two, or a one-page document would lose its title.
  const repeats = (line: PdfLine) => {
    const count = pagesWith.get(keyOf(line)) ?? 0;
    return count >= 2 && count > pages.length / 2;
  };
  const alternating = alternatingHeaders(edges.map((lines) => new Set([...lines].map(keyOf))));
  const namesDocument = documentNamer(names);
  const namesChapter = chapterNamer(pages.flat(), bodySize);
  let removed = 0;
  const kept = pages.map((lines, i) =>
    lines.filter((line) => {
      const edge = edges[i]?.has(line) ?? false;
      const furniture =
        edge &&
        (repeats(line) ||
          alternating.has(`${i}\u0000${keyOf(line)}`) ||
          (pages.length > 1
            ? isPageNumber(line.text, pages.length)
            : isOnlyPageNumber(line.text)) ||
          (line.size < bodySize &&
            outermost(line, lines) &&
            (namesDocument(line.text) || namesChapter(line.text))));
      if (furniture) removed++;
      return !furniture;
    }),
  );
  return { pages: kept, removed };
}

/**
 * The size of the document's running text: the body's size among lines not set in a table's
 * cells. An annex of tables in 7.5-point type has most of its characters in them, and a footer
 * in 9-point ("Lakeside STP · Page 3 of 40") was then larger than "the body", so its page numbers
 * counted in its key, it matched on no other page, and it stayed in the text as a heading.
 */
function proseSize(lines: PdfLine[]): number {
  if (ablated("pdf-prose-size")) return bodyTextSize(lines);
  const prose = lines.filter((line) => !line.cells);
  return bodyTextSize(prose.length > 0 ? prose : lines);
}

/**
 * Running headers that alternate: a book-like PDF puts the document's title at the top of left
 * pages and the chapter's at the top of right pages, so neither is on more than half the pages.
 * A line at a page's edge on three or more pages in a row of one side (pages 4, 6, 8, or 5, 7,
 * 9) is one. Returns "page index\0key" for each page it is furniture on.
 */
function alternatingHeaders(keysByPage: Set<string>[]): Set<string> {
  const found = new Set<string>();
  if (ablated("pdf-alternate-headers")) return found;
  keysByPage.forEach((keys, start) => {
    for (const key of keys) {
      // Only from the first page of a run, so each run is walked once.
      if (keysByPage[start - 2]?.has(key)) continue;
      let end = start;
      while (keysByPage[end + 2]?.has(key)) end += 2;
      if (end - start < 4) continue;
      for (let page = start; page <= end; page += 2) found.add(`${page}\u0000${key}`);
    }
  });
  return found;
}

/**
 * Whether a line's text holds the document's title or publisher. Names shorter than eight
 * characters are not looked for: "NHS" or "Q&A" would be found in body text.
 */
function documentNamer(names: DocumentNames): (text: string) => boolean {
  if (ablated("pdf-header-names")) return () => false;
  const wanted = [names.title, names.publisher]
    .map((name) => (name ? comparable(name) : ""))
    .filter((name) => name.length >= 8);
  return (text) => {
    const line = comparable(text);
    return wanted.some((name) => line.includes(name));
  };
}

/**
 * Whether a line's text is the name of one of the document's chapters, as a running header
 * gives it ("1. Why we must change", "Chapter 3: Money"): the words of a line set in a heading's
 * size (15% larger than the text, as `linesToBlocks` reads one), numbers and "chapter",
 * "section" or "part" aside. A book-like PDF heads each right-hand page with its chapter's name,
 * so a chapter of a page or two shows it on too few pages to count as repeating.
 */
function chapterNamer(lines: PdfLine[], bodySize: number): (text: string) => boolean {
  if (ablated("pdf-chapter-headers")) return () => false;
  const withoutNumbers = (text: string) =>
    comparable(text)
      .replace(/\b(?:chapter|section|part|\d+)\b/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const chapters = new Set<string>();
  lines.forEach((line, i) => {
    if (line.size < bodySize * 1.15) return;
    chapters.add(withoutNumbers(line.text));
    // A heading that wrapped: its header gives both lines.
    const next = lines[i + 1];
    if (next && next.page === line.page && next.size === line.size)
      chapters.add(withoutNumbers(`${line.text} ${next.text}`));
  });
  chapters.delete("");
  return (text) => {
    const name = withoutNumbers(text);
    return name.length >= 4 && chapters.has(name);
  };
}

/** Letters and digits only, lower case, so punctuation and spacing that differ still match. */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The line set highest or lowest on its page: a header or a footer, nothing between. */
function outermost(line: PdfLine, lines: PdfLine[]): boolean {
  return lines.every((other) => other.y <= line.y) || lines.every((other) => other.y >= line.y);
}

/**
 * The top and bottom few lines of a page, by position (a PDF may draw its footer first); on a
 * page of few lines, fewer, so that its body is never all edge.
 */
function edgeOf(lines: PdfLine[]): Set<PdfLine> {
  const count = Math.max(1, Math.min(edgeLines, Math.floor(lines.length / 3)));
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  return new Set([...byHeight.slice(0, count), ...byHeight.slice(-count)]);
}

/** A line's text with case, spacing and every number ignored. */
function furnitureKey(line: PdfLine): string {
  return line.text
    .toLowerCase()
    .replace(/\d+/g, "#")
    .replace(/\b[ivxlc]+\b$/, "#")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * On a one-page document, only a number that says it is one: "Page 1", "1 of 1", "Page 1 of 1"
 * (a "7" alone could be anything).
 */
function isOnlyPageNumber(text: string): boolean {
  return !ablated("pdf-page-one") && /^(?:page\s*1(?:\s*of\s*1)?|1\s*of\s*1)$/i.test(text.trim());
}

/**
 * "7", "Page 7", "page 7 of 40", "7/40", "- 7 -", "vii": a number no larger than a page number
 * of this document could be (so a year standing alone on a cover, "2016", stays).
 */
export function isPageNumber(text: string, pageCount: number): boolean {
  const t = text.trim();
  const number = /^(?:page\s*)?[-–—]?\s*(\d{1,4})\s*(?:[-–—]|(?:of|\/)\s*\d{1,4})?$/i.exec(t)?.[1];
  if (number !== undefined) return Number(number) <= pageCount * 2 + 10;
  return /^[ivxlc]{1,7}$/i.test(t);
}
