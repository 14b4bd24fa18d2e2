// Remark tree → passages: each paragraph or whole list, with its section heading, line and sentences.
import type { List, ListItem, Root, RootContent, Table } from "mdast";
import { ablated } from "../ablation.ts";
import type { DocumentMeta, Passage } from "../types.ts";
import { plainText } from "./plain-text.ts";
import { splitSentences } from "./sentences.ts";

/** A passage before it is numbered into the engine's array. */
export type DraftPassage = Omit<Passage, "id">;

/** Why a block was left out of the passages: shown by `content:check` so editors can remove it. */
export interface DroppedBlock {
  line: number;
  reason: string;
  text: string;
}

/**
 * Splits a document into passages. Headings become the `section` of what follows them;
 * blocks that look like page furniture (comment forms, cookie banners, link spam) are dropped.
 */
export function toPassages(
  tree: Root,
  doc: DocumentMeta,
): { passages: DraftPassage[]; dropped: DroppedBlock[] } {
  const passages: DraftPassage[] = [];
  const dropped: DroppedBlock[] = [];
  let section: string | null = null;
  const visit = (nodes: RootContent[]) => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as RootContent;
      const line = node.position?.start.line ?? 1;
      if (node.type === "heading") {
        section = normaliseSpace(plainText(node)) || section;
        continue;
      }
      if (node.type === "blockquote") {
        visit(node.children);
        continue;
      }
      const items = blockItems(node);
      if (items.length === 0) continue;
      // "…covering three headline areas:" belongs with the list (or paragraph) that follows it.
      const following = nodes[i + 1];
      if (
        node.type === "paragraph" &&
        items.at(-1)?.at(-1)?.endsWith(":") &&
        (following?.type === "list" || following?.type === "paragraph")
      ) {
        items.push(...blockItems(following));
        i++;
      }
      const sentences = items.flat();
      const text = joinSentences({ table: node.type === "table" }, sentences);
      const junk = junkReason(node, text);
      if (junk) {
        dropped.push({ line, reason: junk, text });
        continue;
      }
      passages.push({
        doc,
        section,
        line,
        text,
        sentences,
        list: node.type === "list" || node.type === "table",
        table: node.type === "table",
        itemStarts: starts(items),
      });
    }
  };
  visit(tree.children);
  return { passages, dropped };
}

/**
 * Sentences of a passage as they are quoted: a table's rows apart with " | ", since a row is
 * not a sentence and ends with no full stop.
 */
export function joinSentences(passage: Pick<Passage, "table">, sentences: string[]): string {
  return sentences.join(passage.table ? " | " : " ");
}

/** `text` cut to `max` characters, the cut marked with "…". */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Collapses runs of white space (including line breaks inside a paragraph) to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A block's sentences, grouped by list item or table row (a paragraph is one group). */
function blockItems(node: RootContent): string[][] {
  if (node.type === "list")
    return listItems(node)
      .map((item) => splitSentences(item))
      .filter((item) => item.length > 0);
  if (node.type === "table") return tableRows(node).map((row) => [row]);
  if (node.type === "paragraph" || node.type === "html") {
    const text = node.type === "html" ? stripTags(node.value) : plainText(node);
    const sentences = splitSentences(normaliseSpace(text));
    return sentences.length ? [sentences] : [];
  }
  return [];
}

/** A paragraph's item starts, shared: most passages are one paragraph, and there are millions. */
const oneItem: readonly number[] = Object.freeze([0]);

/** Item starts as kept: a one-paragraph passage's shared (a worker's or a snapshot's copy is one more array each). */
export function sharedItemStarts(starts: readonly number[]): readonly number[] {
  return starts.length === 1 ? oneItem : starts;
}

/** The index of each group's first sentence once the groups are run together. */
function starts(items: string[][]): readonly number[] {
  if (items.length === 1) return oneItem;
  const found: number[] = [];
  let at = 0;
  for (const item of items) {
    found.push(at);
    at += item.length;
  }
  return found;
}

/**
 * Whether sentence `i + 1` carries on from sentence `i`: in the same paragraph, list item or
 * row, or after a sentence that introduces it ("…are as follows:").
 */
export function nextInSameItem(
  passage: Pick<Passage, "itemStarts" | "sentences">,
  i: number,
): boolean {
  return !passage.itemStarts.includes(i + 1) || !!passage.sentences[i]?.endsWith(":");
}

/** Sentence `j` where it carries on from sentence `j - 1` (see `nextInSameItem`), else "". */
export function sentenceCarriedOn(
  passage: Pick<Passage, "itemStarts" | "sentences">,
  j: number,
): string {
  return j > 0 && nextInSameItem(passage, j - 1) ? (passage.sentences[j] ?? "") : "";
}

/** Every item of a list, nested lists flattened in reading order; each item is its own sentence group. */
function listItems(list: List): string[] {
  return list.children.flatMap((item: ListItem) => {
    const own = item.children.filter((child) => child.type !== "list");
    const nested = item.children.filter((child): child is List => child.type === "list");
    const text = normaliseSpace(own.map((child) => plainText(child)).join(" "));
    return [...(text ? [text] : []), ...nested.flatMap(listItems)];
  });
}

/**
 * A table's rows, each as one sentence that names its columns ("Funding stream: Efficiency
 * programmes; Amount: £200 million"), so a row quoted alone still says what each figure is.
 * A table with no heading text gives its cells alone.
 */
function tableRows(table: Table): string[] {
  const [head, ...rows] = table.children.map((row) =>
    row.children.map((cell) => normaliseSpace(plainText(cell))),
  );
  if (!head) return [];
  const named = head.some(Boolean);
  return rows
    .map((cells) =>
      cells
        .map((cell, i) => (cell && named && head[i] ? `${head[i]}: ${cell}` : cell))
        .filter(Boolean)
        .join("; "),
    )
    .filter(Boolean);
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, " ");
}

/** Page furniture that sometimes survives copying a web page; its words must never be quoted. */
const furniture = [
  /\bleave a (reply|comment)\b/i,
  /\byou are commenting using\b/i,
  /\bfill in your details below\b/i,
  /\bbookmark the permalink\b/i,
  /\b(accept|use of|we use) cookies\b/i,
  // A site's cookie notice in its own words: GOV.UK's "We use some essential cookies to make this
  // website work", NHS.UK's "We've put some small files called cookies on your device".
  /\bcookies\b.*\b(website|device|browser|analytics)\b|\b(website|device|browser|analytics)\b.*\bcookies\b/i,
  /\bprivacy (preference|policy|settings)\b/i,
  /\bclose your account\b/i,
  /\b(subscribe|sign up) (to|for) (our|the)( \w+)? (newsletter|e-?bulletin|mailing list)\b/i,
  /^\s*skip to (main )?content\s*$/i,
  /\bshare (this|on) (facebook|twitter)\b/i,
];

function junkReason(node: RootContent, text: string): string | null {
  if (furniture.some((pattern) => pattern.test(text)))
    return "looks like page furniture (comment form, login or cookie text)";
  if (node.type === "paragraph" && isChartLabels(text))
    return "is a chart's labels (evenly spaced figures on an axis), not text";
  const links = (text.match(/https?:\/\/\S+/g)?.length ?? 0) + countLinks(node);
  if (links > 0 && text.split(/\s+/).length / links < 12) {
    return "is mostly links (spam or navigation)";
  }
  return null;
}

/**
 * A chart's text as a PDF or a copied page gives it: an axis's tick figures, four or more evenly
 * spaced ("0 5,000 10,000 15,000"), among labels but no words of a sentence (no lower-case word
 * of three letters or more). Quoted, it would read as figures for whatever the question asked.
 */
function isChartLabels(text: string): boolean {
  if (ablated("chart-labels") || /\b\p{Ll}{3,}/u.test(text)) return false;
  const figures = text.split(/\s+/).map((word) => {
    const figure = word.replace(/^[£$€]|[%,]$/g, "").replace(/,(?=\d{3}\b)/g, "");
    return /^\d+(?:\.\d+)?$/.test(figure) ? Number(figure) : null;
  });
  let run = 1;
  for (let i = 2; i < figures.length; i++) {
    const [a, b, c] = [figures[i - 2], figures[i - 1], figures[i]];
    if (a == null || b == null || c == null) {
      run = 1;
      continue;
    }
    // Years a year apart ("2015 2016 2017 2018") head a table's columns as often as an axis.
    const years = a >= 1900 && c <= 2100 && b - a === 1;
    const even = b !== a && c - b === b - a && !years;
    run = even ? run + 1 : 1;
    if (run >= 3) return true; // three equal steps: four figures evenly spaced
  }
  return false;
}

function countLinks(node: RootContent): number {
  if (node.type === "link") return 1;
  return "children" in node
    ? node.children.reduce((sum: number, child) => sum + countLinks(child as RootContent), 0)
    : 0;
}
