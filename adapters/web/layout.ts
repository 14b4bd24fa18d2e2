// The frame around every page: head, skip link, header and footer in NHS.UK frontend's markup (no NHS logo), or the bare frame for /embed.
import type { DocumentMeta } from "../../src/index.ts";
import type { Assets } from "./assets.ts";
import { documentsAge } from "./documents-age.ts";
import { html, type SafeHtml } from "./html.ts";

/** The name the site goes by, in the header and every title. */
export const serviceName = "Ask the STP documents";

/** What every page needs to know about where it is shown and who runs it. */
export interface PageContext {
  /** True for /embed: no header or footer, links that stay in the frame. */
  embed: boolean;
  /** Who runs this copy (`WEB_OPERATOR`); null when not given. */
  operator: string | null;
  /** The documents as they are now, for their age. */
  documents: DocumentMeta[];
  /** Questions the documents answer, for help (`engine.examples()`). */
  examples: () => string[];
  assets: Assets;
  now: Date;
  /** True when the questions asked are kept in the question log (on by default). */
  recordsQuestions: boolean;
}

/** The question page's own address: "/" or "/embed". */
export function basePath(context: Pick<PageContext, "embed">): string {
  return context.embed ? "/embed" : "/";
}

/**
 * A whole page. `title` is the page's own part of the browser title ("" for the home page).
 * @example renderPage(context, { title: "The documents", main: html`<h1>…</h1>` })
 */
export function renderPage(
  context: PageContext,
  { title, main }: { title: string; main: SafeHtml },
): SafeHtml {
  const { assets } = context;
  return html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title ? `${title} – ${serviceName}` : serviceName}</title>
<meta name="description" content="Answers to questions about NHS England's Sustainability and Transformation Plans, quoted word for word from the source documents.">
<link rel="icon" href="${assets.url("favicon.svg")}" type="image/svg+xml">
<link rel="stylesheet" href="${assets.url("nhsuk.css")}">
<link rel="stylesheet" href="${assets.url("web.css")}">
<script type="module" src="${assets.url("app.js")}"></script>
</head>
<body class="${context.embed ? "stp-embed" : ""}">
${context.embed ? "" : skipLinkAndHeader()}
<div class="nhsuk-width-container">
<main class="nhsuk-main-wrapper" id="maincontent" tabindex="-1">
<div class="nhsuk-grid-row"><div class="${context.embed ? "nhsuk-grid-column-full" : "nhsuk-grid-column-two-thirds"}">
${main}
</div></div>
</main>
</div>
${context.embed ? embedFooter(context) : footer(context)}
</body>
</html>
`;
}

/** "Run by Healthwatch Anytown. This is not an NHS service…": on every page, framed or not. */
export function whoRunsThis(operator: string | null): string {
  const who = operator
    ? `Run by ${operator}.`
    : "The organisation running this site has not given its name.";
  return `${who} This is not an NHS service: it quotes published documents about NHS England's Sustainability and Transformation Plans, and gives no medical advice.`;
}

function skipLinkAndHeader(): SafeHtml {
  return html`<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner">
<div class="nhsuk-header__container nhsuk-width-container">
<div class="nhsuk-header__service">
<a class="nhsuk-header__service-name" href="/">${serviceName}</a>
</div>
</div>
</header>`;
}

function footer(context: PageContext): SafeHtml {
  return html`<footer class="nhsuk-footer" role="contentinfo">
<div class="nhsuk-width-container">
<div class="nhsuk-footer__meta">
<h2 class="nhsuk-u-visually-hidden">About this site</h2>
<ul class="nhsuk-footer__list">
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/">Ask a question</a></li>
<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/sources">The documents</a></li>
</ul>
<p class="nhsuk-body-s">${whoRunsThis(context.operator)}</p>
<p class="nhsuk-body-s">${documentsAge(context.documents, context.now)} Check current NHS guidance before relying on an answer.</p>
<p class="nhsuk-body-s">${
    context.recordsQuestions
      ? "This site sets no cookies. The questions asked are recorded (email addresses, phone numbers and dates of birth taken out) so the people who run it can see what the documents miss: please do not type your name or other personal details."
      : "This site sets no cookies and keeps no record of the questions asked."
  }</p>
</div>
</div>
</footer>`;
}

/** In a frame there is no footer bar, but the reader is still told who runs it and how old the documents are. */
function embedFooter(context: PageContext): SafeHtml {
  return html`<footer class="stp-embed__footer" role="contentinfo">
<div class="nhsuk-width-container">
<p class="nhsuk-body-s">${whoRunsThis(context.operator)} ${documentsAge(context.documents, context.now)}
<a href="/sources" target="_blank" rel="noopener">The documents (opens in a new tab)</a></p>
</div>
</footer>`;
}
