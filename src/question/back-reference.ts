// A word in a question standing for something said before it: "who leads *them*", "when was
// *that*", not "is it true that…" nor "the fund that…".

/** A word pointing back to an earlier turn's topic, and where it is in the question. */
export interface BackReference {
  word: string;
  index: number;
}

/**
 * The first word standing for something said earlier: a personal pronoun ("who leads *them*"),
 * a demonstrative ("when was *that*", "*those* areas"), but not an impersonal "it" ("is it true
 * that…") nor a "that" joining clauses ("the fund *that*…", "says *that*…").
 */
export function backReference(question: string): BackReference | null {
  const lower = question.toLowerCase().replace(/[’‘]/g, "'");
  const words = [...lower.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)];
  for (let i = 0; i < words.length; i++) {
    const match = words[i];
    if (!match) continue;
    const word = match[0];
    const before = words[i - 1]?.[0];
    const after = words[i + 1]?.[0];
    const pointing =
      (personalPronouns.has(word) && !(word === "it" && impersonalIt.test(lower))) ||
      ((word === "this" || word === "these" || word === "those") &&
        !(after && timeWords.has(after))) ||
      (word === "that" && (before === undefined || beforePronounThat.has(before)));
    if (pointing)
      return { word: question.slice(match.index, match.index + word.length), index: match.index };
  }
  return null;
}

const personalPronouns = new Set([
  "it",
  "its",
  "they",
  "them",
  "their",
  "theirs",
  "he",
  "she",
  "him",
  "his",
  "her",
  "hers",
]);

/** "is it true that…", "it is said that…": an "it" that stands for nothing said earlier. */
const impersonalIt =
  /\bis it (true|the case|possible|likely|right|correct|fair|clear|known|worth)\b.*\bthat\b|\bit (is|was|'s|has been|seems|looks|appears) (said|reported|claimed|thought|expected|likely|clear|unclear|true|possible|important|worth)\b/;

/** "this year" is the present, not something said earlier. */
const timeWords = new Set([
  "year",
  "years",
  "month",
  "months",
  "week",
  "weeks",
  "time",
  "morning",
  "afternoon",
  "evening",
]);

/**
 * Words after which "that" is a pronoun ("is *that* true", "where does *that* come from"); after
 * a noun or a verb of saying it joins clauses ("the fund that…", "it says that…").
 */
const beforePronounThat = new Set(
  "is was are were 's does did do has have had will would can could should about of on from for with by to in at and but like explain mean means re regarding after before".split(
    " ",
  ),
);
