// A content file read into the blocks every format is written from: headings, paragraphs, lists, tables.
import { readFileSync } from "node:fs";
import type { List, PhrasingContent, RootContent } from "mdast";
import { loadParsers, parsers } from "../../../src/documents/parsers.ts";
import { plainText } from "../../../src/documents/plain-text.ts";

/** A stretch of text and how it is set. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** A list item; a nested list's items follow the item they belong to, one level deeper. */
export interface Item {
  text: string;
  level: number;
  ordered: boolean;
}

/** One block of a document, in the order the file gives them. */
export type Block =
  | { kind: "heading"; depth: number; text: string }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; ordered: boolean; items: Item[] }
  | { kind: "table"; rows: string[][] };

/** A document as the formats write it: what its front matter says about it, and its blocks. */
export interface SourceDocument {
  /** The content file's name without `.md`: each format's file is named after it. */
  name: string;
  title: string;
  publisher: string | null;
  /** `YYYY-MM-DD`, as the front matter gives it. */
  date: string | null;
  blocks: Block[];
}

/** Reads a content file's front matter and blocks (a quote's paragraphs are read as paragraphs). */
export async function readSourceDocument(file: string): Promise<SourceDocument> {
  await loadParsers();
  const tree = parsers().markdown.parse(readFileSync(file, "utf8"));
  const front = tree.children[0]?.type === "yaml" ? tree.children[0].value : "";
  const fields = (parsers().parseYaml(front) ?? {}) as Record<string, unknown>;
  const text = (value: unknown) =>
    value == null ? null : String(value instanceof Date ? value.toISOString().slice(0, 10) : value);
  const blocks = tree.children.flatMap(toBlocks);
  const name = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return {
    name,
    title: text(fields.title) ?? name,
    publisher: text(fields.publisher),
    date: text(fields.date),
    blocks,
  };
}

function toBlocks(node: RootContent): Block[] {
  switch (node.type) {
    case "heading":
      return [{ kind: "heading", depth: node.depth, text: plainText(node) }];
    case "paragraph":
      return [{ kind: "paragraph", runs: node.children.flatMap((child) => toRuns(child, {})) }];
    case "list":
      return [
        {
          kind: "list",
          ordered: node.ordered === true,
          items: listItems(node),
        },
      ];
    case "table":
      return [
        {
          kind: "table",
          rows: node.children.map((row) => row.children.map((cell) => plainText(cell))),
        },
      ];
    case "blockquote":
      return node.children.flatMap(toBlocks);
    default:
      return []; // front matter, rules, code and raw HTML: no format here writes them
  }
}

/** A list's items in reading order, a nested list's after the item they belong to. */
function listItems(list: List, level = 0): Item[] {
  return list.children.flatMap((item) => {
    const own = item.children.filter((child) => child.type !== "list");
    const nested = item.children.filter((child) => child.type === "list");
    return [
      {
        text: own.map((child) => plainText(child)).join(" "),
        level,
        ordered: list.ordered === true,
      },
      ...nested.flatMap((child) => listItems(child, level + 1)),
    ];
  });
}

function toRuns(node: PhrasingContent, style: Omit<Run, "text">): Run[] {
  switch (node.type) {
    case "text":
    case "inlineCode":
      // A line break in the file is a space, as markdown reads it; only a hard break ("\\" or
      // two spaces at a line's end) starts a new line.
      return [{ ...style, text: node.value.replace(/\n/g, " ") }];
    case "break":
      return [{ ...style, text: "\n" }];
    case "strong":
      return node.children.flatMap((child) => toRuns(child, { ...style, bold: true }));
    case "emphasis":
      return node.children.flatMap((child) => toRuns(child, { ...style, italic: true }));
    case "link":
      return node.children.flatMap((child) => toRuns(child, { ...style, href: node.url }));
    default:
      return [{ ...style, text: plainText(node) }];
  }
}

/** True when the document's own blocks give its title as a top heading: no format adds it again. */
export function namesTitle(doc: SourceDocument): boolean {
  return doc.blocks.some((block) => block.kind === "heading" && block.depth === 1);
}

/**
 * The document's sections for a table of contents, as publishers put one at the front of a
 * report with three sections or more: each heading below the title, with its level under it.
 */
export function contentsOf(doc: SourceDocument): { text: string; level: number }[] {
  const sections = doc.blocks.flatMap((block) =>
    block.kind === "heading" && block.depth > 1
      ? [{ text: block.text, level: block.depth - 1 }]
      : [],
  );
  return sections.length >= 3 ? sections : [];
}
