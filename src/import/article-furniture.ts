// What a news or GOV.UK page carries inside its article that is not the article: a byline, a dateline, a photo and its credit, links to other stories, an attachment's details.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString as textOf } from "hast-util-to-string";
import { ablated } from "../ablation.ts";

/**
 * "By Sam Patel, Health Correspondent", "By Jo Bell and Amir Khan", "By Reuters": names, then at
 * most a role. "By March 2017 the plans…" is a sentence, not a byline.
 */
const byline =
  /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*(?:\s*[,|·–—-]\s*[^.!?]{0,60})?$/u;

/** A dateline starts with one of these: "Published 3 March 2017 · Last updated 4 March 2017". */
const datelineStart = /^(?:(?:first|last)\s+)?(?:published|posted|updated|modified|reviewed)\b/i;

/**
 * A page's own review dates and history, as NHS.UK and GOV.UK show them: "Page last reviewed: 19
 * May 2017. Next review due: 19 May 2018.", "Last updated 2 March 2017 + show all updates".
 */
const pageDatelineStart = /^(?:page\s+(?:last\s+)?(?:reviewed|updated)|next review due)\b/i;
const pageDatelineWords = /\b(?:page|next|review|due)\b|[+]?\s*\b(?:show|see|hide) all updates\b/gi;

/** Everything a dateline holds besides its dates: what happened, "on", separators. */
const datelineWords =
  /\b(?:first|last|published|posted|updated|modified|reviewed|on|at|date|am|pm|gmt|bst|utc)\b|[\d·|,:/().–—-]+/gi;

/** An offer of the site's emails: "Sign up to our weekly newsletter to get our latest analysis…". */
const signUp =
  /^(?:sign up|subscribe|register|join)\b[^.!?]{0,80}?\b(?:newsletters?|bulletins?|e-?mail (?:updates|alerts)|mailing list|inbox)\b/i;

const monthOrDay =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/gi;

/** "This article is more than 9 years old", as the Guardian marks an old story. */
const ageNotice =
  /^this (?:article|page|story|post|piece|content|news story) is (?:more than |over |nearly |almost )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?) old\.?$/i;

/** A credit on its own: "Photograph: Alex Green/PA Images", "Image source, Getty Images", "© NHS England". */
const credit =
  /^(?:(?:photo(?:graph)?|picture|image|illustration)s?(?: (?:credit|source|copyright))?|credit|photo credit|copyright)\s*[:,]\s*[^.!?]{1,80}$|^©\s*[^.!?]{1,80}$/i;

/** An attachment's details: "PDF, 1.2 MB, 44 pages", "(MS Word Document, 350 KB)". */
const fileDetails =
  /^\(?(?:pdf|html|odt|ods|csv|zip|xlsx?|docx?|pptx?|ms word document|ms excel spreadsheet|word document|spreadsheet)\b[^.!?]{0,40}?\b\d+(?:\.\d+)?\s?(?:kb|mb|gb|bytes)\b[^.!?]{0,30}\)?$/i;

/** GOV.UK's words under an attachment, and the request it offers. */
const accessibleFormat =
  /^(?:this file may not be suitable for users of assistive technology|request an accessible format)\.?$/i;

/**
 * Takes out of an article what is about the page, not what the page says: a byline, a dateline,
 * a notice of its age, a photo with its caption and credit, a paragraph that only links to other
 * stories ("Read more: …", "Topics: NHS, Health"), and an attachment's file type, size and
 * accessible-format request. The title, publisher and date are the document's front matter; the
 * rest would be quoted as an answer ("what does it mean for patients?" answered with another
 * story's headline).
 */
export function dropArticleFurniture(tree: Root): Root {
  if (ablated("article-furniture")) return tree;
  const captions = !ablated("named-sections");
  const page = !ablated("page-furniture");
  const tidy = <T extends Root | Element>(parent: T): T => {
    const children: (RootContent | ElementContent)[] = [];
    // Headings whose section so far held only furniture.
    const emptied = new Set<RootContent | ElementContent>();
    for (const child of parent.children) {
      if (child.type !== "element") {
        children.push(child);
        continue;
      }
      if (isFurniture(child, page)) {
        const last = children.findLast((node) => node.type === "element");
        if (page && last?.type === "element" && /^h[1-6]$/.test(last.tagName)) emptied.add(last);
        continue;
      }
      // A table's caption ("Table 1: Beds by site, 2017") says what its figures are: it stays,
      // as a paragraph before the table (markdown tables have no caption), as a report's title
      // line over its table does.
      const caption = captions ? tableCaption(child) : undefined;
      if (caption) children.push({ ...caption, tagName: "p", properties: {} });
      children.push(tidy(child));
    }
    // A heading over only furniture goes with it: GOV.UK's "Updates to this page" over its dates.
    const kept = children.filter((node, i) => {
      if (!emptied.has(node) || node.type !== "element") return true;
      const next = children.slice(i + 1).find((after) => after.type === "element");
      return next?.type === "element" && !atOrAbove(next, node);
    });
    return { ...parent, children: kept } as T;
  };
  return tidy(tree);
}

/** `element` is a heading at `heading`'s level or above, which ends its section. */
function atOrAbove(element: Element, heading: Element): boolean {
  const level = (node: Element) => Number(/^h([1-6])$/.exec(node.tagName)?.[1] ?? 0);
  return level(element) > 0 && level(element) <= level(heading);
}

/** A table's `<caption>`, or the `<figcaption>` of a figure that holds a table. */
function tableCaption(element: Element): Element | undefined {
  const tag = element.tagName;
  if (tag !== "table" && !(tag === "figure" && holds(element, ["table"]))) return undefined;
  const caption = element.children.find(
    (child): child is Element =>
      child.type === "element" && child.tagName === (tag === "table" ? "caption" : "figcaption"),
  );
  return caption && normalised(textOf(caption)) !== "" ? caption : undefined;
}

function isFurniture(element: Element, page = true): boolean {
  const tag = element.tagName;
  if (tag === "figcaption" || tag === "caption") return true;
  if (tag === "figure")
    return holds(element, ["img", "picture", "svg"]) && !holds(element, ["table"]);
  if (tag === "details") {
    const summary = element.children.find(
      (child): child is Element => child.type === "element" && child.tagName === "summary",
    );
    return summary !== undefined && accessibleFormat.test(normalised(textOf(summary)));
  }
  if (tag !== "p" && tag !== "div") return false;
  if (tag === "div" && holds(element, blockTags)) return false;
  const text = normalised(page ? textWithBreaks(element) : textOf(element));
  if (text === "") return false;
  if (page && (isPageDateline(text) || signUp.test(text) || isMetaLine(text))) return true;
  return (
    byline.test(text) ||
    isDateline(text) ||
    ageNotice.test(text) ||
    credit.test(text) ||
    fileDetails.test(text) ||
    accessibleFormat.test(text) ||
    onlyLinksElsewhere(element)
  );
}

const blockTags = ["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section"];

/** "Published 3 March 2017 · Last updated 4 March 2017", "Updated: 14:02 BST, 3 May 2016". */
function isDateline(text: string): boolean {
  if (!datelineStart.test(text) || !/\d/.test(text)) return false;
  return text.replace(monthOrDay, " ").replace(datelineWords, " ").trim() === "";
}

/** "Page last reviewed: 19 May 2017. Next review due: 19 May 2018.", "Last updated 2 March 2017 + show all updates". */
function isPageDateline(text: string): boolean {
  if (!/\d/.test(text)) return false;
  if (!pageDatelineStart.test(text) && !datelineStart.test(text)) return false;
  return (
    text
      .replace(pageDatelineWords, " ")
      .replace(monthOrDay, " ")
      .replace(datelineWords, " ")
      .trim() === ""
  );
}

/**
 * A line of a few short parts between "·", "|" or "•", one a date: "Report · 12 October 2017 ·
 * Hannah Lee", a report page's kind, date and author under its title.
 */
function isMetaLine(text: string): boolean {
  const parts = text.split(/\s+[·|•]\s+/);
  if (parts.length < 3 || text.split(" ").length > 14) return false;
  const isDate = (part: string) =>
    /^(?:\d{1,2}\s+)?\p{L}+\s+(?:\d{1,2},?\s+)?\d{4}$/u.test(part) &&
    part.replace(monthOrDay, "") !== part;
  return (
    parts.some(isDate) &&
    parts.every((part) => part.split(" ").length <= 5 && !/[.!?:;,]$/.test(part))
  );
}

/** The element's words, a line break read as a space: "…2016<br>Next review due…". */
function textWithBreaks(element: Element): string {
  let text = "";
  const visit = (node: ElementContent) => {
    if (node.type === "text") text += node.value;
    else if (node.type === "element") {
      if (node.tagName === "br") text += " ";
      for (const child of node.children) visit(child);
    }
  };
  for (const child of element.children) visit(child);
  return text;
}

/**
 * A paragraph whose words are links to other pages, after at most a short label ("Read more:",
 * "Related:", "Topics:"): another story's headline, or the tags a story is filed under. A linked
 * sentence that ends as a sentence does ("…the full plan."), or words before the link that are
 * not a label ("See the <a>plan</a>"), keep it.
 */
function onlyLinksElsewhere(element: Element): boolean {
  let linked = "";
  let unlinked = "";
  const visit = (node: ElementContent) => {
    if (node.type === "text") unlinked += node.value;
    if (node.type !== "element") return;
    const href = node.properties?.href;
    if (node.tagName === "a" && typeof href === "string" && !href.startsWith("#")) {
      linked += ` ${textOf(node)}`;
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const child of element.children) visit(child);
  if (!/[\p{L}\p{N}]/u.test(linked)) return false;
  const label = normalised(unlinked.replace(/[,;]/g, " "));
  if (label === "") return !/[.!?]["'”’)]?$/.test(normalised(linked));
  return /^[\p{L}\s]{1,30}[:|»›→]$/u.test(label) && label.split(" ").length <= 4;
}

function holds(element: Element, tags: string[]): boolean {
  return element.children.some(
    (child) => child.type === "element" && (tags.includes(child.tagName) || holds(child, tags)),
  );
}

function normalised(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
