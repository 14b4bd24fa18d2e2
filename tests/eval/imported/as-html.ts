// A document as a publisher's web page: the article among navigation, a cookie banner, share buttons and a footer, with a news page's byline, photo, links to other stories and attachments in it.
import {
  type Block,
  contentsOf,
  type Item,
  namesTitle,
  type Run,
  type SourceDocument,
} from "./blocks.ts";

/** The page's HTML; its <meta> tags give the title, publisher and date as news sites do. */
export function asWebPage(doc: SourceDocument): string {
  const publisher = doc.publisher ?? "Local health news";
  // Each section's heading has an id for the contents list at the top of the article to link to.
  let section = 0;
  const faq = isFaq(doc);
  // A short page's headings are typed, as an older site's editor often has them, as a bold line
  // at the start of their first paragraph, ended by a line break.
  const typed = !faq && contentsOf(doc).length === 0;
  let close = "";
  let questions = 0;
  const runIn = new Set<number>();
  const body = doc.blocks
    .map((block, index) => {
      if (runIn.has(index)) return "";
      if (block.kind !== "heading" || block.depth === 1) return blockHtml(block);
      const next = doc.blocks[index + 1];
      if (typed && next?.kind === "paragraph") {
        runIn.add(index + 1);
        return `<p><b>${escapeHtml(block.text)}</b><br>${next.runs.map(runHtml).join("")}</p>`;
      }
      const id = `section-${++section}`;
      const closed = close;
      close = "";
      if (!faq || !block.text.trim().endsWith("?"))
        return `${closed}<h${block.depth} id="${id}">${escapeHtml(block.text)}</h${block.depth}>`;
      // An FAQ page's questions open and close their answers, built in the two ways such pages
      // are, in turn: an accessible accordion (the question a button in its heading, the answer
      // a panel hidden until it is pressed), and a <details> whose <summary> is the question.
      if (questions++ % 2 === 1) {
        close = "</div></details>";
        return `${closed}<details id="${id}"><summary>${escapeHtml(block.text)}</summary><div>`;
      }
      close = "</div>";
      return `${closed}<h${block.depth} id="${id}"><button type="button" aria-expanded="false" aria-controls="${id}-answer">${escapeHtml(block.text)}</button></h${block.depth}><div id="${id}-answer" role="region" hidden>`;
    })
    .join("\n      ")
    .concat(close);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(doc.title)} | ${escapeHtml(publisher)}</title>
  ${doc.publisher ? `<meta property="og:site_name" content="${escapeHtml(doc.publisher)}">` : ""}
  ${doc.date ? `<meta property="article:published_time" content="${doc.date}T09:00:00+00:00">` : ""}
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
  <div id="cookie-banner" class="cookie-consent"><p>We use cookies to make this site work. Accept all cookies or manage your settings.</p><button>Accept all cookies</button></div>
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav>
  <main id="main">
    <article>
      ${namesTitle(doc) ? "" : `<h1>${escapeHtml(doc.title)}</h1>`}
      ${articleTopHtml(doc)}
      ${contentsHtml(doc)}
      ${withReadMore(body, doc)}
      ${articleEndHtml(doc)}
      <div class="share-buttons"><p>Share this page</p><a href="https://twitter.com/share">Share on Twitter</a> <a href="https://facebook.com/share">Share on Facebook</a></div>
    </article>
  </main>
  <aside class="related"><h2>Related news</h2><ul><li><a href="/a">Hospital car parking changes</a></li><li><a href="/b">New GP surgery opening hours</a></li></ul></aside>
  <footer class="site-footer"><p>© ${escapeHtml(publisher)} · Privacy policy · Accessibility statement</p></footer>
</body>
</html>`;
}

/** A page of questions and answers: three of its section headings or more are questions. */
function isFaq(doc: SourceDocument): boolean {
  return (
    doc.blocks.filter((block) => block.kind === "heading" && block.text.trim().endsWith("?"))
      .length >= 3
  );
}

/** Words of the page's furniture that must never reach an answer. */
export const webPageFurniture = [
  "Skip to main content",
  "Accept all cookies",
  "Share on Twitter",
  "Related news",
  "Privacy policy",
  "Sam Patel",
  "Last updated",
  "years old",
  "Photograph:",
  "Read more",
  "means for patients",
  "users of assistive technology",
  "screen reader",
  "accessible format",
  "\\bMB\\b",
  "Topics:",
];

/**
 * What a news page carries above its text: a byline, when it was published and updated, a
 * notice of its age, and a photo whose caption restates the headline and credits the agency.
 * None of it is marked by a class the importer knows.
 */
function articleTopHtml(doc: SourceDocument): string {
  const title = escapeHtml(doc.title);
  const dated = doc.date
    ? `<p><time datetime="${doc.date}">Published ${longDate(doc.date)}</time> · Last updated ${longDate(doc.date)}</p>
      <div class="notice"><p>This article is more than 5 years old</p></div>`
    : "";
  return `<p>By Sam Patel, Health Correspondent</p>
      ${dated}
      <figure><img src="/images/lead.jpg" alt="${title}"><figcaption>${title}. Photograph: Alex Green/PA Images</figcaption></figure>`;
}

/** A link to another story after the article's second block, as news pages break their text. */
function withReadMore(body: string, doc: SourceDocument): string {
  const blocks = body.split("\n      ");
  const readMore = `<p><strong>Read more:</strong> <a href="/news/earlier">What ${escapeHtml(doc.title)} means for patients</a></p>`;
  blocks.splice(Math.min(2, blocks.length), 0, readMore);
  return blocks.join("\n      ");
}

/**
 * What follows a news page's or GOV.UK page's text: the document as an attachment (type, size,
 * pages, the accessible-format request), the author's note, and the topics it is filed under.
 */
function articleEndHtml(doc: SourceDocument): string {
  const title = escapeHtml(doc.title);
  return `<section class="gem-c-attachment"><div class="gem-c-attachment__thumbnail"><a href="/media/document.pdf"><img src="/media/thumbnail.png" alt=""></a></div>
      <div class="gem-c-attachment__details"><h3 class="gem-c-attachment__title"><a href="/media/document.pdf">${title}</a></h3>
      <p class="gem-c-attachment__metadata"><span>PDF</span>, <span>1.2 MB</span>, <span>44 pages</span></p>
      <p class="gem-c-attachment__metadata">This file may not be suitable for users of assistive technology.</p>
      <details><summary>Request an accessible format.</summary><p>If you use assistive technology (such as a screen reader) and need a version of this document in a more accessible format, please email enquiries@example.org. Please tell us what format you need. It will help us if you say what assistive technology you use.</p></details></div></section>
      <div class="author-bio"><p><em>Sam Patel is the health correspondent. Follow him on Twitter @sampatel.</em></p></div>
      <p>Topics: <a href="/topics/nhs">NHS</a>, <a href="/topics/health">Health</a></p>`;
}

/** "3 March 2017", as a dateline writes it. */
function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** "Contents" and a list linking to each section, as GOV.UK and report pages have. */
function contentsHtml(doc: SourceDocument): string {
  const sections = contentsOf(doc);
  if (sections.length === 0) return "";
  const items = sections
    .map(({ text }, i) => `<li><a href="#section-${i + 1}">${escapeHtml(text)}</a></li>`)
    .join("");
  return `<div class="contents-list"><h2>Contents</h2><ol>${items}</ol></div>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `<h${block.depth}>${escapeHtml(block.text)}</h${block.depth}>`;
    case "paragraph":
      return `<p>${block.runs.map(runHtml).join("")}</p>`;
    case "list":
      return listHtml(block.items, 0);
    case "table": {
      const [head = [], ...rows] = block.rows;
      const cells = (row: string[], tag: string) =>
        `<tr>${row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join("")}</tr>`;
      return `<table><thead>${cells(head, "th")}</thead><tbody>${rows.map((row) => cells(row, "td")).join("")}</tbody></table>`;
    }
  }
}

/** The items from the first at `level` on, as nested lists: a deeper item goes inside the one before. */
function listHtml(items: Item[], level: number): string {
  const tag = items[0]?.ordered ? "ol" : "ul";
  let html = "";
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (item.level < level) break;
    if (item.level > level) continue; // written inside the item before
    const deeper = items[i + 1] && (items[i + 1] as Item).level > level;
    html += `<li>${escapeHtml(item.text)}${deeper ? listHtml(items.slice(i + 1), level + 1) : ""}</li>`;
  }
  return `<${tag}>${html}</${tag}>`;
}

function runHtml(run: Run): string {
  if (run.text === "\n") return "<br>";
  let html = escapeHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  return html;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
