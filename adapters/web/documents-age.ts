// How old the documents are, in one sentence every page shows, so nobody takes a 2016 quote for current policy.
import { type DocumentMeta, formatDate, yearsBetween } from "../../src/index.ts";

/**
 * "The 5 documents date from 17 February 2016 to 31 March 2017 (2 are undated); the newest is
 * 9 years old." Counted to `now`, from the documents as they are after any reload.
 * @example documentsAge(engine.documents, new Date())
 */
export function documentsAge(documents: DocumentMeta[], now: Date): string {
  const count = documents.length === 1 ? "The 1 document" : `The ${documents.length} documents`;
  const dated = documents
    .map((doc) => doc.date)
    .filter((date): date is string => Boolean(date))
    .sort();
  const oldest = dated[0];
  const newest = dated.at(-1);
  if (!oldest || !newest)
    return `${count} give no dates: check each one's age before relying on it.`;
  const undated = documents.length - dated.length;
  const span =
    oldest === newest
      ? `${documents.length === 1 ? "dates" : "date"} from ${formatDate(oldest)}`
      : `date from ${formatDate(oldest)} to ${formatDate(newest)}`;
  const unknown = undated > 0 ? ` (${undated} ${undated === 1 ? "is" : "are"} undated)` : "";
  return `${count} ${span}${unknown}; the newest is ${age(newest, now)}.`;
}

/** "9 years old", "a year old", "less than a year old". */
function age(iso: string, now: Date): string {
  const years = yearsBetween(iso, now);
  if (years < 1) return "less than a year old";
  return years === 1 ? "a year old" : `${years} years old`;
}
