// Headings set with letter-spacing ("L A K E S I D E"): a PDF draws their letters apart, and they are read back as the words they spell.
import { ablated } from "../ablation.ts";
import type { PdfTextItem } from "./pdf-lines.ts";

/**
 * Joins a line drawn letter by letter into one piece of its words. A heading set with wide
 * letter-spacing (Chromium from 0.6 of an em, small capitals too) comes from pdf.js as a piece
 * for each letter ("L", " ", "A", " ", "K"…), a narrower one as pieces of letters a space apart
 * ("L A K E S I D E", " ", "S T P"); its letters read as words of one letter each, and the word
 * space, wider than the letters' gaps, parted the line into a table's cells. A line whose every
 * piece is a letter (or letters a space apart) of one font, three letters or more, becomes one
 * piece: words part where the gap is wider than the letters' own by a quarter of the type's size
 * or more, or where pdf.js itself parted the letters into pieces. A line with any other piece
 * (a word among the letters, "Plan B or C") is left as it is.
 * @example joinSpacedLetters(["L", " ", "A", " ", "K", " ", "E"] as pieces)[0].str // "LAKE"
 */
export function joinSpacedLetters(items: PdfTextItem[]): PdfTextItem[] {
  if (ablated("pdf-letter-pieces")) return items;
  const out: PdfTextItem[] = [];
  let i = 0;
  while (i < items.length) {
    const end = letterRunEnd(items, i);
    const run = items.slice(i, end);
    const letters = run.filter((item) => item.str.trim() !== "");
    const wholeLine =
      !continues(previousPiece(items, i), items[i]) &&
      !continues(items[end - 1], nextPiece(items, end));
    if (end > i && letters.length >= 2 && letterCount(letters) >= 3 && wholeLine) {
      out.push(joined(run, letters));
      i = end;
    } else {
      out.push(items[i] as PdfTextItem);
      i++;
    }
  }
  return out;
}

/** A letter, or letters each a space apart, as pdf.js gives a letter-spaced word. */
const spacedLetters = /^\p{L}(?: \p{L})*$/u;

/** Where a run of letter pieces (and spaces between them) of one font, on one baseline, that starts at `start` ends. */
function letterRunEnd(items: PdfTextItem[], start: number): number {
  const first = items[start];
  if (!first?.fontName || !spacedLetters.test(first.str)) return start;
  let end = start;
  let last = first;
  for (let j = start; j < items.length; j++) {
    const item = items[j] as PdfTextItem;
    const blank = item.str.trim() === "";
    if (j > start && !continues(last, item)) break;
    if (!blank && (item.fontName !== first.fontName || !spacedLetters.test(item.str))) break;
    end = j + 1;
    if (!blank) last = item;
    if (item.hasEOL) break;
  }
  // A run does not end on a space.
  while (end > start && (items[end - 1] as PdfTextItem).str.trim() === "") end--;
  return end;
}

/** Whether `next` carries on the line `item` is on: the same baseline, to its right, no line end between. */
function continues(item: PdfTextItem | undefined, next: PdfTextItem | undefined): boolean {
  if (!item || !next || item.hasEOL || next.str === "") return false;
  const size = Math.max(item.fontSize, next.fontSize);
  return Math.abs(next.y - item.y) <= 0.4 * size && next.x >= item.x + item.width - 0.5 * size;
}

/** The piece before `index` with something on it. */
function previousPiece(items: PdfTextItem[], index: number): PdfTextItem | undefined {
  for (let j = index - 1; j >= 0; j--) {
    const item = items[j] as PdfTextItem;
    if (item.str !== "" || item.hasEOL) return item;
  }
  return undefined;
}

/** The piece from `index` on with something on it, or pdf.js's empty piece ending a line. */
function nextPiece(items: PdfTextItem[], index: number): PdfTextItem | undefined {
  return items.slice(index).find((item) => item.str.trim() !== "" || item.str === "");
}

function letterCount(pieces: PdfTextItem[]): number {
  return pieces.reduce((count, piece) => count + piece.str.replaceAll(" ", "").length, 0);
}

/** The run as one piece: its letters run together, a space where a word ends. */
function joined(run: PdfTextItem[], letters: PdfTextItem[]): PdfTextItem {
  const first = letters[0] as PdfTextItem;
  const last = letters.at(-1) as PdfTextItem;
  const size = Math.max(...letters.map((piece) => piece.fontSize));
  const gapAfter = (k: number) => {
    const piece = letters[k] as PdfTextItem;
    return (letters[k + 1] as PdfTextItem).x - (piece.x + piece.width);
  };
  const single = (piece: PdfTextItem | undefined) => piece?.str.length === 1;
  // The letters' own gap: the narrowest between two pieces of one letter each.
  const letterGaps = letters
    .slice(0, -1)
    .flatMap((piece, k) => (single(piece) && single(letters[k + 1]) ? [gapAfter(k)] : []));
  const letterGap = letterGaps.length > 0 ? Math.min(...letterGaps) : 0;
  let str = "";
  letters.forEach((piece, k) => {
    if (k > 0) {
      const wordEnds =
        !single(letters[k - 1]) || !single(piece) || gapAfter(k - 1) > letterGap + 0.25 * size;
      if (wordEnds) str += " ";
    }
    str += piece.str.replaceAll(" ", "");
  });
  return {
    ...first,
    str,
    width: last.x + last.width - first.x,
    fontSize: size,
    hasEOL: (run.at(-1) as PdfTextItem).hasEOL,
  };
}

/**
 * A heading set with letter-spacing ("LAKESIDE" drawn a third of an em apart) comes from pdf.js
 * as one piece with a space between every letter, "L A K E S I D E", and was quoted so; the
 * words' own spaces come as pieces of their own. A piece of three or more single letters, each
 * a space apart, is one word.
 * @example withoutLetterSpacing("L A K E S I D E") // "LAKESIDE"
 */
export function withoutLetterSpacing(str: string): string {
  if (ablated("pdf-letter-spacing") || !/^\p{L}(?: \p{L}){2,}$/u.test(str)) return str;
  return str.replaceAll(" ", "");
}
