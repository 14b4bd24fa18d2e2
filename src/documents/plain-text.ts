// A markdown node's text as a reader sees it.
import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { ablated } from "../ablation.ts";

/**
 * The node's text, a hard line break read as the line break it is. mdast-util-to-string drops
 * it, which ran "…agenda item 7" and "Report of: …" together as "item 7Report" wherever a page
 * broke a line with `<br>` or a Word file with Shift+Enter (what importing writes as `\`).
 * @example plainText(parse("item 7\\\nReport of")) // "item 7\nReport of"
 */
export function plainText(node: Nodes): string {
  if (ablated("line-breaks")) return mdastToString(node);
  if (node.type === "break") return "\n";
  if ("children" in node) return node.children.map((child) => plainText(child)).join("");
  return mdastToString(node);
}
