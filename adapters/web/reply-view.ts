// A reply as HTML: the quoted answer and its numbered citations, a decline with questions to try as links, or a command's output.
import {
  type Answer,
  byline,
  type Citation,
  citedBy,
  type DocumentMeta,
  definitionText,
  helpLines,
} from "../../src/index.ts";
import { html, type SafeHtml } from "./html.ts";
import { basePath, type PageContext } from "./layout.ts";
import type { WebExchange } from "./reply.ts";

/** The reply region and what goes with it: a line for screen readers and the page title. */
export interface RenderedReply {
  /** The markup inside the result region. */
  body: SafeHtml;
  /** What the live region says when the reply arrives without a reload. */
  announce: string;
  /** The page's own part of the browser title. */
  title: string;
  /**
   * What is wrong with the question typed, shown by the question box as well as in the error
   * summary (the NHS.UK error pattern); absent when the reply is not about a faulty question.
   */
  fieldError?: string;
  /**
   * The question as typed, put back in the box so that it can be corrected rather than typed
   * again (a 2,001-character question shortened, not lost), or asked again after a wait.
   */
  typed?: string;
  /**
   * NHS.UK's error summary for `fieldError`. It belongs at the top of the main content, above
   * the page's h1: the whole page puts it there, and the script moves it there from the region.
   */
  errorSummary?: SafeHtml;
}

/**
 * The reply to one exchange, for the result region of the question page (and the part the
 * page's script fetches). Every question and document text is escaped.
 * @example renderReply(context, replyToQuestion(engine, "how many stp areas", "")).announce
 */
export function renderReply(context: PageContext, exchange: WebExchange): RenderedReply {
  const { reply } = exchange;
  const notice = exchange.stateProblem
    ? html`<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>The earlier questions could not be read, so this was answered as a new question.</p></div>`
    : "";
  const asked = html`<p class="stp-asked">You asked: <q>${exchange.question}</q></p>`;
  switch (reply.kind) {
    case "help":
      return {
        body: html`${notice}<h2 class="nhsuk-heading-m" id="reply-heading">What you can ask</h2>${helpView(context, exchange.conversation)}`,
        announce: "What you can ask.",
        title: "What you can ask",
      };
    case "sources":
      return {
        body: html`${notice}<h2 class="nhsuk-heading-m" id="reply-heading">The documents</h2>${documentsList(context.documents, context.embed)}`,
        announce: `The documents: ${context.documents.length} listed.`,
        title: "The documents",
      };
    case "define": {
      const text = reply.term
        ? definitionText(reply.term, reply.entry)
        : "Which term? For example: define CCG";
      return {
        body: html`${notice}<h2 class="nhsuk-heading-m" id="reply-heading">${reply.entry?.term ?? "Definition"}</h2><p class="stp-definition">${text}</p>`,
        announce: text,
        // "define" alone asks which term: "Define " with nothing after it is no title.
        title: reply.term ? `Define ${shortTitle(reply.term)}` : "Which term?",
      };
    }
    case "new":
      return {
        body: html`<p class="stp-notice" id="reply-heading">New conversation: the earlier questions are forgotten.</p>`,
        announce: "New conversation: the earlier questions are forgotten.",
        title: "",
      };
    case "answer":
      return answerView(context, exchange, reply.answer, notice, asked);
  }
}

/** The documents with publishers and dates, for /sources and the `sources` command. */
export function documentsList(documents: DocumentMeta[], embed: boolean): SafeHtml {
  const items = documents.map((doc) => {
    return html`<li class="stp-document"><p class="stp-document__title">${titleLink(doc.title, doc.url, embed)}</p><p class="nhsuk-body-s stp-document__byline">${byline(doc)}</p></li>`;
  });
  return html`<ul class="nhsuk-list stp-documents">${items}</ul>`;
}

/** A link to the question page asking `question` in the conversation `state`. */
export function askHref(context: Pick<PageContext, "embed">, question: string, state: string) {
  const params = new URLSearchParams({ q: question });
  if (state) params.set("c", state);
  return `${basePath(context)}?${params}`;
}

function answerView(
  context: PageContext,
  exchange: WebExchange,
  answer: Answer,
  notice: SafeHtml | string,
  asked: SafeHtml,
): RenderedReply {
  const earlier = exchange.earlier.length
    ? html`<details class="nhsuk-details stp-earlier"><summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Earlier in this conversation (${exchange.earlier.length})</span></summary><div class="nhsuk-details__text"><ol class="nhsuk-list nhsuk-list--number">${exchange.earlier.map((q) => html`<li>${q}</li>`)}</ol></div></details>`
    : "";
  const understood = answer.understood
    ? html`<p class="nhsuk-body-s stp-understood">Answered as: <q>${answer.understood}</q></p>`
    : "";
  // "thanks" and "hello" are small talk, answered in kind as in chat; not a question gone wrong.
  if (answer.problem === "small-talk") {
    return {
      body: html`${notice}<p class="stp-notice" id="reply-heading">${answer.message}</p>`,
      announce: answer.message,
      title: "",
    };
  }
  if (answer.problem) {
    return {
      body: html`${notice}`,
      errorSummary: html`<div class="nhsuk-error-summary"><div role="alert"><h2 class="nhsuk-error-summary__heading" id="reply-heading">There is a problem</h2><div class="nhsuk-error-summary__body"><ul class="nhsuk-list nhsuk-error-summary__list"><li><a href="#question">${answer.message}</a></li></ul></div></div></div>`,
      announce: `There is a problem: ${answer.message}`,
      title: "Error: there is a problem with the question",
      fieldError: answer.message,
      typed: exchange.question,
    };
  }
  if (!answer.answered) {
    const suggestions = answer.suggestions.length
      ? html`<h3 class="nhsuk-heading-s">You could ask</h3><ul class="nhsuk-list nhsuk-list--bullet stp-suggestions">${answer.suggestions.map(
          (s) =>
            html`<li><a href="${askHref(context, s, exchange.conversation)}" data-ask-link>${s}</a></li>`,
        )}</ul>`
      : "";
    return {
      body: html`${notice}<h2 class="nhsuk-heading-m" id="reply-heading">No answer in the documents</h2>${asked}${understood}${earlier}<p class="stp-message">${answer.message}</p>${suggestions}`,
      announce: answer.suggestions.length
        ? `${answer.message} You could ask: ${answer.suggestions.join("; ")}.`
        : answer.message,
      title: `No answer: ${shortTitle(exchange.question)}`,
    };
  }
  const message = answer.message
    ? html`<div class="nhsuk-inset-text stp-message"><span class="nhsuk-u-visually-hidden">Note: </span><p>${answer.message}</p></div>`
    : "";
  return {
    body: html`${notice}<h2 class="nhsuk-heading-m" id="reply-heading">Answer</h2>${asked}${understood}${earlier}<blockquote class="stp-quote"><p>${answer.answer}</p><p class="nhsuk-body-s stp-quote__source">Quoted from [1] below.</p></blockquote>${message}<h3 class="nhsuk-heading-s">Where this comes from</h3><ol class="nhsuk-list stp-citations">${answer.citations.map(
      (c, i) => citationView(c, i + 1, context.embed),
    )}</ol>`,
    announce: `Answer: ${answer.answer}${answer.message ? ` ${answer.message}` : ""} ${citationsBelow(answer)} below.`,
    title: shortTitle(exchange.question),
  };
}

/**
 * A question as a browser tab and history can show it: white space run together, and a long one
 * cut at a word, before 80 characters, with "…" (a 2,000-character question is no title).
 * @example shortTitle("how  big is the fund") // "how big is the fund"
 */
export function shortTitle(question: string): string {
  const text = question.replace(/\s+/g, " ").trim();
  if (text.length <= 80) return text;
  const cut = [...text].slice(0, 79).join("");
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > 40 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** "2 sources and 1 passage to see also", for the line screen readers hear. */
function citationsBelow(answer: Answer): string {
  const sources = citedBy(answer).length;
  const related = answer.citations.length - sources;
  const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const also = related ? ` and ${counted(related, "passage", "passages")} to see also` : "";
  return `${counted(sources, "source", "sources")}${also}`;
}

/** "[1] Title", then "Publisher, 6 October 2016 · Section", then the quote. */
function citationView(citation: Citation, n: number, embed: boolean): SafeHtml {
  const published = byline(citation);
  // A document whose first heading is its title would otherwise name itself twice.
  const section =
    citation.section && citation.section !== citation.title
      ? html` · <span class="stp-citation__section">Section: ${citation.section}</span>`
      : "";
  return html`<li class="stp-citation" id="citation-${n}"><p class="stp-citation__title"><span class="stp-citation__number">[${n}]</span> ${citation.related ? html`<span class="stp-citation__related">See also:</span> ` : ""}${titleLink(citation.title, citation.url, embed)}</p><p class="nhsuk-body-s stp-citation__byline">${published}${section}</p><blockquote class="stp-citation__quote"><p>“${citation.quote}”</p></blockquote></li>`;
}

/** The title, linked to the document's address only when that is an http(s) address. */
function titleLink(title: string, url: string | null, embed: boolean): SafeHtml {
  if (!url || !/^https?:\/\//i.test(url)) return html`${title}`;
  // In a frame, a link that replaced the page would leave the reader stuck inside the frame.
  return embed
    ? html`<a href="${url}" target="_blank" rel="noopener noreferrer">${title} (opens in a new tab)</a>`
    : html`<a href="${url}" rel="noreferrer">${title}</a>`;
}

function helpView(context: PageContext, state: string): SafeHtml {
  const lines = helpLines(context);
  const examples = lines.filter((line) => line.startsWith("• ")).map((line) => line.slice(2));
  const [intro = "", ...rest] = lines.filter((line) => !line.startsWith("• "));
  return html`<p>${intro}</p><ul class="nhsuk-list nhsuk-list--bullet">${examples.map(
    (q) => html`<li><a href="${askHref(context, q, state)}" data-ask-link>${q}</a></li>`,
  )}</ul>${rest.map((line) => html`<p>${line}</p>`)}<p>You can follow up: <q>who leads them?</q>, <q>tell me more</q>, <q>where does that come from?</q>, <q>is that still true?</q></p><p>Type <kbd>sources</kbd> for the documents, <kbd>define CCG</kbd> to spell out an acronym, or <kbd>new</kbd> to start again.</p>`;
}
