// Splits a passage into sentences without breaking "£1.8bn", "i.e.", "2020/21", "Dr." or quotes.

/** Abbreviations whose full stop does not end a sentence (lower case, without the stop). */
const abbreviations = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "no",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "eg",
  "ie",
  "approx",
  "cf",
  "al",
  "inc",
  "ltd",
  "co",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "fig",
  "para",
  "ref",
  "govt",
  "dept",
]);

/** A sentence ends at . ! ? or … (plus closing quotes and brackets) followed by a space. */
const boundary = /[.!?…]+["'”’)\]]*(?=\s+)/g;

/**
 * Splits plain text into sentences; every sentence is an exact substring of the input, trimmed.
 * @example splitSentences("It costs £1.8bn, i.e. a lot. Dr. Smith agreed.") // two sentences
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const next = text.slice(end, end + 8).trimStart();
    // Only the last word before the stop matters; a short tail keeps long passages linear.
    if (!endsSentence(text.slice(Math.max(start, match.index - 24), match.index), match[0], next))
      continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function endsSentence(before: string, punctuation: string, next: string): boolean {
  if (!next) return true;
  // A new sentence starts with a capital, a digit, a currency sign, a quote or a bracket.
  if (!/^[\p{Lu}\d£$€"'“‘([]/u.test(next)) return false;
  if (punctuation.startsWith(".") && punctuation.length === 1) {
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    if (abbreviations.has(lastWord)) return false;
    // Initials such as "J. Smith" or "U.K." are not ends of sentences.
    if (/^\p{L}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord)) return false;
  }
  return true;
}
