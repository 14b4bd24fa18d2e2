// HTML → markdown tree, and a tree → the markdown body of a content file: the unified (remark/rehype) half of importing.
import type { Heading, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { ablated } from "../ablation.ts";
import { dropArticleFurniture } from "./article-furniture.ts";
import { tidyFootnotesAndContents } from "./footnotes-and-contents.ts";
import { impliedHeadings } from "./implied-headings.ts";
import { tablesAsGrids } from "./table-grid.ts";

/**
 * Converts an HTML fragment (an article, a converted Word file) to a markdown tree: headings,
 * paragraphs, lists and tables kept; links kept as their words, images and raw HTML left out.
 * @example await htmlToTree("<h2>Timeline</h2><p>Plans are due in June.</p>")
 */
export async function htmlToTree(html: string): Promise<Root> {
  const { fromHtml } = await processors();
  const tree = (await fromHtml.run(fromHtml.parse(html))) as Root;
  return tidyTree(tree);
}

/**
 * The markdown text of a body: `# title` first (unless the body already starts with that
 * heading, as the bundled documents do), then the tree, GFM tables and `-` bullets.
 */
export async function treeToMarkdown(tree: Root, title: string): Promise<string> {
  const { toMarkdown } = await processors();
  const first = tree.children[0];
  const startsWithTitle =
    first?.type === "heading" && normaliseSpace(mdastToString(first)) === normaliseSpace(title);
  const titleHeading: Heading = {
    type: "heading",
    depth: 1,
    children: [{ type: "text", value: title }],
  };
  // A document that opens with its one level-1 heading has its own title line already ("Summary:
  // NAO report…" where the PDF's Title says "Summary: National Audit Office report…"): another
  // on top would push its headings a level down from where its author set them.
  const ownTitle =
    !ablated("own-title-heading") &&
    first?.type === "heading" &&
    first.depth === 1 &&
    namesSameDocument(mdastToString(first), title) &&
    !tree.children.slice(1).some((node) => node.type === "heading" && node.depth === 1);
  if (ownTitle) return toMarkdown.stringify(tree);
  const rest = startsWithTitle ? tree.children.slice(1) : tree.children;
  // The title is the one level-1 heading: the document's own headings go one level under it
  // when they start at level 1 too (a PDF's largest type, Word's Heading 1).
  const demote = rest.some((node) => node.type === "heading" && node.depth === 1);
  const children = demote ? rest.map(demoted) : rest;
  return toMarkdown.stringify({ ...tree, children: [titleHeading, ...children] });
}

/**
 * A heading that says what the title says in other words: half the title's words in it
 * ("Summary: NAO report on sustainability and transformation in the NHS" for "Summary: National
 * Audit Office report on sustainability and transformation in the NHS"), not a first section's
 * name ("Summary" in a Word file titled "Widget plan").
 */
function namesSameDocument(heading: string, title: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  const titleWords = words(title);
  const headingWords = words(heading);
  const shared = [...titleWords].filter((word) => headingWords.has(word)).length;
  return titleWords.size > 0 && shared >= titleWords.size / 2;
}

function demoted(node: RootContent): RootContent {
  if (node.type !== "heading") return node;
  return { ...node, depth: Math.min(6, node.depth + 1) as Heading["depth"] };
}

/** The text of the first heading, which names a document that has no title of its own. */
export function firstHeading(tree: Root): string | null {
  const heading = tree.children.find((node) => node.type === "heading");
  const text = heading ? normaliseSpace(mdastToString(heading)) : "";
  return text || null;
}

/** True when the tree holds any words at all. */
export function hasText(tree: Root): boolean {
  return /[\p{L}\p{N}]/u.test(mdastToString(tree));
}

/**
 * Links become their words (the bot quotes words, and a paragraph with links in it would count
 * as link spam to the engine); images, raw HTML and empty blocks go.
 */
export function tidyTree(tree: Root): Root {
  return { ...tree, children: tidyNodes(tree.children) as RootContent[] };
}

type AnyNode = RootContent;

function tidyNodes(nodes: AnyNode[]): AnyNode[] {
  const kept: AnyNode[] = [];
  for (const node of nodes) {
    if (node.type === "image" || node.type === "imageReference" || node.type === "html") continue;
    if (node.type === "definition" || node.type === "footnoteDefinition") continue;
    if (node.type === "link" || node.type === "linkReference") {
      kept.push(...tidyNodes(node.children as AnyNode[]));
      continue;
    }
    if ("children" in node) {
      const children = tidyNodes(node.children as AnyNode[]);
      const tidied = withoutEmptyHeader({ ...node, children } as AnyNode);
      if (isEmptyBlock(tidied)) continue;
      kept.push(tidied);
      continue;
    }
    kept.push(node);
  }
  return kept;
}

/**
 * A table without a header row (Word's, through mammoth) comes out of rehype-remark with an
 * empty one; its first row of cells is the header.
 */
function withoutEmptyHeader(node: AnyNode): AnyNode {
  if (node.type !== "table" || node.children.length < 2) return node;
  const [header, ...rows] = node.children;
  if (header && normaliseSpace(mdastToString(header)) === "") return { ...node, children: rows };
  return node;
}

function isEmptyBlock(node: AnyNode): boolean {
  if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "listItem")
    return false;
  return normaliseSpace(mdastToString(node)) === "";
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

interface Processors {
  fromHtml: {
    parse(html: string): unknown;
    run(tree: unknown): Promise<unknown>;
  };
  toMarkdown: { stringify(tree: Root): string };
}

let loaded: Promise<Processors> | null = null;

/** The unified processors, loaded on first use: only `content:add` needs them, not the bot. */
function processors(): Promise<Processors> {
  loaded ??= (async () => {
    const [
      { unified },
      { default: rehypeParse },
      { default: rehypeRemark },
      { default: remarkGfm },
      { default: remarkStringify },
    ] = await Promise.all([
      import("unified"),
      import("rehype-parse"),
      import("rehype-remark"),
      import("remark-gfm"),
      import("remark-stringify"),
    ]);
    const fromHtml = unified()
      .use(rehypeParse, { fragment: true })
      .use(() => tidyFootnotesAndContents)
      .use(() => dropArticleFurniture)
      .use(() => impliedHeadings)
      .use(() => tablesAsGrids)
      .use(rehypeRemark);
    const toMarkdown = unified()
      // Tables unpadded: the engine reads a table as one passage of its text, so padding and
      // long "-----" rows would show in its quotes.
      .use(remarkGfm, { tablePipeAlign: false })
      .use(remarkStringify, { bullet: "-", emphasis: "_", rule: "-", listItemIndent: "one" });
    return {
      fromHtml: fromHtml as unknown as Processors["fromHtml"],
      toMarkdown: toMarkdown as unknown as Processors["toMarkdown"],
    };
  })();
  return loaded;
}
