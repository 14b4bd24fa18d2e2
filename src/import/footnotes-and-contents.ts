// Footnotes and contents lists in a web page or Word file: markers and contents go; the notes stay, under a heading of their own.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString as textOf } from "hast-util-to-string";
import { ablated } from "../ablation.ts";

/**
 * A note's marker as a link shows it: "1", "[1]", "[footnote 1]", "a", "*", "†". Without taking
 * it out, "£1.8 billion<sup>[1]</sup>" reads "£1.8 billion[1]" and a quote shows the marker;
 * "2016-17<sup>2</sup>" would read as the figure "2016-172".
 */
const markerText = /^\[?\s*(?:(?:foot|end)?note\s*)?(?:\d{1,3}|[a-z]|[*†‡§¶]{1,3})\s*\]?$/i;

/** A note's link back to where it was marked: "↑" (Word through mammoth), "↩" (GOV.UK), "^". */
const backLinkText =
  /^(?:[↑↩^]\uFE0E?|back(?: to (?:text|top|content))?|return to (?:text|content)|jump up)$/i;

/** A list item that is a footnote or endnote: mammoth's "footnote-1", GOV.UK's "fn:1". */
const noteId = /^(?:foot|end)note-\d+$|^fn[:-_]?\d+$/i;

/**
 * Takes note markers and back links out of an HTML tree, and puts a "Notes" heading before a
 * list of notes that has none (mammoth adds Word's footnotes at the end as a bare list, which
 * would otherwise read as part of the last section). A contents list goes, with the heading
 * that introduces it: its entries are the headings again, and would be quoted as an answer.
 */
export function tidyFootnotesAndContents(tree: Root): Root {
  const notes = !ablated("footnotes");
  const contents = !ablated("contents-lists");
  const tidy = <T extends Root | Element>(parent: T): T => {
    const children: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type !== "element") {
        children.push(child);
        continue;
      }
      if (contents && isContentsList(child)) {
        const before = children.findLastIndex((node) => node.type === "element");
        const previous = children[before];
        if (previous?.type === "element" && /^h[1-6]$/.test(previous.tagName))
          children.splice(before);
        continue;
      }
      if (!notes) {
        children.push(tidy(child));
        continue;
      }
      if (isNoteLink(child) || isUnlinkedMarker(child, children)) continue;
      const tidied = tidy(child);
      // A <sup> left empty held only a marker.
      if (tidied.tagName === "sup" && textOf(tidied).trim() === "") continue;
      if (isNoteList(tidied) && !followsHeading(children)) children.push(notesHeading(tree));
      children.push(tidied);
    }
    return { ...parent, children } as T;
  };
  return tidy(tree);
}

/**
 * A `<sup>` holding only a marker ("1", "*", "[4]") straight after a word or figure, with no
 * link: "2016-17<sup>1</sup>" would read as "2016-171", "£8.2 billion<sup>[4]</sup>" as
 * "£8.2 billion[4]". After a unit ("400 m<sup>2</sup>") a bare number is a power, and stays; a
 * marker in brackets is never one.
 */
function isUnlinkedMarker(element: Element, before: (RootContent | ElementContent)[]): boolean {
  if (element.tagName !== "sup") return false;
  const marker = textOf(element).trim();
  const bracketed =
    !ablated("bracket-markers") && /^\[.*\]$/.test(marker) && markerText.test(marker);
  if (!bracketed && !/^(?:\d{1,3}|[*†‡])$/.test(marker)) return false;
  const previous = before.at(-1);
  const text = previous ? textOf(previous as ElementContent) : "";
  return /[\p{L}\p{N}.,;:)]$/u.test(text) && (bracketed || !/\b(?:m|cm|mm|km|ft|sq)$/i.test(text));
}

/** A link within the page whose words are only a note's marker, or a way back to it. */
function isNoteLink(element: Element): boolean {
  if (element.tagName !== "a") return false;
  const href = element.properties?.href;
  if (typeof href !== "string" || !href.startsWith("#")) return false;
  const text = textOf(element).trim();
  return markerText.test(text) || backLinkText.test(text);
}

/**
 * A list of two or more items whose every word is in a link within the page ("Summary",
 * "Timeline", each to its heading): a table of contents. A list of notes is not one.
 */
function isContentsList(element: Element): boolean {
  if (element.tagName !== "ol" && element.tagName !== "ul") return false;
  const items = element.children.filter(
    (child): child is Element => child.type === "element" && child.tagName === "li",
  );
  return items.length >= 2 && !isNoteList(element) && items.every(onlyInPageLinks);
}

/** Every letter or digit under the element sits in a link to "#…"; there is at least one. */
function onlyInPageLinks(element: Element): boolean {
  let linked = false;
  const check = (node: ElementContent): boolean => {
    if (node.type === "text") return !/[\p{L}\p{N}]/u.test(node.value);
    if (node.type !== "element") return true;
    const href = node.properties?.href;
    if (node.tagName === "a" && typeof href === "string" && href.startsWith("#")) {
      linked = true;
      return true;
    }
    return node.children.every(check);
  };
  return element.children.every(check) && linked;
}

function isNoteList(element: Element): boolean {
  if (element.tagName !== "ol" && element.tagName !== "ul") return false;
  const items = element.children.filter(
    (child): child is Element => child.type === "element" && child.tagName === "li",
  );
  return items.length > 0 && items.every((item) => noteId.test(String(item.properties?.id ?? "")));
}

function followsHeading(siblings: (RootContent | ElementContent)[]): boolean {
  const last = siblings.findLast((node) => node.type === "element");
  return last?.type === "element" && /^h[1-6]$/.test(last.tagName);
}

/**
 * "Notes" at the level of the document's top sections: "Timeline"'s under a page titled "Clinic
 * plan", "Summary"'s in a Word file whose first heading is its first section.
 */
function notesHeading(tree: Root): Element {
  const levels: number[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const level = /^h([1-6])$/.exec(child.tagName)?.[1];
      if (level) levels.push(Number(level));
      else visit(child);
    }
  };
  visit(tree);
  const level = notesLevel(levels);
  return {
    type: "element",
    tagName: `h${level}`,
    properties: {},
    children: [{ type: "text", value: "Notes" }],
  };
}

/**
 * The level of a "Notes" heading among headings at `levels`, in order: the level of the
 * document's top sections, the highest after the first heading (which may be the title).
 */
export function notesLevel(levels: number[]): number {
  return levels.length > 1 ? Math.min(...levels.slice(1)) : (levels[0] ?? 2);
}
