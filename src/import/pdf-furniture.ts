// Running headers, footers and page numbers: lines at the top or bottom of most pages, which are not the document's text.
import { bodyTextSize, type PdfLine } from "./pdf-lines.ts";

/** How many lines at the top and at the bottom of a page may be furniture. */
const edgeLines = 3;

/**
 * Removes page furniture: a line near the top or bottom of a page that appears there on more
 * than half the pages (numbers ignored in small type, so "Page 3 of 40" matches "Page 4 of
 * 40"), and a line there that is only a page number ("7", "Page 7", "7 of 40", "- 7 -", "vii").
 * @returns the lines that remain, page by page, and how many were removed.
 */
export function removePageFurniture(pages: PdfLine[][]): { pages: PdfLine[][]; removed: number } {
  const bodySize = bodyTextSize(pages.flat());
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
  let removed = 0;
  const kept = pages.map((lines, i) =>
    lines.filter((line) => {
      const edge = edges[i]?.has(line) ?? false;
      const furniture =
        edge && (repeats(line) || (pages.length > 1 && isPageNumber(line.text, pages.length)));
      if (furniture) removed++;
      return !furniture;
    }),
  );
  return { pages: kept, removed };
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
 * "7", "Page 7", "page 7 of 40", "7/40", "- 7 -", "vii": a number no larger than a page number
 * of this document could be (so a year standing alone on a cover, "2016", stays).
 */
export function isPageNumber(text: string, pageCount: number): boolean {
  const t = text.trim();
  const number = /^(?:page\s*)?[-–—]?\s*(\d{1,4})\s*(?:[-–—]|(?:of|\/)\s*\d{1,4})?$/i.exec(t)?.[1];
  if (number !== undefined) return Number(number) <= pageCount * 2 + 10;
  return /^[ivxlc]{1,7}$/i.test(t);
}
