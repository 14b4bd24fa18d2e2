// A document's title, publisher and date: what it says about itself, overridden by the command's flags, never guessed.

/** Front matter an imported document gets; null where nothing says. */
export interface DocumentFields {
  title: string | null;
  publisher: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string | null;
  /** The page's own address, for a document fetched from the web. */
  url: string | null;
}

/** No fields known. */
export const noFields: DocumentFields = { title: null, publisher: null, date: null, url: null };

/**
 * The fields to write: each flag given wins, then what the document says, then (for the title
 * only) its first heading.
 * @example chooseFields({ ...noFields, title: "Plan" }, { ...noFields, date: "2017-01-02" }, null)
 */
export function chooseFields(
  fromDocument: DocumentFields,
  flags: Pick<DocumentFields, "title" | "publisher" | "date">,
  firstHeading: string | null,
): DocumentFields {
  return {
    title: flags.title ?? fromDocument.title ?? cleanText(firstHeading),
    publisher: flags.publisher ?? fromDocument.publisher,
    date: flags.date ?? fromDocument.date,
    url: fromDocument.url,
  };
}

/** Collapses white space and drops control characters; empty becomes null. */
export function cleanText(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const text = value
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text || null;
}

/**
 * A title that is really a file or template name ("Microsoft Word - plan_v3.docx", "Untitled",
 * "PowerPoint Presentation"): office tools write these into PDF and Word metadata, and the first
 * heading names the document better.
 */
export function isPlaceholderTitle(title: string): boolean {
  return (
    /^(microsoft (word|powerpoint|excel)\b|untitled\b|powerpoint presentation$|slide \d+$|document\d*$|title$|no title$|layout \d+$)/i.test(
      title,
    ) ||
    /\.(docx?|pptx?|xlsx?|pdf|indd|rtf|odt|txt|html?)$/i.test(title) ||
    // A file's name left as the title: "STP_Summary_A4_v7_FINAL" (words joined by underscores).
    /^[^\s_]+(_[^\s_]+)+$/.test(title)
  );
}

/**
 * A date as the front matter wants it: `2016-10-06` from "2016-10-06T09:00:00+01:00",
 * "D:20161006090000Z" (PDF) or "20161006". The date is read as written, in the publisher's own
 * time zone, not moved to UTC. Null for anything else: a date is never guessed from prose.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text) return null;
  const match =
    /^D:(\d{4})(\d{2})?(\d{2})?/.exec(text) ??
    /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ]|$)/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text) ??
    /^(\d{4})$/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = [year, month, day].filter(Boolean).join("-");
  return isRealDate(date) ? date : null;
}

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * "24 November 2016", a date written out in words where a page labels it as one ("Page last
 * reviewed: …"), → `2016-11-24`; null otherwise. Not part of `normaliseDate`, which takes only
 * dates written for machines: a date in prose is never guessed from.
 */
export function writtenOutDate(text: string | null | undefined): string | null {
  const [, day = "", name = "", year = ""] =
    /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(cleanText(text) ?? "") ?? [];
  const month = monthNames.indexOf(name.toLowerCase()) + 1;
  if (month === 0) return null;
  const date = `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isRealDate(date) ? date : null;
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day that exists (not 2016-02-30). */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const [, year, month = "01", day = "01"] = match;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    Number(year) >= 1900 &&
    parsed.getUTCMonth() === Number(month) - 1 &&
    parsed.getUTCDate() === Number(day)
  );
}
