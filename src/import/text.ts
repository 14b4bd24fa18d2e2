// Markdown and plain-text files: markdown is kept as written (its front matter read), plain text becomes paragraphs and lists.

import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { ablated } from "../ablation.ts";
import { loadParsers } from "../documents/parsers.ts";
import type { ConvertedDocument } from "./html.ts";
import { ImportError } from "./import-error.ts";
import { firstHeading } from "./markdown-body.ts";
import { cleanText, type DocumentFields, noFields, normaliseDate } from "./metadata.ts";

/** A markdown file: its own front matter, and its body exactly as written. */
export interface MarkdownDocument {
  fields: DocumentFields;
  /** `source:` from its front matter, when it names where the text came from. */
  source: string | null;
  body: string;
  firstHeading: string | null;
  /** A `date:` it gives that is no date the bot reads ("24/11/2016"), left out; else null. */
  unreadDate: string | null;
}

/**
 * Reads a markdown file. Front matter it has is kept (title, publisher, date, source, url); the
 * body is not rewritten, so what an editor typed by hand stays as typed.
 * @throws {ImportError} UNREADABLE for text that is not UTF-8 or front matter that is not YAML.
 */
export async function readMarkdown(bytes: Uint8Array): Promise<MarkdownDocument> {
  const text = decodeUtf8(bytes);
  const { markdown, parseYaml } = await loadParsers();
  const tree = markdown.parse(text);
  const yaml = tree.children[0]?.type === "yaml" ? tree.children[0] : null;
  let data: Record<string, unknown> = {};
  if (yaml) {
    try {
      const parsed = parseYaml(yaml.value);
      if (parsed && typeof parsed === "object") data = parsed as Record<string, unknown>;
    } catch (error) {
      throw new ImportError(
        "UNREADABLE",
        `its front matter is not valid YAML (${error instanceof Error ? error.message.split("\n")[0] : error}): fix it as content/README.md describes`,
      );
    }
  }
  const end = yaml?.position?.end.offset ?? 0;
  const body = text.slice(end).replace(/^\s*\n/, "");
  const field = (key: string) => {
    const value = data[key];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return cleanText(typeof value === "number" ? String(value) : (value as string | undefined));
  };
  const date = normaliseDate(field("date"));
  return {
    fields: {
      title: field("title"),
      publisher: field("publisher"),
      date,
      url: field("url"),
    },
    unreadDate: date ? null : field("date"),
    source: field("source"),
    body,
    firstHeading: firstHeading({
      ...tree,
      children: tree.children.filter((n) => n.type !== "yaml"),
    }),
  };
}

/**
 * Reads plain text: blank lines part paragraphs, lines starting "•", "-" or "*" are bullet
 * points, and a short first line standing alone (no full stop) is the heading that names it.
 */
export function convertText(bytes: Uint8Array): ConvertedDocument {
  const text = withoutPageNumbers(decodeUtf8(bytes).replace(/\r\n?/g, "\n"));
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+$/, "").replace(/^\n+/, ""))
    .filter((block) => block.trim());
  const children: RootContent[] = [];
  blocks.forEach((block, index) => {
    const lines = block.split("\n");
    if (index === 0 && lines.length === 1 && isHeadingLine(block)) {
      children.push({
        type: "heading",
        depth: 1,
        children: [{ type: "text", value: block.trim() }],
      });
      return;
    }
    children.push(...blockNodes(lines));
  });
  return { fields: noFields, tree: { type: "root", children } };
}

/**
 * Text saved from a printed page keeps its page breaks (form feeds) and numbers: a line that is
 * only "Page 1 of 2" or "- 3 -", or a number alone at a page's top or foot that is in step with
 * the next or last page's ("4" on the page before one numbered "5"), is the page's, not the
 * document's, and would otherwise run into the next paragraph ("Page 1 of 2 The next meeting…").
 * A figure out of step is the document's own: a table's last row ending "2017". A page break
 * parts paragraphs.
 */
function withoutPageNumbers(text: string): string {
  if (ablated("text-page-numbers")) return text;
  const pages = text.split("\f").map((page) => page.split("\n"));
  const edges = pages.map(edgeLines);
  // Each page's numbers as printed: "Page 4", "- 4 -" anywhere, a bare "4" at its top or foot.
  const printed = pages.map((lines, k) => {
    const numbers = new Set<number>();
    lines.forEach((line, i) => {
      const number = explicitPageNumber(line) ?? (edges[k]?.has(i) ? bareNumber(line) : null);
      if (number !== null) numbers.add(number);
    });
    return numbers;
  });
  const inStep = (k: number, number: number) =>
    (printed[k - 1]?.has(number - 1) ?? false) || (printed[k + 1]?.has(number + 1) ?? false);
  return pages
    .map((lines, k) =>
      lines
        .map((line, i) => {
          if (explicitPageNumber(line) !== null) return "";
          const bare = edges[k]?.has(i) ? bareNumber(line) : null;
          return bare !== null && (ablated("text-page-sequence") || inStep(k, bare)) ? "" : line;
        })
        .join("\n"),
    )
    .join("\n\n");
}

/** "Page 3", "Page 3 of 40", "- 3 -": a line that says it is a page number, and which. */
function explicitPageNumber(line: string): number | null {
  const match = /^\s*(?:page\s+(\d+)(?:\s+of\s+\d+)?|[-–]\s*(\d+)\s*[-–])\s*$/i.exec(line);
  return match ? Number(match[1] ?? match[2]) : null;
}

function bareNumber(line: string): number | null {
  const match = /^\s*(\d{1,4})\s*$/.exec(line);
  return match ? Number(match[1]) : null;
}

/** The indexes of a page's first and last lines with anything on them. */
function edgeLines(lines: string[]): Set<number> {
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  return new Set([filled[0], filled.at(-1)].filter((i) => i !== undefined));
}

const bullet = /^\s*[•●▪◦*-]\s+/;

function blockNodes(lines: string[]): RootContent[] {
  const nodes: RootContent[] = [];
  let list: List | null = null;
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) nodes.push(paragraphOf(paragraph.join("\n")));
    paragraph = [];
  };
  for (const line of lines) {
    if (bullet.test(line)) {
      flushParagraph();
      if (!list) {
        list = { type: "list", ordered: false, spread: false, children: [] };
        nodes.push(list);
      }
      const item: ListItem = {
        type: "listItem",
        spread: false,
        children: [paragraphOf(line.replace(bullet, ""))],
      };
      list.children.push(item);
    } else if (list && /^\s+\S/.test(line)) {
      // An indented line carries on the bullet point above it.
      const last = list.children.at(-1)?.children[0] as Paragraph | undefined;
      const text = last?.children[0];
      if (text?.type === "text") text.value += `\n${line.trim()}`;
    } else {
      list = null;
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  return nodes;
}

function paragraphOf(value: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value }] };
}

function isHeadingLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 150 && !/[.,;:!?]$/.test(text);
}

/** Text decoded strictly: a file in another encoding is refused rather than quoted garbled. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new ImportError(
      "UNREADABLE",
      "not UTF-8 text: open it in a text editor and save it as UTF-8",
    );
  }
}
