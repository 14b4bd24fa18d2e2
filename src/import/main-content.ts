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
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  closest(selector: string): Element | null;
  replaceWith(...nodes: string[]): void;
  remove(): void;
}

/** A parsed page, as linkedom's `parseHTML(html).document` gives it. */
export interface PageDom {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  body: Element | null;
}

/** Elements that are never the article: scripts, navigation, forms, asides, dialogs. */
const alwaysFurniture = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "nav",
  "aside",
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
  if (!ablated("collapsed-sections")) openCollapsedSections(document);
  for (const element of [...document.querySelectorAll(alwaysFurniture)]) element.remove();
  // A header or footer outside the article is the site's; inside it, the article's own.
  for (const element of [...document.querySelectorAll("header, footer")]) {
    if (!element.closest("article, main, [role='main']")) element.remove();
    else if (element.tagName.toLowerCase() === "footer") element.remove();
  }
  for (const element of [...document.querySelectorAll("[id], [class]")]) {
    if (isFurnitureByName(element)) element.remove();
  }
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

function isFurnitureByName(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  // The page itself often carries a class such as "cookie-consent-given".
  if (tag === "html" || tag === "body" || tag === "main" || tag === "article") return false;
  const names = `${element.id} ${typeof element.className === "string" ? element.className : ""}`;
  return names
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => furnitureWords.has(word));
}

/** The page's own marking of its main content, or its body. */
function semanticMain(document: PageDom): Element | null {
  const candidates = [...document.querySelectorAll("main, [role='main'], article")];
  const longest = candidates.sort(
    (a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0),
  )[0];
  return longest ?? document.body;
}
