// A table whose cells span rows or columns, or whose heading takes two rows, as one heading row over plain rows: each row is quoted with its column headings, so every value must sit under its own.
import type { Element, ElementContent, Root } from "hast";
import { toString as textOf } from "hast-util-to-string";
import { ablated } from "../ablation.ts";

/** One slot of the table's grid: the cell that covers it, and whether it starts there. */
interface Slot {
  cell: Element;
  /** The cell starts in this row (not carried down from a row above by its rowspan). */
  rowStart: boolean;
  /** The cell starts in this column (not carried across by its colspan). */
  columnStart: boolean;
}

/**
 * Rewrites each table with merged cells or a heading of two rows or more as a grid: one heading
 * row whose column headings join the words above each column ("Community beds" over "2017" and
 * "2019" → "Community beds 2017", "Community beds 2019"), and body rows in which a cell spanning
 * rows is repeated in each ("Northgate" beside both its rows), and a cell spanning columns stands
 * in the first. Markdown tables have one heading row and no spans: without this, "2019" read as a
 * row of figures, and "Southgate | 32 | 32" as "Community beds: 32; 32", the second figure under
 * no heading at all. Tables without spans or a second heading row are left as they are.
 */
export function tablesAsGrids(tree: Root): Root {
  if (ablated("table-grids")) return tree;
  const walk = <T extends Root | Element>(parent: T): T => {
    const children = parent.children.map((child) => {
      if (child.type !== "element") return child;
      if (child.tagName === "table") return gridTable(child) ?? child;
      return walk(child);
    });
    return { ...parent, children } as T;
  };
  return walk(tree);
}

function gridTable(table: Element): Element | null {
  const rows = rowsOf(table);
  const headRows = headingRowCount(table, rows);
  const spans = rows.some((row) =>
    cellsOf(row).some((cell) => span(cell, "colSpan") > 1 || span(cell, "rowSpan") > 1),
  );
  if (!spans && headRows < 2) return null;
  const grid = toGrid(rows);
  const width = Math.max(0, ...grid.map((row) => row.length));
  const headings = Array.from({ length: width }, (_, column) => {
    const words: string[] = [];
    for (const row of grid.slice(0, headRows)) {
      const slot = row[column];
      const text = slot ? normalised(textOf(slot.cell)) : "";
      if (text && words.at(-1) !== text) words.push(text);
    }
    return words.join(" ");
  });
  const body = grid.slice(headRows).map((row) =>
    element(
      "tr",
      Array.from({ length: width }, (_, column) => {
        const slot = row[column];
        if (!slot?.columnStart) return element("td", []);
        // A cell spanning rows says the same of each row it covers.
        return element("td", slot.rowStart ? slot.cell.children : [text(textOf(slot.cell))]);
      }),
    ),
  );
  const head =
    headRows > 0
      ? [
          element("thead", [
            element(
              "tr",
              headings.map((h) => element("th", [text(h)])),
            ),
          ]),
        ]
      : [];
  return { ...table, children: [...head, element("tbody", body)] };
}

/** The table's rows in order: its head's, its bodies', its foot's, or its own. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "tr") rows.push(child);
      else if (["thead", "tbody", "tfoot"].includes(child.tagName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

/** The rows of its head, or else its first rows whose every cell is a heading cell. */
function headingRowCount(table: Element, rows: Element[]): number {
  const head = table.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "thead",
  );
  if (head) return head.children.filter((c) => c.type === "element" && c.tagName === "tr").length;
  let count = 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length === 0 || !cells.every((cell) => cell.tagName === "th")) break;
    count++;
  }
  return count;
}

/** Each row's slots, with every cell placed where its spans put it. */
function toGrid(rows: Element[]): Slot[][] {
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]?.[column]) column++;
      const across = span(cell, "colSpan");
      const down = Math.min(span(cell, "rowSpan"), rows.length - r);
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < across; dc++)
          (grid[r + dr] as Slot[])[column + dc] = {
            cell,
            rowStart: dr === 0,
            columnStart: dc === 0,
          };
      column += across;
    }
  });
  return grid;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter(
    (child): child is Element =>
      child.type === "element" && (child.tagName === "td" || child.tagName === "th"),
  );
}

function span(cell: Element, name: "colSpan" | "rowSpan"): number {
  const value = Number(cell.properties?.[name] ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, 50) : 1;
}

function element(tagName: string, children: ElementContent[]): Element {
  return { type: "element", tagName, properties: {}, children };
}

function text(value: string): ElementContent {
  return { type: "text", value };
}

function normalised(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
