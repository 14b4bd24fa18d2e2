// A <details> block's <summary> is the heading of what it holds: an FAQ's question over its answer.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { ablated } from "../ablation.ts";

/** A summary longer than this is a paragraph that opens more, not a heading. */
const headingWords = 25;

/**
 * Makes each `<details>`' `<summary>` a heading one level under the heading before it, and the
 * rest of the block the section under it, where nothing but another details block or a heading
 * follows (so no text after it is read as its section's). NHS.UK's expanders and many FAQ pages put the question
 * in the summary ("Who can I complain to?") and the answer in the block; read as a paragraph, the
 * question was a sentence of its own, and its answer ("Write to the patient advice and liaison
 * service…") carried none of its words, so "who can I complain to?" was declined.
 */
export function summariesAsHeadings(tree: Root): Root {
  if (ablated("summary-headings")) return tree;
  let level = 1;
  const walk = <T extends Root | Element>(parent: T): T => {
    const children: (RootContent | ElementContent)[] = [];
    for (const [index, child] of parent.children.entries()) {
      if (child.type !== "element") {
        children.push(child);
        continue;
      }
      const heading = /^h([1-6])$/.exec(child.tagName)?.[1];
      if (heading) {
        level = Number(heading);
        children.push(child);
        continue;
      }
      const summary =
        child.tagName === "details" && endsSection(parent.children.slice(index + 1))
          ? summaryOf(child)
          : undefined;
      if (!summary) {
        children.push(walk(child));
        continue;
      }
      const outer = level;
      const depth = Math.min(6, Math.max(2, outer + 1));
      children.push({ ...summary, tagName: `h${depth}`, properties: {} });
      level = depth;
      const rest = walk({ ...child, children: child.children.filter((c) => c !== summary) });
      children.push(...rest.children);
      // Blocks after the details belong to the section it sat in, not to its summary.
      level = outer;
    }
    return { ...parent, children } as T;
  };
  return walk(tree);
}

/**
 * Whether what follows a details block leaves it to end its section: another details block, a
 * heading, or nothing. Text after it would read as part of the summary's section, which a
 * markdown heading cannot close.
 */
function endsSection(after: (RootContent | ElementContent)[]): boolean {
  const next = after.find(
    (node) => node.type === "element" || (node.type === "text" && node.value.trim() !== ""),
  );
  return (
    next === undefined ||
    (next.type === "element" && (next.tagName === "details" || /^h[1-6]$/.test(next.tagName)))
  );
}

/** The details' summary, when it is short enough to be a heading. */
function summaryOf(details: Element): Element | undefined {
  const summary = details.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "summary",
  );
  if (!summary) return undefined;
  const words = textOf(summary).trim().split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= headingWords ? summary : undefined;
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}
