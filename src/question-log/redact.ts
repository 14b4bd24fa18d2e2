// Takes what could identify a person out of a question before it is stored: e-mail addresses, phone numbers, NHS numbers, postcodes, dates of birth and chat mentions.
import { isValidNhsNumber } from "./nhs-number.ts";

/** What each kind of personal detail is replaced with. */
export const redactionLabels = {
  email: "[email]",
  phone: "[phone]",
  nhsNumber: "[nhs-number]",
  postcode: "[postcode]",
  dateOfBirth: "[date-of-birth]",
  mention: "[mention]",
} as const;

/**
 * `text` with every e-mail address, UK phone number, NHS number (ten digits with a valid check
 * digit), UK postcode, date of birth (a date after "born", "DOB", "date of birth"…) and
 * Slack or Discord mention replaced by its label. Everything else is left as typed, so the
 * question still reads: figures, years, ordinary dates and ten-digit numbers that fail the NHS
 * check stay.
 *
 * @example redact("I'm bob@example.nhs.uk, DOB 01/02/1980, NHS no 943 476 5919 — can I see my records?")
 *   // → "I'm [email], DOB [date-of-birth], NHS no [nhs-number] — can I see my records?"
 */
export function redact(text: string): string {
  return text
    .replace(datesOfBirth, (_whole, cue: string) => `${cue}${redactionLabels.dateOfBirth}`)
    .replace(chatMentions, redactionLabels.mention)
    .replace(emails, redactionLabels.email)
    .replace(handles, (_whole, before: string) => `${before}${redactionLabels.mention}`)
    .replace(tenDigits, (whole) =>
      isValidNhsNumber(whole.replace(/\D/g, "")) ? redactionLabels.nhsNumber : whole,
    )
    .replace(phones, replacePhone)
    .replace(postcodes, (whole, _outward: string, inward: string) =>
      isOrdinal(inward) ? whole : redactionLabels.postcode,
    );
}

const months =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const day = "\\d{1,2}(?:st|nd|rd|th)?";
const date = [
  "\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})", // 01/02/1980, 1.2.80, 01-02-1980
  "\\d{4}-\\d{2}-\\d{2}", // 1980-02-01
  `${day}\\s+(?:of\\s+)?(?:${months})\\.?,?\\s+\\d{4}`, // 1st February 1980, 1 Feb, 1980
  `(?:${months})\\.?\\s+${day},?\\s+\\d{4}`, // February 1, 1980
  `(?:${months})\\.?\\s+\\d{4}`, // February 1980
].join("|");
/**
 * A date after a cue that says it is a birth date; the cue is kept so the question still reads
 * ("my DOB is [date-of-birth]"). An ordinary date ("plans due by 21/10/2016") has no cue and stays.
 */
const datesOfBirth = new RegExp(
  `(\\b(?:date\\s+of\\s+birth|birth\\s*date|d\\.?\\s?o\\.?\\s?b\\.?|born(?:\\s+on)?|birthday(?:\\s+is)?)[\\s:,-]*(?:(?:is|was)\\s+)?(?:on\\s+)?(?:the\\s+)?)(?:${date})(?!\\d)`,
  "giu",
);

/** Raw chat mentions: Slack's `<@U123|name>`, `<#C123|general>`, `<!here>`; Discord's `<@123>`, `<@!123>`, `<@&123>`, `<#123>`. */
const chatMentions = /<[@#!][^<>\s]*>/g;

/** An e-mail address, also run into the words around it ("email:bob@nhs.net."). */
const emails = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * A mention as the adapters pass it on (`@U0ABC123`, `@alice.smith`, `@everyone`): an @ before a
 * letter, not inside a word. "@ 5pm" and "@10am" are not mentions.
 */
const handles = /(^|[^\p{L}\p{N}_.+-])@\p{L}[\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)*/gu;

/** Ten digits, as one run or 3-3-4 with spaces or hyphens ("943 476 5919"), not starting with 0 (phones do). */
const tenDigits =
  /(?<![\d+])(?<!(?:\+|00)44[\s.-]?(?:\(0\)[\s.-]?)?)[1-9]\d{2}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;

/**
 * A run that may hold a UK phone number: +44 (or 0044), optionally (0), or a leading 0, then
 * digits in groups separated by spaces, dots, hyphens or brackets. `phoneIn` finds the number in it.
 */
const phones = /(?<![\w+])(?:(?:\+|00)44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)[\d\s.()-]*\d/g;

/** A UK postcode: outward code (area letters, district) and inward code (a digit, two letters). */
const postcodes =
  /\b([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s*(\d[ABD-HJLNP-UW-Z]{2})\b|\b(GIR)\s*(0AA)\b/gi;

/**
 * The run with its phone number replaced: the longest start of it, ending at a group of digits,
 * that has a UK number's length; a run with none ("0.5", "01") is left alone. The longest start,
 * so "020 7946 0958 2016" keeps its year.
 */
function replacePhone(run: string): string {
  const ends = [...run.matchAll(/\d(?!\d)/g)].map((match) => (match.index ?? 0) + 1).reverse();
  const end = ends.find((at) => isPhoneNumber(run.slice(0, at)));
  return end === undefined ? run : `${redactionLabels.phone}${run.slice(end)}`;
}

/** +44 or 0044 and 9 or 10 more digits (after an optional (0)), or 0 and 9 or 10 more. */
function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, "");
  const national = /^(?:\+|00)44/.test(text)
    ? `0${digits.replace(/^(?:00)?44/, "").replace(/^0/, "")}`
    : digits;
  return national.length === 10 || national.length === 11;
}

/** "4th", "2nd": in lower case, an ordinal after a code ("ward b1 4th floor"), not an inward code. */
function isOrdinal(inward: string | undefined): boolean {
  return inward !== undefined && /^(?:1st|2nd|3rd|\dth)$/.test(inward);
}
