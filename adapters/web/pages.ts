// The site's pages: the question page (with or without a reply), the documents, and the pages for too many questions, a wrong address and a failure.

import { html, type SafeHtml } from "./html.ts";
import { basePath, type PageContext, renderPage } from "./layout.ts";
import { documentsList, type RenderedReply } from "./reply-view.ts";

/** A reply ready to show: rendered, with the conversation to carry on with. */
export interface ShownReply {
  rendered: RenderedReply;
  /** The state for the page's hidden field ("" for none). */
  conversation: string;
}

/**
 * The question page: heading, question box and, after a question, the reply. Without
 * JavaScript the form submits `GET /?q=…` (with the conversation in a hidden field) and this
 * page comes back whole; with it, the page's script fetches only the result region.
 */
export function questionPage(context: PageContext, reply: ShownReply | null): SafeHtml {
  const rendered = reply?.rendered ?? null;
  const state = reply?.conversation ?? "";
  const followUp = state !== "";
  // With no conversation the hidden field is disabled, so the form leaves "&c=" out of the
  // address of a first question, the one most often shared.
  // A faulty question (empty, too long) is marked on the box too, as the NHS.UK error pattern asks.
  const fieldError = rendered?.fieldError ?? "";
  // The question refused stays in the box to be corrected, as NHS.UK's error pattern keeps input,
  // and so does one to ask again after a wait.
  const typed = rendered?.typed ? html` value="${rendered.typed}"` : "";
  const intro = context.embed
    ? html`<h1 class="nhsuk-heading-m">Ask about NHS England's Sustainability and Transformation Plans</h1>`
    : html`<h1 class="nhsuk-heading-l">Ask about NHS England's Sustainability and Transformation Plans</h1>
<p class="nhsuk-body-l">Answers are quoted word for word from published documents, with where each quote came from.</p>`;
  // NHS.UK's error pattern puts the error summary at the top of the main content, before the h1.
  const main = html`${rendered?.errorSummary ?? ""}${intro}
<form class="stp-ask" method="get" action="${basePath(context)}" novalidate data-ask>
<div class="nhsuk-form-group${fieldError ? " nhsuk-form-group--error" : ""}" data-question-group>
<label class="nhsuk-label nhsuk-label--s" for="question" id="question-label">${followUp ? "Ask a follow-up question" : "Your question"}</label>
<div class="nhsuk-hint" id="question-hint">For example: How many STP areas are there? Type <kbd>sources</kbd> for the documents, or <kbd>help</kbd>.</div>
${fieldError ? html`<span class="nhsuk-error-message" id="question-error"><span class="nhsuk-u-visually-hidden">Error:</span> ${fieldError}</span>` : ""}
<input class="nhsuk-input${fieldError ? " nhsuk-input--error" : ""}" id="question" name="q" type="text" autocomplete="off" spellcheck="true" aria-describedby="question-hint${fieldError ? " question-error" : ""}"${fieldError ? html` aria-invalid="true"` : ""}${typed}>
</div>
<input type="hidden" name="c" value="${state}"${followUp ? "" : " disabled"} data-conversation>
<div class="stp-ask__actions">
<button class="nhsuk-button" type="submit">Ask</button>
<a class="stp-new${followUp ? "" : " stp-hidden"}" href="${basePath(context)}" data-new-question>New question</a>
</div>
</form>
${resultRegion(rendered, state, { summaryInside: false })}
<p class="nhsuk-u-visually-hidden" aria-live="polite" aria-atomic="true" id="announcer"></p>`;
  return renderPage(context, { title: rendered?.title ?? "", main });
}

/**
 * The region a reply goes in. The page's script swaps it for the same region fetched from
 * `/part`, and reads what to announce, the title and the conversation from its data attributes.
 * An error summary is inside it for the script to move above the h1 (`summaryInside`, the
 * default), or left out where the whole page has already put it there.
 */
export function resultRegion(
  rendered: RenderedReply | null,
  state: string,
  { summaryInside = true }: { summaryInside?: boolean } = {},
): SafeHtml {
  if (!rendered) return html`<div id="result" data-conversation="" data-title=""></div>`;
  const fieldError = rendered.fieldError ? html` data-field-error="${rendered.fieldError}"` : "";
  const summary = summaryInside ? (rendered.errorSummary ?? "") : "";
  return html`<div id="result" class="stp-result" data-conversation="${state}" data-announce="${rendered.announce}" data-title="${rendered.title}"${fieldError}>${summary}${rendered.body}</div>`;
}

/** /sources: every document, with its publisher and date. */
export function sourcesPage(context: PageContext): SafeHtml {
  return renderPage(context, {
    title: "The documents",
    main: html`<h1 class="nhsuk-heading-l">The documents</h1>
<p>Every answer is quoted from one of these ${context.documents.length} documents, and names the document, its publisher, date and section.</p>
${documentsList(context.documents, context.embed)}
<p><a href="/">Ask a question</a></p>`,
  });
}

/**
 * The friendly 429 reply: how long to wait, and why there is a limit. The question stays in the
 * box (and a follow-up's conversation in the form), so that it can be asked again after the wait
 * without typing it again or losing the earlier questions.
 */
export function waitReply(limit: number, retryAfterSeconds: number, typed: string): RenderedReply {
  return {
    body: html`<h2 class="nhsuk-heading-m" id="reply-heading">Please wait a moment</h2>${tooManyText(limit, retryAfterSeconds)}`,
    announce: `Please wait ${retryAfterSeconds} seconds before asking again.`,
    title: "Too many questions",
    typed,
  };
}

/** The body of the 429 reply, also shown in the result region by the page's script. */
export function tooManyText(limit: number, retryAfterSeconds: number): SafeHtml {
  return html`<p>You have asked ${limit} questions in the last minute, the most this site answers for one person, so that it stays quick for everyone.</p>
<p>Please try again in ${retryAfterSeconds} ${retryAfterSeconds === 1 ? "second" : "seconds"}.</p>`;
}

/** 404 for any address the site does not have. */
export function notFoundPage(context: PageContext): SafeHtml {
  return renderPage(context, {
    title: "Page not found",
    main: html`<h1 class="nhsuk-heading-l">Page not found</h1>
<p>There is no page at this address. Check it, or <a href="${basePath(context)}">ask a question</a>.</p>`,
  });
}

/** 500: something failed while answering; the log says what. */
export function errorPage(context: PageContext): SafeHtml {
  return renderPage(context, {
    title: "Sorry, there is a problem",
    main: html`<h1 class="nhsuk-heading-l">Sorry, there is a problem with the site</h1>
<p>Your question could not be answered just now. Please try again later, or <a href="${basePath(context)}">ask another question</a>.</p>`,
  });
}

/** /admin/report when no question log is kept (QUESTION_LOG=off), so there is nothing to report on. */
export function reportPlaceholderPage(context: PageContext): SafeHtml {
  return renderPage(context, {
    title: "Question report",
    main: html`<h1 class="nhsuk-heading-l">Question report</h1>
<p>This copy of stp-bot does not record questions: its question log is turned off (<code>QUESTION_LOG=off</code>), so there is no report of what people ask and which questions the documents miss.</p>
<p>Unset <code>QUESTION_LOG</code> and restart it to keep questions, redacted, for the report for content owners shown here.</p>`,
  });
}
