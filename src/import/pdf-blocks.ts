// A PDF's lines → markdown blocks: larger type becomes headings, lines join into paragraphs and bullet points, and words hyphenated at a line break are rejoined.
import type { Heading, List, ListItem, Paragraph, RootContent } from "mdast";
import { ablated } from "../ablation.ts";
import { loadDictionary, type WordSet } from "../lexicon/lexicon.ts";
import { chartLabelLines } from "./pdf-charts.ts";
import { bodyTextSize, type PdfLine, twoEnglishWords } from "./pdf-lines.ts";
import { withoutPullQuotes } from "./pdf-pull-quotes.ts";
import { findTables } from "./pdf-tables.ts";

/**
 * Builds headings, paragraphs and lists from the lines of every page, in reading order.
 *
 * - A line in type at least 15% larger than the body text is a heading; the largest size is
 *   level 1. Consecutive heading lines in one size are one heading.
 * - A line carries on the paragraph above unless a wider gap, a short line ending a sentence,
 *   a bullet or number, or a change of size comes between; across a page break it carries on
 *   when the last line did not end a sentence.
 * - "hyphen-" + "ated" at a line break becomes "hyphenated", unless the document writes the
 *   word with its hyphen elsewhere ("well-known") or the first part is a prefix that keeps one.
 */
export function linesToBlocks(lines: PdfLine[]): RootContent[] {
  const bodySize = bodyTextSize(lines);
  const headingSizes = [
    ...new Set(lines.filter((l) => isHeadingLine(l, bodySize)).map((l) => Math.round(l.size))),
  ].sort((a, b) => b - a);
  const gap = typicalGap(lines, bodySize);
  const bodyFont = ablated("pdf-bold-headings") ? null : textFont(lines, bodySize);
  const boldFonts = bodyFont ? widerFonts(lines, bodyFont) : new Set<string>();
  const rightEdges = columnRightEdges(lines);
  const continuesBlock = (previous: PdfLine | null, line: PdfLine) =>
    carriesOn(previous, line, gap, rightEdges);
  const vocabulary = wordsOf(lines);
  const blocks: RootContent[] = [];
  let open: {
    kind: "heading" | "paragraph" | "item";
    node: Heading | Paragraph;
    line: PdfLine;
    textX: number;
  } | null = null;
  let list: List | null = null;
  /** The lists the next item may join, outermost first, each with its items' left edge. */
  let levels: { list: List; x: number }[] = [];

  const tables = new Map(findTables(lines).map((found) => [found.start, found]));
  const tableLines = new Set(
    [...tables.values()].flatMap(({ start, end }) =>
      Array.from({ length: end - start }, (_, k) => start + k),
    ),
  );
  const chart = chartLabelLines(lines, bodySize, (i) => tableLines.has(i));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as PdfLine;
    const table = tables.get(i);
    if (table) {
      blocks.push(table.table);
      open = null;
      list = null;
      i = table.end - 1;
      continue;
    }
    // A chart's labels are no text; the paragraph before does not run on across the chart.
    if (chart.has(i)) {
      open = null;
      list = null;
      continue;
    }
    const previous = open?.line ?? null;
    if (
      bodyFont &&
      (!open || open.kind === "heading" || !previous || !midSentence(previous)) &&
      isTypedHeading(line, lines[i + 1], bodySize, bodyFont, boldFonts)
    ) {
      // Under the headings set in larger type (a title alone leaves it at level 2); never the
      // title itself.
      const node: Heading = {
        type: "heading",
        depth: Math.min(Math.max(headingSizes.length + 1, 2), 6) as Heading["depth"],
        children: [{ type: "text", value: line.text }],
      };
      blocks.push(node);
      list = null;
      open = { kind: "heading", node, line, textX: line.x };
      continue;
    }
    // A heading's own next line may hold no letters ("Annual report" / "2018/19").
    const headingGoesOn =
      open?.kind === "heading" &&
      previous !== null &&
      headingSized(line, bodySize) &&
      sameHeading(previous, line) &&
      !ablated("pdf-heading-lines");
    if (isHeadingLine(line, bodySize) || headingGoesOn) {
      if (open?.kind === "heading" && previous && sameHeading(previous, line)) {
        appendText(open.node, line.text, vocabulary);
      } else {
        const depth = Math.min(
          headingSizes.indexOf(Math.round(line.size)) + 1,
          4,
        ) as Heading["depth"];
        const node: Heading = {
          type: "heading",
          depth: Math.max(1, depth) as Heading["depth"],
          children: [],
        };
        node.children.push({ type: "text", value: line.text });
        blocks.push(node);
        list = null;
      }
      open = { kind: "heading", node: blocks.at(-1) as Heading, line, textX: line.x };
      continue;
    }
    const marker = listMarker(line.text, nextNumber(levels.at(-1)?.list ?? null));
    const startsItem =
      marker &&
      (marker.strong || !previous || !midSentence(previous) || open?.kind !== "paragraph");
    if (marker && startsItem) {
      const ordered = marker.number !== null;
      const goesOn =
        list !== null &&
        open?.kind !== "heading" &&
        (continuesBlock(previous, line) || nextItem(open, line, gap));
      // An item set further in than the list's is an item of a list inside the item before;
      // one set back out returns to the list it lines up with.
      while (goesOn && levels.length > 1 && line.x < (levels.at(-1)?.x ?? 0) - 0.5 * line.size)
        levels.pop();
      const level = levels.at(-1);
      const parentItem = level?.list.children.at(-1);
      if (
        goesOn &&
        level &&
        parentItem &&
        line.x > level.x + 0.8 * line.size &&
        !ablated("pdf-nested-lists")
      ) {
        const inner: List = { type: "list", ordered, spread: false, children: [] };
        if (ordered) inner.start = marker.number;
        parentItem.children.push(inner);
        levels.push({ list: inner, x: line.x });
      } else if (!goesOn || !list || (levels.length === 1 && list.ordered !== ordered)) {
        const outer: List = { type: "list", ordered, spread: false, children: [] };
        if (ordered) outer.start = marker.number;
        blocks.push(outer);
        list = outer;
        levels = [{ list: outer, x: line.x }];
      }
      const paragraph: Paragraph = {
        type: "paragraph",
        children: [{ type: "text", value: marker.text }],
      };
      const item: ListItem = { type: "listItem", spread: false, children: [paragraph] };
      levels.at(-1)?.list.children.push(item);
      open = {
        kind: "item",
        node: paragraph,
        line,
        textX: line.x + (line.text.length - marker.text.length) * line.size * 0.4,
      };
      continue;
    }
    const joinsBlock =
      open &&
      open.kind !== "heading" &&
      previous &&
      previous.size === line.size &&
      continuesBlock(previous, line) &&
      (open.kind === "paragraph" || line.x >= open.textX - line.size || midSentence(previous));
    if (open && joinsBlock) {
      appendText(open.node, line.text, vocabulary);
      open.line = line;
      continue;
    }
    const paragraph: Paragraph = {
      type: "paragraph",
      children: [{ type: "text", value: line.text }],
    };
    blocks.push(paragraph);
    list = null;
    open = { kind: "paragraph", node: paragraph, line, textX: line.x };
  }
  return withoutPullQuotes(blocks);
}

/** Prefixes that keep their hyphen when a line break falls after them ("self-care", "co-ordinate"). */
const hyphenKeepingPrefixes = new Set([
  "self",
  "well",
  "non",
  "co",
  "cross",
  "long",
  "short",
  "high",
  "low",
  "full",
  "part",
  "one",
  "two",
  "three",
  "four",
  "five",
  "year",
  "wide",
  "ex",
  "pre",
  "post",
  "anti",
  "sub",
]);

/**
 * Words that follow a name with a hyphen ("American-style", "London-based", "NHS-led"): a name
 * is in no dictionary, so `twoWords` cannot tell "American-" + "style" from "Bir-" + "mingham".
 * Place names' own endings ("-field", "-land", "-mouth") are not here: "Hudders-field" joins.
 */
const hyphenKeepingSuffixes = new Set([
  "style",
  "based",
  "led",
  "wide",
  "like",
  "born",
  "funded",
  "run",
  "owned",
  "specific",
  "centred",
  "centered",
  "focused",
  "only",
  "type",
  "made",
]);

/** Adds a line's text to a block, rejoining a word the line break hyphenated. */
function appendText(node: Heading | Paragraph, text: string, vocabulary: Vocabulary): void {
  const last = node.children.at(-1);
  if (last?.type !== "text") {
    node.children.push({ type: "text", value: text });
    return;
  }
  last.value = joinLines(last.value, text, vocabulary);
}

/** Joins two lines of one paragraph. */
export function joinLines(before: string, after: string, vocabulary: Vocabulary): string {
  if (before.endsWith("\u00ad")) return before.slice(0, -1) + after;
  // "2016-" + "17": a range of years (or figures) the line broke after its hyphen or dash.
  if (/\d[-\u2010\u2013]$/u.test(before) && /^\d/u.test(after) && !ablated("pdf-year-ranges"))
    return `${before.slice(0, -1)}${before.endsWith("\u2013") ? "\u2013" : "-"}${after}`;
  const hyphenated = /(\p{L}+)[-\u2010]$/u.exec(before);
  const next = /^(\p{Ll}+)/u.exec(after);
  if (!hyphenated || !next) return `${before} ${after}`;
  const left = hyphenated[1] ?? "";
  const right = next[1] ?? "";
  const compound = `${left}-${right}`.toLowerCase();
  const joined = `${left}${right}`.toLowerCase();
  const keepHyphen =
    vocabulary.compounds.has(compound) ||
    (!vocabulary.words.has(joined) &&
      (hyphenKeepingPrefixes.has(left.toLowerCase()) ||
        /^\p{Lu}+$/u.test(left) ||
        (/^\p{Lu}/u.test(left) &&
          hyphenKeepingSuffixes.has(right.toLowerCase()) &&
          !ablated("pdf-name-hyphens")) ||
        twoWords(left, right, vocabulary.english)));
  return keepHyphen ? `${before.slice(0, -1)}-${after}` : `${before.slice(0, -1)}${after}`;
}

/**
 * "ring-" + "fence" and "far-" + "off" are two English words joined by the writer's hyphen,
 * where "thera-" + "pists" and "con-" + "tract" are one word the line broke.
 */
function twoWords(left: string, right: string, english?: Pick<WordSet, "has">): boolean {
  return (
    english !== undefined &&
    !ablated("pdf-hyphens-english") &&
    twoEnglishWords(left, right, english)
  );
}

/** Every word in the document, and every hyphenated word, lower-cased: to judge line-break hyphens. */
export interface Vocabulary {
  words: Set<string>;
  compounds: Set<string>;
  /** English words as written (SCOWL), where read: two of them joined by a hyphen keep it. */
  english?: Pick<WordSet, "has">;
}

export function wordsOf(lines: PdfLine[]): Vocabulary {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const line of lines) {
    const text = line.text.toLowerCase();
    for (const word of text.match(/\p{L}+/gu) ?? []) words.add(word);
    // A hyphen at the end of a line is the break's, not the word's.
    for (const compound of text.match(/\p{L}+-\p{L}+/gu) ?? []) compounds.add(compound);
  }
  // The engine's own copy, read at the first hyphen a line ends on (a PDF without one never
  // reads it): a running bot that imports a PDF and reloads reads it once.
  return { words, compounds, english: { has: (word) => loadDictionary().has(word) } };
}

/** The font most of the text is set in, at its size: the body text's face. */
function textFont(lines: PdfLine[], bodySize: number): string | null {
  const counts = new Map<string, number>();
  for (const line of lines)
    if (line.font && line.size === bodySize)
      counts.set(line.font, (counts.get(line.font) ?? 0) + line.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Bold faces: a font whose characters take 8% more room, size for size, than the text's font's.
 * pdf.js names a document's fonts without saying which is bold; a bold face is wider (Helvetica
 * Bold's letters by about a tenth), an italic one is not (Helvetica Oblique's are the same).
 */
function widerFonts(lines: PdfLine[], bodyFont: string): Set<string> {
  const room = new Map<string, { width: number; characters: number }>();
  for (const line of lines) {
    if (!line.font || line.cells) continue;
    const sum = room.get(line.font) ?? { width: 0, characters: 0 };
    sum.width += line.right - line.x;
    sum.characters += line.text.length * line.size;
    room.set(line.font, sum);
  }
  const perCharacter = (font: string) => {
    const sum = room.get(font);
    return sum && sum.characters > 0 ? sum.width / sum.characters : 0;
  };
  const body = perCharacter(bodyFont);
  return new Set([...room.keys()].filter((font) => perCharacter(font) >= body * 1.08));
}

/**
 * A heading typed in the text's own size (or a little larger), in bold: a line wholly in one
 * font that is not the text's and is wider than it (`widerFonts`), of twelve words or fewer, not ended by a full stop, comma, colon or
 * semicolon, with a line of the text's face and size after it on the same page, or a table's
 * row (its heading row may be in the same bold, and smaller). Authors of short
 * papers often set their headings so; read as a line of its own, its section had no heading.
 */
function isTypedHeading(
  line: PdfLine,
  next: PdfLine | undefined,
  bodySize: number,
  bodyFont: string,
  boldFonts: Set<string>,
): boolean {
  if (!line.font || line.font === bodyFont || !boldFonts.has(line.font)) return false;
  // Set a little larger than the text (Word's Heading 3: 12 points over 11), short of a heading
  // known by its size alone, counts as the text's size.
  if (line.size < bodySize - 0.5 || headingSized(line, bodySize)) return false;
  // Set apart in cells above a table's row, it is the table's own heading row (bold <th>s).
  if (line.cells && next?.cells) return false;
  const words = line.text.split(" ").length;
  if (words > 12 || !/\p{L}/u.test(line.text) || /[.,;:]$/.test(line.text)) return false;
  return (
    next !== undefined &&
    next.page === line.page &&
    next.y < line.y &&
    (next.cells !== undefined || (Math.abs(next.size - bodySize) < 0.5 && next.font !== line.font))
  );
}

function isHeadingLine(line: PdfLine, bodySize: number): boolean {
  return headingSized(line, bodySize) && /\p{L}/u.test(line.text);
}

function headingSized(line: PdfLine, bodySize: number): boolean {
  return line.size >= bodySize * 1.15 && line.text.length <= 200;
}

/**
 * A bullet point straight after another item is the same list's next item, though the item
 * before ended short with a full stop, as items do, or on the page before.
 */
function nextItem(
  open: { kind: string; line: PdfLine } | null,
  line: PdfLine,
  gap: number,
): boolean {
  if (open?.kind !== "item" || ablated("pdf-list-items")) return false;
  const previous = open.line;
  if (line.page !== previous.page || line.y > previous.y) return true;
  return previous.y - line.y <= gap * 2 + 0.5;
}

function sameHeading(previous: PdfLine, line: PdfLine): boolean {
  return (
    previous.page === line.page &&
    Math.round(previous.size) === Math.round(line.size) &&
    previous.y - line.y > 0 &&
    previous.y - line.y < line.size * 1.8
  );
}

/** True when `line` can carry on the block whose last line is `previous`. */
function carriesOn(
  previous: PdfLine | null,
  line: PdfLine,
  gap: number,
  rightEdges: Map<PdfLine, number>,
): boolean {
  if (!previous) return false;
  if (line.page !== previous.page || line.y > previous.y) {
    // A new page or a new column: the paragraph carries on if its sentence was unfinished.
    return midSentence(previous);
  }
  if (previous.y - line.y > gap * 1.45 + 0.5) return false;
  // A sentence ending well short of the column's edge ends its paragraph.
  const edge = rightEdges.get(previous) ?? previous.right;
  const short = previous.right < edge - Math.max(2 * previous.size, 0.12 * (edge - previous.x));
  return !(short && !midSentence(previous));
}

/** For each line, the right edge of its column: the furthest any line starting near it reaches. */
function columnRightEdges(lines: PdfLine[]): Map<PdfLine, number> {
  const edges = new Map<PdfLine, number>();
  const byPage = new Map<number, PdfLine[]>();
  for (const line of lines) {
    const page = byPage.get(line.page);
    if (page) page.push(line);
    else byPage.set(line.page, [line]);
  }
  for (const pageLines of byPage.values()) {
    for (const line of pageLines) {
      let edge = line.right;
      for (const other of pageLines) {
        if (Math.abs(other.x - line.x) <= 3 * line.size) edge = Math.max(edge, other.right);
      }
      edges.set(line, edge);
    }
  }
  return edges;
}

/** The line stops mid-sentence: no full stop, question or exclamation mark, colon or semicolon. */
function midSentence(line: PdfLine): boolean {
  // A semicolon never ends a sentence: a ragged line ending in one ("four priorities: prevention
  // and self-care;") goes on into the next, as a list of clauses is one sentence.
  const ends = ablated("pdf-semicolon-lines") ? /[.!?:;]["'”’)\]]*$/ : /[.!?:]["'”’)\]]*$/;
  return !ends.test(line.text);
}

const strongBullets = /^([•●▪■◦‣○∙\uf0b7\uf0a7\uf076\uf0d8])\s*(.+)$/u;
const weakBullets = /^([–—*-])\s+(.+)$/u;
const numbered = /^(\d{1,2})[.)]\s+(.+)$/u;
/** "10.Recommendations": a number set against its text, as a narrow gap after "10." can come out. */
const numberedTight = /^(\d{1,2})[.)](\p{Lu}.*)$/u;

/** The number the next item of a numbered list would have; null after bullets or no list. */
function nextNumber(list: List | null): number | null {
  return list?.ordered ? (list.start ?? 1) + list.children.length : null;
}

/**
 * A bullet point's or numbered item's text. A dash at the start of a line may be a dash in a
 * sentence that wrapped, so it starts an item only where a sentence could start (`strong` false).
 * `next` is the number the open numbered list would go on with.
 */
function listMarker(
  text: string,
  next: number | null,
): { text: string; number: number | null; strong: boolean } | null {
  const strong = strongBullets.exec(text);
  if (strong) return { text: strong[2] ?? "", number: null, strong: true };
  const weak = weakBullets.exec(text);
  if (weak) return { text: weak[2] ?? "", number: null, strong: false };
  const number = numbered.exec(text);
  if (number) return { text: number[2] ?? "", number: Number(number[1]), strong: false };
  // Without its space, only as the list's next number: "2.5 million" or "3.The" alone is text.
  const tight = numberedTight.exec(text);
  if (tight && Number(tight[1]) === next && !ablated("pdf-tight-numbers"))
    return { text: tight[2] ?? "", number: next, strong: false };
  return null;
}

/** The usual drop from one body line to the next on a page: a paragraph break is wider. */
function typicalGap(lines: PdfLine[], bodySize: number): number {
  const drops: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as PdfLine;
    const b = lines[i] as PdfLine;
    const drop = a.y - b.y;
    if (
      a.page === b.page &&
      a.size === bodySize &&
      b.size === bodySize &&
      drop > 0 &&
      drop < bodySize * 3
    )
      drops.push(drop);
  }
  drops.sort((a, b) => a - b);
  // The lower quartile: most drops are line to line, and paragraph breaks only raise the top.
  return drops[Math.floor(drops.length / 4)] ?? bodySize * 1.2;
}
