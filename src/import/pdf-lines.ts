// A PDF page's text pieces → lines, in the order the PDF draws them (which keeps columns apart).
import { ablated } from "../ablation.ts";
import { loadDictionary, type WordSet } from "../lexicon/lexicon.ts";
import { joinSpacedLetters, withoutLetterSpacing } from "./pdf-letter-spacing.ts";

/** A piece of text as pdf.js places it on the page (origin bottom left, units are points). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
  /** pdf.js's name for the piece's font within the document ("g_d0_f3"): the same face, the same name. */
  fontName?: string;
}

/** One line of text on a page. */
export interface PdfLine {
  text: string;
  /** Left edge, right edge and baseline, in points from the page's bottom left. */
  x: number;
  right: number;
  y: number;
  /** The font size most of its characters are set in. */
  size: number;
  /** 1-based page number. */
  page: number;
  /**
   * The stretches of the line set apart by gaps wider than a word space, where there are two
   * or more: a table row's cells ("2017/18      431.0      455.3").
   */
  cells?: PdfCell[];
  /** Footnote markers set small and raised after its words, left out of `text` ("1", "12"). */
  markers?: string[];
  /**
   * The font every letter of the line is set in, where it is one ("g_d0_f3"): a line wholly in
   * another face than the text's (bold) may be a heading typed in the text's size.
   */
  font?: string;
}

/**
 * Only a figure: "812", "402.1", "(29.5)", "58%", "£2.6bn", "12,500", "2015/16". A chart's labels
 * and a table's values are told by it.
 */
export function isFigure(text: string): boolean {
  return /^[£$€]?\(?[-−–]?\d[\d,]*(?:\.\d+)?\)?(?:%|[kmb]n?|bn)?(?:[/–-]\d{2,4})?$/i.test(
    text.trim(),
  );
}

/** A stretch of a line between wide gaps. */
export interface PdfCell {
  text: string;
  x: number;
  right: number;
}

/** A cell as it is built: also where each of its pieces set apart by a space began. */
interface CellInProgress extends PdfCell {
  segments: PdfCell[];
}

/**
 * A gap wider than this many font sizes parts a line's cells: a word space is about a quarter,
 * and a table's cells are padded on both sides. A justified line's wider spaces are no table:
 * `findTables` wants its cells to line up with the lines around.
 */
const cellGap = 0.8;

/**
 * Joins a page's text pieces into lines. A piece joins the line before it when it sits on the
 * same baseline to its right; a gap wider than a fifth of the font size is a space. Pieces are
 * taken in the order the PDF draws them, not sorted by position, because that order reads
 * down one column before the next, where sorting by height would splice columns together.
 */
export function pageLines(items: PdfTextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current:
    | (PdfLine & { sizes: Map<number, number>; parts: CellInProgress[]; fonts: Set<string> })
    | null = null;
  // The font of the piece last added to the line: a word drawn in pieces keeps to one.
  let lastFont: string | undefined;
  const close = () => {
    if (current) {
      const text = current.text.replace(/\s+/g, " ").trim();
      const cells = current.parts.map(({ segments, ...cell }) => ({
        ...cell,
        text: cell.text.replace(/\s+/g, " ").trim(),
        ...(segments.length > 1 ? { segments } : {}),
      }));
      const [font] = current.fonts;
      if (text)
        lines.push({
          ...withoutSizes(current),
          text,
          size: mainSize(current.sizes),
          ...(cells.length > 1 && !ablated("pdf-tables") ? { cells } : {}),
          ...(current.fonts.size === 1 && font ? { font } : {}),
        });
    }
    current = null;
  };
  for (const item of joinSpacedLetters(items)) {
    const str = withoutLetterSpacing(item.str.replace(/\u00a0/g, " "));
    if (str.trim() === "") {
      // pdf.js marks line ends with empty pieces; a lone space piece is a gap within the line.
      if (current && str) current.text += " ";
      if (item.hasEOL) close();
      continue;
    }
    const size = Math.max(1, Math.round(item.fontSize * 2) / 2);
    if (current && isNoteMarker(current, item, size, str)) {
      // Skipped, but its width kept, so that no space opens where it stood.
      current.right = Math.max(current.right, item.x + item.width);
      current.markers = [...(current.markers ?? []), ...str.trim().split(/,\s?/)];
      continue;
    }
    if (current && isRaisedSuffix(current, item, size, str)) {
      // Read into the word it ends, with no space, and not counted in the line's sizes.
      current.text += str;
      current.right = Math.max(current.right, item.x + item.width);
      const cell = current.parts.at(-1);
      const segment = cell?.segments.at(-1);
      for (const part of [cell, segment]) {
        if (!part) continue;
        part.text += str;
        part.right = Math.max(part.right, item.x + item.width);
      }
      lastFont = item.fontName;
      continue;
    }
    if (current && isNoteNumberBefore(current, item, size)) {
      // A footnote's number raised before its text ("¹ Source: …"): one line, on the text's
      // baseline and in its size, so the note starts with its number as a note does.
      current.y = item.y;
      current.sizes.clear();
    }
    if (current && !continuesLine(current, item, size)) close();
    if (!current) {
      current = {
        text: "",
        x: item.x,
        right: item.x,
        y: item.y,
        size,
        page,
        sizes: new Map(),
        parts: [],
        fonts: new Set(),
      };
    } else if (needsSpace(current, item, size, str, lastFont)) {
      current.text += " ";
    }
    // A comma or full stop set after a change of font ("Forward View" in italics, then ", a")
    // may sit a little apart, or after a space of its own: it is never a word of its own.
    if (closingMark.test(str) && current.text.endsWith(" ") && !ablated("pdf-punctuation"))
      current.text = current.text.trimEnd();
    const lastCell = current.parts.at(-1);
    const piece = { text: str, x: item.x, right: item.x + item.width };
    if (!lastCell || item.x - current.right > cellGap * size) {
      current.parts.push({ ...piece, segments: [{ ...piece }] });
    } else {
      lastCell.text += current.text.endsWith(" ") ? ` ${str}` : str;
      lastCell.right = Math.max(lastCell.right, item.x + item.width);
      const segment = lastCell.segments.at(-1);
      if (!segment || item.x - current.right > 0.2 * size) lastCell.segments.push({ ...piece });
      else {
        segment.text += current.text.endsWith(" ") ? ` ${str}` : str;
        segment.right = piece.right;
      }
    }
    current.text += str;
    current.right = Math.max(current.right, item.x + item.width);
    lastFont = item.fontName;
    current.sizes.set(size, (current.sizes.get(size) ?? 0) + str.length);
    // An unnamed font, or a font holding only punctuation, tells nothing of the line's face.
    if (/[\p{L}\p{N}]/u.test(str)) current.fonts.add(item.fontName ?? "");
    if (item.hasEOL) close();
  }
  close();
  return splitAtColumns(lines);
}

/**
 * A table whose columns are set close (a bordered table sized to its longest entries) leaves
 * less than a cell's gap between "Westbury Community" and "64", so they read as one cell. Where
 * the rows around a line have a cell starting exactly where a piece of one of its cells starts,
 * the cell is parted there: the column shows in its neighbours. Only lines already in cells are
 * looked at, and only their neighbours' cells count, so prose is never parted.
 */
function splitAtColumns(lines: PdfLine[]): PdfLine[] {
  if (ablated("pdf-table-columns")) return lines.map(withoutSegments);
  return lines.map((line, i) => {
    if (!line.cells?.some((cell) => (cell as CellInProgress).segments))
      return withoutSegments(line);
    const starts = lines
      .slice(Math.max(0, i - 4), i + 5)
      .filter((other) => other !== line && other.page === line.page && other.cells)
      .flatMap((other) => (other.cells ?? []).map((cell) => cell.x));
    const cells = (line.cells ?? []).flatMap((cell) => partedAt(cell, starts, line.size));
    return withoutSegments({ ...line, cells });
  });
}

/** `cell` parted before each of its pieces that starts where a neighbour's cell starts. */
function partedAt(cell: PdfCell, starts: number[], size: number): PdfCell[] {
  const { segments } = cell as Partial<CellInProgress>;
  if (!segments) return [cell];
  const parts: PdfCell[][] = [[]];
  segments.forEach((segment, k) => {
    const column = k > 0 && starts.some((x) => Math.abs(x - segment.x) <= 0.15 * size);
    if (column) parts.push([]);
    parts.at(-1)?.push(segment);
  });
  if (parts.length === 1) return [cell];
  return parts.map((pieces) => ({
    text: pieces
      .map((piece) => piece.text)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim(),
    x: pieces[0]?.x ?? cell.x,
    right: Math.max(...pieces.map((piece) => piece.right)),
  }));
}

function withoutSegments(line: PdfLine): PdfLine {
  if (!line.cells) return line;
  return { ...line, cells: line.cells.map(({ text, x, right }) => ({ text, x, right })) };
}

/** The font size with the most characters: the body text's. */
export function bodyTextSize(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.size, (counts.get(line.size) ?? 0) + line.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * A footnote's marker: a number (or *, †) in smaller type raised above the line it follows.
 * Left in, "in 2016-17¹" would read as the figure "2016-171". After a unit ("400 m²") the small
 * raised number is a power, and stays.
 */
function isNoteMarker(line: PdfLine, item: PdfTextItem, size: number, str: string): boolean {
  if (ablated("pdf-note-markers")) return false;
  const raised = item.y - line.y >= 0.2 * line.size && item.y - line.y <= 0.8 * line.size;
  // A browser sets <sup> at 0.83 of the size (Word at about two thirds).
  const smaller = size <= (ablated("pdf-sup-size") ? 0.8 : 0.9) * line.size;
  const rightAfter = Math.abs(item.x - line.right) <= 0.5 * line.size;
  return (
    raised &&
    smaller &&
    rightAfter &&
    /^(?:\d{1,3}(?:,\s?\d{1,3})*|[*†‡])$/u.test(str.trim()) &&
    !/\b(?:m|cm|mm|km|ft|sq)$/i.test(line.text.trimEnd())
  );
}

/**
 * A line so far only a number (or *, †) set smaller than `item` and raised above its baseline,
 * `item` straight after it: a footnote at a page's foot as Word and a browser set it, its number
 * raised ("¹ Source: …"). Read apart, the number was a line of its own and the note no note.
 */
function isNoteNumberBefore(line: PdfLine, item: PdfTextItem, size: number): boolean {
  if (ablated("pdf-note-numbers") || !/^\s*(?:\d{1,3}|[*†‡])\s*$/u.test(line.text)) return false;
  const rise = line.y - item.y;
  const gap = item.x - line.right;
  return (
    line.size <= 0.9 * size &&
    rise >= 0.2 * size &&
    rise <= 0.8 * size &&
    gap >= -0.1 * size &&
    gap <= 0.8 * size
  );
}

/**
 * The end of a word set small and raised: an ordinal's "st", "nd", "rd", "th" after a figure
 * ("1st April", "31st March") or a power after a unit ("4,500 m²"). Raised about 0.4 of the
 * line's size, it sat off the line's baseline, stood as a line of its own, and the change of
 * size ended the paragraph: "From 1" / "st" / "April 2017…". It is read as the Word import
 * reads a superscript, run into the word before: "1st", "m2".
 */
function isRaisedSuffix(line: PdfLine, item: PdfTextItem, size: number, str: string): boolean {
  if (ablated("pdf-raised-suffixes")) return false;
  const rise = item.y - line.y;
  const raised = rise >= 0.2 * line.size && rise <= 0.8 * line.size;
  const smaller = size <= 0.9 * line.size;
  const rightAfter = Math.abs(item.x - line.right) <= 0.2 * line.size;
  if (!raised || !smaller || !rightAfter) return false;
  if (/^(?:st|nd|rd|th)\s*$/.test(str)) return /\d$/.test(line.text);
  return /^[23²³]\s*$/.test(str) && /\b(?:m|cm|mm|km|ft)$/i.test(line.text);
}

function continuesLine(line: PdfLine, item: PdfTextItem, size: number): boolean {
  const sameBaseline = Math.abs(item.y - line.y) <= 0.4 * Math.max(size, line.size);
  const rightwards = item.x >= line.right - 0.5 * size;
  return sameBaseline && rightwards;
}

function needsSpace(
  line: PdfLine,
  item: PdfTextItem,
  size: number,
  str: string,
  lastFont: string | undefined,
): boolean {
  if (line.text.endsWith(" ") || str.startsWith(" ")) return false;
  const gap = item.x - line.right;
  if (gap > 0.2 * size) return true;
  return !touchesInSameFont(gap, size, item.fontName, lastFont) && spaceInWidth(line.text, str);
}

/**
 * A piece set straight after the one before, in the same font, is the same word drawn in
 * pieces: a browser or LaTeX draws a ligature ("di" "ff" "iculty", "un" "fi" "lled") and each
 * stretch between soft-hyphen points ("com" "mis" "sion" "ing") as a piece of its own. A space
 * kept in a piece's width comes only with a change of font (bold, then regular), so within one
 * font a gap of nothing is no space, however English the pieces look.
 */
function touchesInSameFont(
  gap: number,
  size: number,
  font: string | undefined,
  lastFont: string | undefined,
): boolean {
  if (ablated("pdf-touching-pieces")) return false;
  return font !== undefined && font === lastFont && Math.abs(gap) <= 0.05 * size;
}

/**
 * A justified line may carry the space after a change of font in the width of the piece before
 * it, not as a gap: "What was the review?" in bold, then "In February…" set straight after.
 * A sentence's end or a colon, then a word, has a space between them all the same.
 */
function spaceInWidth(before: string, str: string): boolean {
  if (ablated("pdf-run-spaces")) return false;
  if (/[?!:;]$/.test(before)) return /^\p{L}/u.test(str);
  if (/\p{Ll}\.$/u.test(before)) return /^\p{Lu}/u.test(str);
  // "£325 million" in bold, then "of new capital": two English words that run together are none.
  const left = /(\p{L}+)$/u.exec(before)?.[1];
  const right = /^(\p{Ll}+)/u.exec(str)?.[1];
  if (!left || !right) return false;
  return `${left}${right}`.length > 3 && twoEnglishWords(left, right, loadDictionary());
}

/**
 * Two English words that run together are none ("ring" + "fence", "million" + "of"), where
 * "thera" + "pists" or "organ" + "isation" is one word in two pieces. The dictionary keeps
 * words of four letters or more: a shorter part ("far", "of") counts as a word.
 */
export function twoEnglishWords(
  left: string,
  right: string,
  english: Pick<WordSet, "has">,
): boolean {
  const word = (part: string) => part.length <= 3 || english.has(part.toLowerCase());
  return word(left) && word(right) && !english.has(`${left}${right}`.toLowerCase());
}

const closingMark = /^[,.;:!?)\]}%’”]/u;

/** The size with the most characters. */
function mainSize(sizes: Map<number, number>): number {
  let best = 0;
  let most = -1;
  for (const [size, count] of sizes) {
    if (count > most) {
      best = size;
      most = count;
    }
  }
  return best;
}

function withoutSizes(line: PdfLine & { sizes: unknown; parts: unknown; fonts: unknown }): PdfLine {
  const { sizes: _, parts: __, fonts: ___, ...rest } = line;
  return rest;
}
