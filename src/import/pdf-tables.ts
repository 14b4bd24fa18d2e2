// A PDF's tables: runs of lines whose cells stand in the same columns → a markdown table, so each row is quoted with its column headings.
import type { Table, TableCell, TableRow } from "mdast";
import { ablated } from "../ablation.ts";
import { isFigure, type PdfCell, type PdfLine } from "./pdf-lines.ts";

/** A table found among the lines: it takes the place of lines `start` to `end - 1`. */
export interface FoundTable {
  start: number;
  end: number;
  table: Table;
}

/**
 * Tables in reading order. A table starts at a line of two or more cells and takes in the lines
 * after it on the same page that stay inside its columns: a row's other cells, and cells that
 * wrapped onto a second line ("Surplus/(deficit)" over "(£m)"). It needs two lines of cells at
 * least, and two rows; a line of text running across the columns ends it.
 */
export function findTables(lines: PdfLine[]): FoundTable[] {
  const found: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as PdfLine;
    const firstCells = cellsOf(first);
    if (!firstCells) continue;
    const columns: PdfCell[] = firstCells.map((cell) => ({ ...cell }));
    const fragments: Fragment[] = firstCells.map((cell) => ({ ...cell, y: first.y }));
    let rowsOfCells = 1;
    let bottom = first.y;
    let end = i + 1;
    for (; end < lines.length; end++) {
      const line = lines[end] as PdfLine;
      if (line.page !== first.page || line.y > first.y + line.size) break;
      if (bottom - line.y > 2.6 * line.size) break;
      if (line.cells && !cellsOf(line)) break;
      const cells: PdfCell[] = line.cells ?? [line];
      if (!cells.every((cell) => fitsColumns(cell, columns, line.size))) break;
      // Another line of cells stands in the same columns, or in new ones to their right: two or
      // more of its cells line up so.
      const right = (columns.at(-1)?.right ?? 0) + line.size;
      const placed = cells.filter(
        (cell) => cell.x > right || linesUp(cell, columns, line.size),
      ).length;
      if (line.cells && placed < 2) break;
      for (const cell of cells) {
        widen(columns, cell, line.size);
        fragments.push({ ...cell, y: line.y });
      }
      if (line.cells) rowsOfCells++;
      bottom = Math.min(bottom, line.y);
    }
    if (rowsOfCells < 2) continue;
    const rows = rowsOf(fragments, columns, first.size);
    if (rows.length < 2 || textColumns(columns, rows)) continue;
    const heading = ablated("pdf-table-headings")
      ? null
      : headingAbove(lines, i, columns, rows[0] ?? [], found.at(-1)?.end ?? 0);
    const start = heading ? heading.start : i;
    found.push({ start, end, table: tableNode(heading ? [heading.row, ...rows] : rows) });
    i = end - 1;
  }
  return found;
}

interface Fragment extends PdfCell {
  y: number;
}

/** A cell of values, not headings: a figure ("40", "£2.1bn", "(29.5)", "58%"), or none ("–", "n/a"). */
const valueCell = (text: string) => isFigure(text) || /^(?:[-–—]|n\/a)$/i.test(text.trim());

/**
 * Whether a heading piece heads a column: one that lines up with a column heads that column; one
 * that lines up with none is centred over several ("Community beds" over "2017" and "2019"), and
 * heads each column within half its own width either side of it.
 */
function heads(piece: PdfCell, column: PdfCell, columns: PdfCell[], size: number): boolean {
  if (linesUp(piece, columns, size)) return columns[columnOf(piece, columns, size)] === column;
  const half = (piece.right - piece.x) / 2;
  return column.x <= piece.right + half && column.right >= piece.x - half;
}

/** A year or a span of years heads a column of figures: "2017", "2017/18", "2017-18". */
const yearCell = /^(?:19|20)\d{2}(?:[/–-]\d{2,4})?$/;

/**
 * The table's column headings, where its first row is values ("Northgate | 40 | 24") and its
 * headings stand in the lines just above it, set apart from the text: a heading over two columns
 * ("Community beds", centred over "2017" and "2019") and one set lower beside them ("Site"). A
 * PDF draws them as it likes, so they had read as a paragraph ("Site Community beds 2017 2019")
 * and the first row of values as the headings, every value after quoted under another row's
 * ("Northgate: Southgate; 40: 32"). Each column's heading joins, top down, the words of the
 * heading lines over it: a piece over two columns heads both.
 */
function headingAbove(
  lines: PdfLine[],
  start: number,
  columns: PdfCell[],
  firstRow: string[],
  earliest: number,
): { start: number; row: string[] } | null {
  const values = firstRow.slice(1).filter(Boolean);
  if (values.length === 0 || !values.every(valueCell)) return null;
  const first = lines[start] as PdfLine;
  // A heading may stand a little wider than the figures under it ("2019" over "24").
  const left = (columns[0]?.x ?? 0) - 3 * first.size;
  const right = (columns.at(-1)?.right ?? 0) + 3 * first.size;
  const above: PdfLine[] = [];
  let top = first.y;
  let index = start;
  while (index - 1 >= earliest && above.length < 4) {
    const line = lines[index - 1] as PdfLine;
    const pieces = line.cells ?? [line];
    const headingLike =
      line.page === first.page &&
      line.y > first.y &&
      line.y - top <= 2.6 * line.size &&
      // Larger type above the table is the section's heading, not the columns'.
      line.size < first.size * 1.15 &&
      pieces.every(
        (piece) =>
          piece.x >= left &&
          // A heading set flush with its column may run on past the figures under it
          // ("Beds 2020/21" over "380").
          (piece.right <= right || linesUp(piece, columns, first.size)) &&
          piece.text.split(" ").length <= 6 &&
          (!valueCell(piece.text) || yearCell.test(piece.text)) &&
          !/[.!?;:]$/.test(piece.text),
      );
    if (!headingLike) break;
    above.push(line);
    top = Math.max(top, line.y);
    index--;
  }
  if (above.length === 0) return null;
  const pieces = above
    .flatMap((line) => (line.cells ?? [line]).map((piece) => ({ ...piece, y: line.y })))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const size = first.size;
  const row = columns.map((column) => {
    const words: string[] = [];
    for (const piece of pieces) if (heads(piece, column, columns, size)) words.push(piece.text);
    return words.join(" ");
  });
  // Every column needs a heading of its own, or these lines were not its headings.
  return row.every(Boolean) ? { start: index, row } : null;
}

/**
 * A cell stays in the table when it starts in a column and ends before the next one begins
 * (the last column, or one right of it, may run on). Text running across columns is no cell.
 */
function fitsColumns(cell: PdfCell, columns: PdfCell[], size: number): boolean {
  const index = columnOf(cell, columns, size);
  if (index === -1) return false;
  const next = columns[index + 1];
  return !next || cell.right <= next.x + 0.5 * size;
}

/** A line's cells, unless the first is only a bullet or an item's number: a list is no table. */
function cellsOf(line: PdfLine): PdfCell[] | null {
  const first = line.cells?.[0];
  return first && !listMark.test(first.text) ? (line.cells ?? null) : null;
}

const listMark = /^([•●▪■◦‣○∙\uf0b7\uf0a7\uf076\uf0d8*–—-]|\(?(\d{1,2}|[a-z]|[ivx]+)[.)])$/u;

/** A cell lines up with a column by its left edge, or by its right edge (figures set to the right). */
function linesUp(cell: PdfCell, columns: PdfCell[], size: number): boolean {
  return columns.some(
    (column) => Math.abs(column.x - cell.x) <= size || Math.abs(column.right - cell.right) <= size,
  );
}

/** The column a cell starts in: the last whose left edge is at or left of it. */
function columnOf(cell: PdfCell, columns: PdfCell[], size: number): number {
  let found = -1;
  columns.forEach((column, i) => {
    if (column.x <= cell.x + 0.5 * size) found = i;
  });
  return found;
}

/** Takes a cell into its column, or into a new column right of the others. */
function widen(columns: PdfCell[], cell: PdfCell, size: number): void {
  const last = columns.at(-1);
  if (last && cell.x > last.right + size) columns.push({ text: "", x: cell.x, right: cell.right });
  else {
    const column = columns[columnOf(cell, columns, size)];
    if (column) column.right = Math.max(column.right, cell.right);
  }
}

/**
 * The fragments in rows, top to bottom. A row starts at a baseline with text in the first
 * column; a baseline without (the rest of a heading that wrapped) adds to the row above, cell
 * by cell.
 */
function rowsOf(fragments: Fragment[], columns: PdfCell[], size: number): string[][] {
  const baselines: Fragment[][] = [];
  for (const fragment of [...fragments].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const last = baselines.at(-1);
    if (last && Math.abs((last[0] as Fragment).y - fragment.y) <= 0.4 * size) last.push(fragment);
    else baselines.push([fragment]);
  }
  // Rows set further apart than the lines of a cell that wrapped: a drop no wider than the
  // narrowest, where wider ones exist, carries on the row above.
  const drops = baselines
    .slice(1)
    .map((baseline, i) => yOf(baselines[i] as Fragment[]) - yOf(baseline));
  const narrowest = Math.min(...drops);
  const spaced = drops.some((drop) => drop > narrowest * 1.25 + 1);
  const rows: string[][] = [];
  let above: number | null = null;
  for (const baseline of baselines) {
    const y = yOf(baseline);
    const inColumns = baseline.map((fragment) => columnOf(fragment, columns, size));
    const starts = inColumns.includes(0);
    // A first cell that wrapped: only the first column goes on, just under a row of several.
    const wraps =
      above !== null &&
      ((spaced && above - y <= narrowest * 1.1 + 0.5) ||
        (inColumns.every((index) => index === 0) &&
          above - y <= 1.5 * size &&
          (rows.at(-1) ?? []).filter(Boolean).length > 1));
    if ((starts && !wraps) || rows.length === 0) rows.push(columns.map(() => ""));
    above = y;
    const row = rows.at(-1) as string[];
    for (const fragment of baseline) {
      const index = Math.max(0, columnOf(fragment, columns, size));
      // A cell's lines joined as a paragraph's are; "Surplus/" + "(deficit)" without a space.
      const before = row[index] ?? "";
      row[index] = !before
        ? fragment.text
        : `${before}${before.endsWith("/") ? "" : " "}${fragment.text}`;
    }
  }
  return rows;
}

/**
 * Two wide columns of long lines are a page set in two columns that the PDF draws line by line
 * across, not a table: each "row" would splice two unrelated sentences.
 */
function textColumns(columns: PdfCell[], rows: string[][]): boolean {
  if (columns.length !== 2) return false;
  const span = (columns.at(-1)?.right ?? 0) - (columns[0]?.x ?? 0);
  const wide = columns.every((column) => column.right - column.x >= 0.35 * span);
  const cells = rows.flat().filter(Boolean);
  const meanLength = cells.reduce((sum, cell) => sum + cell.length, 0) / (cells.length || 1);
  return wide && meanLength >= 30;
}

function yOf(baseline: Fragment[]): number {
  return (baseline[0] as Fragment).y;
}

function tableNode(rows: string[][]): Table {
  const cell = (text: string): TableCell => ({
    type: "tableCell",
    children: text ? [{ type: "text", value: text }] : [],
  });
  return {
    type: "table",
    align: rows[0]?.map(() => null) ?? [],
    children: rows.map((row): TableRow => ({ type: "tableRow", children: row.map(cell) })),
  };
}
