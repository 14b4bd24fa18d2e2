// A web page's article without its navigation, cookie banner, share buttons, comment form or footer.

import { ablated } from "../ablation.ts";

/** The DOM calls this module makes; linkedom's documents provide them. */
interface Element {
  tagName: string;
  id: string;
  className: string;
  innerHTML: string;
  textContent: string | null;
  parentElement: Element | null;
  childNodes: ArrayLike<unknown>;
  nextSibling: Element | null;
  previousSibling: Element | null;
  nodeType: number;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  closest(selector: string): Element | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  append(...nodes: unknown[]): void;
  replaceWith(...nodes: (string | Element)[]): void;
  remove(): void;
}

/** A parsed page, as linkedom's `parseHTML(html).document` gives it. */
export interface PageDom {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  createElement(tag: string): Element;
  body: Element | null;
}

/**
 * Elements that are never the article: scripts, navigation, forms, dialogs. An `<aside>` is the
 * site's (a sidebar, related links) unless it is an article's own box of prose.
 */
const alwaysFurniture = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "nav",
  "form",
  "button",
  "input",
  "select",
  "textarea",
  "dialog",
  "[hidden]",
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
].join(", ");

/**
 * Words in an element's id or class that mark page furniture: "cookie-banner", "share-tools",
 * "comments", "site-footer"…
 */
const furnitureWords = new Set([
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "share",
  "sharing",
  "sharethis",
  "social",
  "comment",
  "comments",
  "respond",
  "breadcrumb",
  "breadcrumbs",
  "newsletter",
  "subscribe",
  "signup",
  "advert",
  "advertisement",
  "promo",
  "related",
  "skip",
  "sr",
  "visually",
  "masthead",
  "sidebar",
  "popup",
  "modal",
  // A byline or author's note, GOV.UK's attachment boxes and page feedback, a story's tags.
  "byline",
  "author",
  "bio",
  "attachment",
  "feedback",
  "tags",
]);

/**
 * Furniture words that are also words of an article's own section names ("Social care",
 * "Sharing patient records", "Public feedback", "Pop-up clinics"): a block named only by these
 * goes unless it holds prose, not a few words and links.
 */
const sectionWords = new Set(["social", "share", "sharing", "popup", "feedback", "tags"]);

/**
 * The HTML of the page's main content. Furniture is removed first, then Mozilla Readability
 * (Firefox's reader view) picks the article; a page Readability cannot read (too short, unusual
 * layout) falls back to its `<main>`, `<article>` or `role="main"`, else the whole body.
 */
export async function mainContentHtml(document: PageDom): Promise<string> {
  removeFurniture(document);
  const fallback = semanticMain(document);
  const { Readability } = await import("@mozilla/readability");
  try {
    // Readability changes the document it reads: the fallback's HTML is taken first.
    const fallbackHtml = fallback?.innerHTML ?? "";
    const article = new Readability(document as never, { charThreshold: 200 }).parse();
    if (article?.content && (article.textContent?.trim().length ?? 0) >= 200)
      return article.content;
    return fallbackHtml;
  } catch {
    return fallback?.innerHTML ?? "";
  }
}

/** Takes out every element that is navigation, a form, a banner or a share/comment block. */
function removeFurniture(document: PageDom): void {
  const named = !ablated("named-sections");
  if (!ablated("collapsed-sections")) openCollapsedSections(document);
  if (!ablated("screen-reader-twins")) showTwinnedFigures(document);
  for (const element of [...document.querySelectorAll(alwaysFurniture)]) element.remove();
  // An article's own box of prose ("Key points") is its text; Readability drops every <aside>,
  // so a kept one becomes a <div>. A sidebar, a box of links, or a pull quote (words the
  // article says again) goes.
  for (const aside of [...document.querySelectorAll("aside")]) {
    const article = named ? aside.closest("article") : null;
    if (
      article &&
      holdsProse(aside) &&
      !isFurnitureByName(aside, named) &&
      !saysAgain(article, aside)
    )
      aside.replaceWith(asDiv(document, aside));
    else aside.remove();
  }
  // A header or footer outside the article is the site's; inside it, the article's own.
  for (const element of [...document.querySelectorAll("header, footer")]) {
    if (!element.closest("article, main, [role='main']")) element.remove();
    else if (element.tagName.toLowerCase() === "footer") element.remove();
  }
  for (const element of [...document.querySelectorAll("[id], [class]")]) {
    if (isFurnitureByName(element, named)) element.remove();
    else if (
      named &&
      !isPageFrame(element) &&
      (isHeading(element) || furnitureWordsIn(element).length > 0 || namesOwnHeading(element))
    ) {
      // Kept as the article's: Readability would take "social-care", "popup-clinics" or
      // "community-services" for a sidebar's name and drop it, so the name goes.
      element.removeAttribute("id");
      element.removeAttribute("class");
    }
  }
}

/**
 * A figure shown to the eye and hidden from screen readers, beside its words for screen readers
 * hidden from the eye: "save <span aria-hidden="true">£180m</span><span class="sr-only">180
 * million pounds</span> a year". Both went (one as hidden, the other by its class), and the
 * sentence read "save a year". The one shown on the page stays and its twin goes. An aria-hidden
 * icon or chevron (no letter or digit), or one with no such twin beside it, still goes.
 */
function showTwinnedFigures(document: PageDom): void {
  for (const shown of [...document.querySelectorAll('[aria-hidden="true"]')]) {
    if (!/[\p{L}\p{N}]/u.test(shown.textContent ?? "")) continue;
    const twin = [besideIt(shown, "nextSibling"), besideIt(shown, "previousSibling")].find(
      (node) => node !== null && isVisuallyHidden(node),
    );
    if (!twin) continue;
    twin.remove();
    shown.removeAttribute("aria-hidden");
  }
}

/** The element next to this one, with at most white space between them. */
function besideIt(element: Element, side: "nextSibling" | "previousSibling"): Element | null {
  let node = element[side];
  while (node && node.nodeType === 3 && (node.textContent ?? "").trim() === "") node = node[side];
  return node && node.nodeType === 1 ? node : null;
}

/** Hidden from the eye but read aloud: "sr-only", "visually-hidden", "screen-reader-text". */
function isVisuallyHidden(element: Element): boolean {
  const words = (typeof element.className === "string" ? element.className : "")
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return (
    words.includes("sr") ||
    words.includes("visually") ||
    words.includes("visuallyhidden") ||
    (words.includes("screen") && words.includes("reader"))
  );
}

/** The article holds the box's words a second time: a pull quote. */
function saysAgain(article: Element, box: Element): boolean {
  const words = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();
  const all = words(article);
  const own = words(box);
  const first = all.indexOf(own);
  return first >= 0 && all.indexOf(own, first + 1) >= 0;
}

function asDiv(document: PageDom, element: Element): Element {
  const div = document.createElement("div");
  div.append(...Array.from(element.childNodes));
  return div;
}

/**
 * An FAQ or guidance page's sections that open and close (accordions, tabs) are its text, not
 * hidden furniture: a panel a button opens (its id in the button's `aria-controls`), a tab's
 * panel, a region, or one hidden "until-found" (GOV.UK's accordion) is shown, and a question's
 * button in a heading becomes the heading's words. Taken out as hidden elements and buttons, an
 * accessible FAQ page lost every question and answer. Other hidden elements (a dialog, a
 * template, a menu) and buttons ("Accept all cookies", "Print") still go.
 */
function openCollapsedSections(document: PageDom): void {
  const opened = new Set<string>();
  for (const opener of [...document.querySelectorAll("[aria-controls]")]) {
    if (opener.closest("nav, header, footer, [role='navigation'], [role='dialog']")) continue;
    for (const id of (opener.getAttribute("aria-controls") ?? "").split(/\s+/))
      if (id) opened.add(id);
  }
  for (const element of [...document.querySelectorAll("[hidden]")]) {
    const role = element.getAttribute("role");
    if (
      element.getAttribute("hidden") === "until-found" ||
      role === "tabpanel" ||
      role === "region" ||
      opened.has(element.id)
    )
      element.removeAttribute("hidden");
  }
  for (const button of [
    ...document.querySelectorAll(
      "h1 button, h2 button, h3 button, h4 button, h5 button, h6 button",
    ),
  ])
    button.replaceWith(button.textContent ?? "");
}

/**
 * An element named as furniture by its id or class ("cookie-banner", "share-tools"). A page's
 * names are not always the site's: GOV.UK and NHS.UK make ids from heading text, so a heading is
 * never furniture by its name, nor a section whose id is its own heading's ("social-care" over
 * "Social care"), and a block named only by a word that could name a section ("social",
 * "feedback", "popup"…) is kept when it holds prose. A box of links ("share-links") still goes.
 */
function isFurnitureByName(element: Element, named = true): boolean {
  // The page itself often carries a class such as "cookie-consent-given".
  if (isPageFrame(element)) return false;
  if (!named) return furnitureWordsIn(element, true).length > 0;
  if (isHeading(element)) return false;
  const words = furnitureWordsIn(element);
  if (words.length === 0) return false;
  return !(words.every((word) => sectionWords.has(word)) && holdsProse(element));
}

/** The furniture words in an element's class and id, its id left out when it names its heading. */
function furnitureWordsIn(element: Element, withId = !namesOwnHeading(element)): string[] {
  const names = `${withId ? element.id : ""} ${typeof element.className === "string" ? element.className : ""}`;
  return names
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => furnitureWords.has(word));
}

/** The page, or its main content or article, whatever its names. */
function isPageFrame(element: Element): boolean {
  return /^(?:html|body|main|article)$/i.test(element.tagName);
}

function isHeading(element: Element): boolean {
  return /^h[1-6]$/i.test(element.tagName);
}

/**
 * A section whose id is its first heading's words, not only furniture words, and whose text is
 * not mostly links: `<section id="social-care"><h2>Social care</h2>…`, but not
 * `<div id="comments"><h2>Comments</h2>…` or a "Share this page" box of links.
 */
function namesOwnHeading(element: Element): boolean {
  if (!element.id || isHeading(element)) return false;
  const heading = element.querySelector("h1, h2, h3, h4, h5, h6");
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const id = slug(element.id);
  return (
    heading !== null &&
    slug(heading.textContent ?? "") === id &&
    id.split("-").some((word) => !furnitureWords.has(word)) &&
    isMostlyText(element)
  );
}

/**
 * Prose, not a line and some links: 120 characters or more outside links, and at most a quarter
 * of its text in links (Readability's link density for a block it keeps).
 */
function holdsProse(element: Element): boolean {
  const { all, linked } = linkDensity(element);
  return all - linked >= 120 && linked <= all / 4;
}

function isMostlyText(element: Element): boolean {
  const { all, linked } = linkDensity(element);
  return linked <= all / 4;
}

/** The length of an element's text, and of its text in links. */
function linkDensity(element: Element): { all: number; linked: number } {
  const length = (node: Element) => (node.textContent ?? "").replace(/\s+/g, " ").trim().length;
  let linked = 0;
  for (const link of element.querySelectorAll("a[href]")) linked += length(link);
  return { all: length(element), linked };
}

/** The page's own marking of its main content, or its body. */
function semanticMain(document: PageDom): Element | null {
  const candidates = [...document.querySelectorAll("main, [role='main'], article")];
  const longest = candidates.sort(
    (a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0),
  )[0];
  return longest ?? document.body;
}
