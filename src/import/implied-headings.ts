// Headings a page implies without heading elements: a <details>' summary over what it holds, and a bold line over the text it introduces.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString as textOf } from "hast-util-to-string";
import { ablated } from "../ablation.ts";

/** A summary longer than this is a paragraph that opens more, not a heading. */
const headingWords = 25;

/** A bold paragraph longer than this is an emphasised statement, not a heading. */
const boldHeadingWords = 12;

/** Blocks of text a heading can stand over. */
const textBlocks = new Set(["p", "ul", "ol", "table", "blockquote", "dl"]);

/** Where a bold paragraph is part of something else: a list item, a cell, a quote. */
const notSections = new Set(["li", "td", "th", "blockquote", "figure", "caption", "dd", "dt"]);

/**
 * Makes each `<details>`' `<summary>` a heading one level under the heading before it, and the
 * rest of the block the section under it, where nothing but another details block or a heading
 * follows (so no text after it is read as its section's). NHS.UK's expanders and many FAQ pages
 * put the question in the summary ("Who can I complain to?") and the answer in the block; read as
 * a paragraph, the question was a sentence of its own, and its answer ("Write to the patient
 * advice and liaison service…") carried none of its words, so "who can I complain to?" was
 * declined.
 *
 * Makes a paragraph that is all bold, of twelve words or fewer and not ended by a full stop,
 * comma, colon or semicolon, with text after it that is not bold too, a heading one level under
 * the heading before it: a Word file's author, or a web page's, often types a heading as a bold
 * line ("**What are STPs?**") rather than in a heading style, and its section was then read as
 * having no heading at all.
 */
export function impliedHeadings(tree: Root): Root {
  const summaries = !ablated("summary-headings");
  const bold = !ablated("bold-headings");
  if (!summaries && !bold) return tree;
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
      const next = nextBlock(parent.children, index);
      if (bold && isBoldHeading(child, parent, next)) {
        // A sibling bold heading takes the same level: the heading before stays the base.
        children.push({
          type: "element",
          tagName: `h${Math.min(6, Math.max(2, level + 1))}`,
          properties: {},
          children: [{ type: "text", value: textOf(child).replace(/\s+/g, " ").trim() }],
        });
        continue;
      }
      const summary =
        summaries && child.tagName === "details" && endsSection(next)
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
function endsSection(next: RootContent | ElementContent | undefined): boolean {
  return (
    next === undefined ||
    (next.type === "element" && (next.tagName === "details" || /^h[1-6]$/.test(next.tagName)))
  );
}

/** The first element or words after `index` among `siblings` (white space between is none). */
function nextBlock(
  siblings: (RootContent | ElementContent)[],
  index: number,
): RootContent | ElementContent | undefined {
  for (let i = index + 1; i < siblings.length; i++) {
    const node = siblings[i] as RootContent | ElementContent;
    if (node.type === "element" || (node.type === "text" && node.value.trim() !== "")) return node;
  }
  return undefined;
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

/**
 * A paragraph all in bold, short, not ended as a sentence or a label is, with a block of text
 * after it that is not all bold: a heading typed as a bold line.
 */
function isBoldHeading(
  element: Element,
  parent: Root | Element,
  next: RootContent | ElementContent | undefined,
): boolean {
  if (element.tagName !== "p") return false;
  if (parent.type === "element" && notSections.has(parent.tagName)) return false;
  const text = textOf(element).replace(/\s+/g, " ").trim();
  const words = text.split(" ").filter(Boolean).length;
  if (words === 0 || words > boldHeadingWords || /[.,;:]$/.test(text)) return false;
  if (!allBold(element)) return false;
  return next?.type === "element" && textBlocks.has(next.tagName) && !allBold(next);
}

/** Every letter or digit of the element sits inside <strong> or <b>. */
function allBold(element: Element): boolean {
  const check = (node: ElementContent): boolean => {
    if (node.type === "text") return !/[\p{L}\p{N}]/u.test(node.value);
    if (node.type !== "element") return true;
    if (node.tagName === "strong" || node.tagName === "b") return true;
    return node.children.every(check);
  };
  return /[\p{L}\p{N}]/u.test(textOf(element)) && element.children.every(check);
}
