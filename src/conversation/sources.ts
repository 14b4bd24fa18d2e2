// "Where does that come from?" and "is that still true?": the last answer again, with who published it, when, and how long ago.
import { decline } from "../answer/answer.ts";
import { citedBy } from "../answer/citations.ts";
import { describeDocument, formatDate, yearsBetween } from "../answer/render.ts";
import type { Answer, Citation } from "../types.ts";
import { classifyMessage } from "./follow-up.ts";

/** Which question about the last answer: its sources, or whether it still holds. */
export type ProvenanceKind = "sources" | "age";

/**
 * The reply to a question about the last answer: the same quote and citations, and a note naming
 * the source it was quoted from (for "sources") or how old each source is (for "age"). Every
 * quote stays the documents' own words; only the note is the bot's.
 *
 * @param previous the last answer given in the conversation.
 * @param now the date ages are counted to.
 * @example provenanceReply("age", "is that still true?", lastAnswer, new Date())
 *   // message: "[1] is from 6 October 2016, 10 years ago. The documents can't say…"
 */
export function provenanceReply(
  kind: ProvenanceKind,
  question: string,
  previous: Answer,
  now: Date,
): Answer {
  const [first] = previous.citations;
  if (!previous.answered || !first) {
    return decline(
      question,
      "My last reply quoted no document, so it has no source to show. Ask a question about the STPs, for example: How many STP areas are there?",
      [],
    );
  }
  // Only the sources: the passages offered to see also are not what the answer came from.
  const sources = citedBy(previous);
  const note = kind === "sources" ? sourcesNote(sources) : ageNote(sources, now);
  return {
    question,
    answered: true,
    answer: previous.answer,
    citations: previous.citations,
    suggestions: [],
    message: [note, answerNote(previous, now)].filter(Boolean).join(" "),
  };
}

/**
 * What the last answer itself said beside its quote (sources that disagree, a word read as
 * another), without the note of an earlier "where does that come from?": asked again and again,
 * the notes would pile up, each repeated once more each time.
 */
function answerNote(previous: Answer, now: Date): string {
  const kind = classifyMessage(previous.question);
  if (kind !== "sources" && kind !== "age") return previous.message;
  const sources = citedBy(previous);
  const note = kind === "sources" ? sourcesNote(sources) : ageNote(sources, now);
  if (previous.message === note) return "";
  return previous.message.startsWith(`${note} `)
    ? previous.message.slice(note.length + 1)
    : previous.message;
}

/** "That is quoted from [1], Title — Publisher, 6 October 2016 (“Section”)." */
function sourcesNote(citations: Citation[]): string {
  const [first] = citations;
  if (!first) return "";
  const section = first.section && first.section !== first.title ? ` (“${first.section}”)` : "";
  const others =
    citations.length > 1
      ? ` The other ${citations.length - 1 === 1 ? "document" : `${citations.length - 1} documents`} cited with it ${citations.length - 1 === 1 ? "is" : "are"} below.`
      : "";
  return `That is quoted from [1], ${describeDocument(first)}${section}.${others}`;
}

/** "[1] is from 6 October 2016, 10 years ago; [2] is undated. The documents can't say…" */
function ageNote(citations: Citation[], now: Date): string {
  const ages = citations.map((citation, i) => {
    const date = formatDate(citation.date);
    if (!citation.date || !date) return `[${i + 1}] is undated`;
    const years = yearsBetween(citation.date, now);
    const ago =
      years < 1 ? "less than a year ago" : years === 1 ? "a year ago" : `${years} years ago`;
    return `[${i + 1}] is from ${date}, ${ago}`;
  });
  return `${ages.join("; ")}. The documents can't say whether that is still true: check current NHS England guidance before relying on it.`;
}
