// An imported file read back by the engine's own modules: its passage count, and any block the engine would drop taken out, so content:check passes.
import path from "node:path";
import type { Root, RootContent } from "mdast";
import { parseDocument } from "../documents/content.ts";
import { loadParsers } from "../documents/parsers.ts";
import { toPassages } from "../documents/passages.ts";
import type { ContentWarning } from "../types.ts";

/** What the engine makes of a content file's text. */
export interface DocumentCheck {
  /** The text with blocks of page furniture (comment forms, cookie notices, link lists) removed. */
  text: string;
  passages: number;
  /** How many blocks were removed. */
  removed: number;
  /** Problems the engine would warn about (none for a file `content:add` wrote correctly). */
  warnings: ContentWarning[];
}

/** Passes after which removing furniture stops: each pass only re-reads a smaller file. */
const maxPasses = 5;

/**
 * Reads `text` as the engine would read `file`, and removes each block it would leave out as
 * page furniture, which `content:check` would otherwise report. The bot never quotes those
 * blocks, so removing them loses no answer.
 */
export async function checkDocument(file: string, text: string): Promise<DocumentCheck> {
  await loadParsers();
  let current = text;
  let removed = 0;
  for (let pass = 0; ; pass++) {
    const { document, warnings } = parseDocument({
      name: path.basename(file),
      path: file,
      bytes: Buffer.from(current),
    });
    if (!document) return { text: current, passages: 0, removed, warnings };
    const { passages, dropped } = toPassages(document.tree, document.meta);
    if (dropped.length === 0 || pass === maxPasses) {
      return { text: current, passages: passages.length, removed, warnings };
    }
    const ranges = dropped
      .map((block) => lineRange(document.tree, block.line))
      .filter((range): range is [number, number] => range !== null)
      .sort((a, b) => b[0] - a[0]);
    const lines = current.split("\n");
    for (const [start, end] of ranges) lines.splice(start - 1, end - start + 1);
    current = lines.join("\n").replace(/\n{3,}/g, "\n\n");
    removed += ranges.length;
  }
}

/** The first and last line of the block that starts on `line`, at any depth. */
function lineRange(tree: Root, line: number): [number, number] | null {
  const find = (nodes: RootContent[]): [number, number] | null => {
    for (const node of nodes) {
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (start === line && end !== undefined && node.type !== "heading") return [start, end];
      if (
        "children" in node &&
        start !== undefined &&
        end !== undefined &&
        start <= line &&
        line <= end
      ) {
        const inner = find(node.children as RootContent[]);
        if (inner) return inner;
      }
    }
    return null;
  };
  return find(tree.children);
}
