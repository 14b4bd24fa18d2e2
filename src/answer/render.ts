// Text pieces every adapter shares, so an answer reads the same in a terminal, Slack and Discord.
import type { Answer, Citation, DocumentMeta, GlossaryEntry } from "../types.ts";

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2016-10-06" → "6 October 2016"; "2017-03" → "March 2017"; null → null. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.split("-");
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? iso;
}

/** Whole years from an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) to `now`, never below 0. */
export function yearsBetween(iso: string, now: Date): number {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  let years = now.getUTCFullYear() - year;
  const beforeAnniversary =
    now.getUTCMonth() + 1 < month || (now.getUTCMonth() + 1 === month && now.getUTCDate() < day);
  if (beforeAnniversary) years--;
  return Math.max(0, years);
}

/**
 * "Publisher, 6 October 2016", saying so where the document does not: a reader judging a quote
 * needs to know who said it and when, and that nobody knows is worth knowing too.
 */
export function byline(doc: Pick<Citation, "publisher" | "date">): string {
  return `${doc.publisher ?? "publisher not stated"}, ${formatDate(doc.date) ?? "undated"}`;
}

/** "Title — Publisher, 6 October 2016". */
export function describeDocument(doc: Pick<Citation, "title" | "publisher" | "date">): string {
  return `${doc.title} — ${byline(doc)}`;
}

/** The line above a quoted passage: document, publisher, date and section. */
export function describeCitation(citation: Citation): string {
  // A document whose first heading is its title would otherwise name itself twice.
  const section =
    citation.section && citation.section !== citation.title ? ` · ${citation.section}` : "";
  // A related passage is not the answer's source: said first, so no reader takes it for one.
  const seeAlso = citation.related ? "See also: " : "";
  return `${seeAlso}${describeDocument(citation)}${section}`;
}

/**
 * Shortens a quote to at most `max` characters at a word boundary, marking the cut with "…".
 * Adapters use it to stay inside platform limits without failing.
 */
export function trimQuote(quote: string, max: number): string {
  if (quote.length <= max) return quote;
  if (max <= 1) return "…".slice(0, Math.max(0, max));
  // Never cut between the two halves of an emoji or other astral character.
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(quote.charAt(end - 1))) end--;
  const cut = quote.slice(0, end);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:]+$/, "")}…`;
}

/** What the bot says when it will not answer: the reason, then questions it can answer. */
export function declineLines(answer: Answer): string[] {
  const lines = [answer.message];
  if (answer.suggestions.length > 0) {
    lines.push("You could ask:");
    for (const suggestion of answer.suggestions) lines.push(`• ${suggestion}`);
  }
  return lines;
}

/** The quoted answer, then any note about it ("The sources differ on this…"). */
export function answerBody(answer: Answer): string {
  return answer.message ? `${answer.answer}\n${answer.message}` : answer.answer;
}

/** A whole answer as plain text: the terminal's output and the chat platforms' fallback text. */
export function answerToText(answer: Answer): string {
  if (!answer.answered) return declineLines(answer).join("\n");
  const lines = [answerBody(answer), ""];
  answer.citations.forEach((citation, index) => {
    lines.push(`[${index + 1}] ${describeCitation(citation)}`);
    lines.push(`    “${citation.quote}”`);
  });
  return lines.join("\n");
}

/** One line per document, so readers can judge each source's age. */
export function sourcesLines(documents: DocumentMeta[]): string[] {
  return documents.map((doc) => `• ${describeDocument(doc)}`);
}

/** "CCG: clinical commissioning group. Description…", or a plain "not in the glossary". */
export function definitionText(term: string, entry: GlossaryEntry | null): string {
  if (!entry)
    return `“${term}” is not in the glossary. Try “sources” to see what the documents cover.`;
  const description = entry.description ? ` ${entry.description}` : "";
  const source = entry.definedIn ? ` (as “${entry.definedIn}” defines it)` : "";
  return `${entry.term}: ${entry.expansion}${source}.${description}`;
}

/** What help is made from: the documents, and questions they answer (an Engine is one). */
export interface HelpSource {
  readonly documents: readonly Pick<DocumentMeta, "date">[];
  examples(): string[];
}

/**
 * What the bot can do, in words that fit every platform (each adapter adds its own syntax), with
 * examples the documents answer and the years they are dated: the bundled ones are from 2016–17,
 * but a bot whose editors replaced them with this year's board papers must not say so, nor offer
 * questions only the bundled ones answer.
 */
export function helpLines(engine: HelpSource): string[] {
  const span = datedSpan(engine.documents);
  const examples = engine.examples();
  const ask = "Ask a question about NHS England's Sustainability and Transformation Plans (STPs)";
  return [
    examples.length > 0 ? `${ask}, for example:` : `${ask}.`,
    ...examples.map((question) => `• ${question}`),
    "Answers are quoted word for word from the source documents, with numbered citations.",
    span
      ? `The documents date from ${span}: check the dates before relying on them.`
      : "Check each document's date before relying on it.",
  ];
}

/**
 * The years the dated documents span: "2016–17", "2016–2023", "2017"; null when none is dated.
 * @example datedSpan([{ date: "2016-10-06" }, { date: "2017-03-31" }]) // "2016–17"
 */
export function datedSpan(documents: readonly Pick<DocumentMeta, "date">[]): string | null {
  const years = documents
    .map((doc) => Number(doc.date?.slice(0, 4)))
    .filter((year) => Number.isInteger(year) && year > 0);
  if (years.length === 0) return null;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  if (first === last) return String(first);
  // "2016–17" within a century, as the documents write financial years; "1999–2001" across one.
  const sameCentury = Math.floor(first / 100) === Math.floor(last / 100);
  return `${first}–${sameCentury && last - first < 10 ? String(last).slice(2) : last}`;
}
