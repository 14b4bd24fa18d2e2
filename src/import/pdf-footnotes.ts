// A PDF's footnotes: small type at a page's foot, numbered, taken out of the running text and kept at the end under "Notes".
import type { Heading, List, RootContent } from "mdast";
import { ablated } from "../ablation.ts";
import { notesLevel } from "./footnotes-and-contents.ts";
import { joinLines, type Vocabulary, wordsOf } from "./pdf-blocks.ts";
import { bodyTextSize, type PdfLine } from "./pdf-lines.ts";

/** One footnote: its number and its text, its lines joined. */
export interface Footnote {
  number: number;
  text: string;
}

/** "1 NHS England, Five Year Forward View…" or "12. Ibid.": a note's first line. */
const noteStart = /^(\d{1,3})\.?\s+(\S.*)$/u;

/**
 * Takes each page's footnotes out of its lines: below the last line of body text, in smaller
 * type, the first starting with a number that a raised marker in the page's text points to.
 * Left in, a note would stand between a paragraph and its end on the next page, and be
 * answered from as if it were the section's text.
 * @returns the pages without their notes, and the notes in order.
 */
export function splitFootnotes(pages: PdfLine[][]): { pages: PdfLine[][]; notes: Footnote[] } {
  if (ablated("pdf-footnotes")) return { pages, notes: [] };
  const bodySize = bodyTextSize(pages.flat());
  // The document's words, to rejoin a note's hyphenated line breaks: read only for a note that
  // runs onto a second line.
  let vocabulary: Vocabulary | undefined;
  const notes: Footnote[] = [];
  const kept = pages.map((lines) => {
    const body = lines.filter((line) => line.size >= bodySize * 0.9);
    if (body.length === 0) return lines;
    const lowestBody = Math.min(...body.map((line) => line.y));
    const foot = lines
      .filter((line) => line.size < bodySize * 0.9 && line.y < lowestBody && !line.cells)
      .sort((a, b) => b.y - a.y);
    // The first note's number must be one the page's text marks: an address in small type at
    // a cover's foot ("1 Horse Guards Road") is no note.
    const marked = new Set(lines.flatMap((line) => line.markers ?? []));
    const first = noteStart.exec(foot[0]?.text ?? "")?.[1];
    if (first === undefined || !marked.has(first)) return lines;
    for (const line of foot) {
      const start = noteStart.exec(line.text);
      const last = notes.at(-1);
      if (start) notes.push({ number: Number(start[1]), text: start[2] ?? "" });
      else if (last) {
        vocabulary ??= wordsOf(pages.flat());
        last.text = joinLines(last.text, line.text, vocabulary);
      }
    }
    const taken = new Set(foot);
    return lines.filter((line) => !taken.has(line));
  });
  return { pages: kept, notes };
}

/**
 * The notes as blocks for the end of the document: a "Notes" heading at the level of its top
 * sections (`notesLevel`), then the notes as a numbered list.
 */
export function notesBlocks(notes: Footnote[], blocks: RootContent[]): RootContent[] {
  if (notes.length === 0) return [];
  const levels = blocks.flatMap((block) => (block.type === "heading" ? [block.depth] : []));
  const depth = notesLevel(levels) as Heading["depth"];
  const heading: Heading = { type: "heading", depth, children: [{ type: "text", value: "Notes" }] };
  const list: List = {
    type: "list",
    ordered: true,
    start: notes[0]?.number ?? 1,
    spread: false,
    children: notes.map((note) => ({
      type: "listItem",
      spread: false,
      children: [{ type: "paragraph", children: [{ type: "text", value: note.text }] }],
    })),
  };
  return [heading, list];
}
