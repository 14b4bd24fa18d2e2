// A PDF's table of contents: entries with dot leaders to a page number, which are the headings again.
import { ablated } from "../ablation.ts";
import { isPageNumber } from "./pdf-furniture.ts";
import type { PdfLine } from "./pdf-lines.ts";

/** "1. Summary ........ 3", "Timeline … 12", "Foreword ____ iv": words, a leader, a page number. */
const leaderEntry = /^(?=.*[\p{L}\p{N}]).*?(?:[.·…_]\s*){4,}\s*(\S+)$/u;

/** The heading of a contents page. */
const contentsHeading = /^(?:table of )?contents$|^in this (?:report|document|paper)$/i;

/**
 * Takes out each run of two or more contents entries on a page (words, dot leaders, a number no
 * larger than a page number of this document could be), with a "Contents" line just before
 * it. Left in, the entries read as one long sentence of headings and page numbers.
 * @returns the pages without their contents.
 */
export function removeContents(pages: PdfLine[][]): PdfLine[][] {
  if (ablated("contents-lists")) return pages;
  const isEntry = (line: PdfLine) => {
    const number = leaderEntry.exec(line.text)?.[1];
    return number !== undefined && isPageNumber(number, pages.length);
  };
  return pages.map((lines) => {
    const taken = new Set<PdfLine>();
    for (let start = 0; start < lines.length; start++) {
      if (!isEntry(lines[start] as PdfLine)) continue;
      let end = start;
      while (end < lines.length && isEntry(lines[end] as PdfLine)) end++;
      if (end - start >= 2) {
        for (let i = start; i < end; i++) taken.add(lines[i] as PdfLine);
        const before = lines[start - 1];
        if (before && contentsHeading.test(before.text.trim())) taken.add(before);
      }
      start = end;
    }
    return taken.size === 0 ? lines : lines.filter((line) => !taken.has(line));
  });
}
