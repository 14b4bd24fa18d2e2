// "The fund was unveiled by the Chancellor": which name, given before, a sentence's "the fund" stands for.

/**
 * A name of two or more capitalised words, perhaps joined by "and", "of", "for", "on" or "the":
 * "Better Care Fund", "Health and Care Act", "Secretary of State for the Home Department".
 */
const namePattern = /\b[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|on|the)\s+)*[A-Z][\w'’-]*)+/g;

/** A word of a name that only opens a sentence ("The", "A") or is not part of what is named. */
const leadingWords = /^(?:(?:The|A|An|This|These|That|Those|Its|Their|Our|In|On|At|By|From)\s+)+/;

/**
 * The names among `given` (those of the passage's earlier sentences, its heading, its
 * document's title) that `sentence` refers to by their last word after "the" ("the fund", "the
 * Act"), without naming them in full itself: what it is about, as an opening "It" is about what
 * the sentence before it named.
 */
export function definiteNames(sentence: string, given: readonly string[]): string[] {
  if (given.length === 0) return [];
  const heads = new Set(
    [...sentence.matchAll(/\bthe\s+([a-z][\w'’-]*)/gi)].map((m) => (m[1] as string).toLowerCase()),
  );
  if (heads.size === 0) return [];
  const found = new Set<string>();
  for (const name of given) {
    const head = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
    if (heads.has(head) && !sentence.includes(name)) found.add(name);
  }
  return [...found];
}

/**
 * The capitalised names of two words or more in `text`, and each one's shorter forms ending in a
 * capitalised word: "Better Care Fund and the STP" gives "Better Care Fund" too.
 */
export function namesIn(text: string): string[] {
  return [...text.matchAll(namePattern)].flatMap((m) => {
    const words = m[0].replace(leadingWords, "").split(/\s+/);
    return words.flatMap((word, i) =>
      i > 0 && /^[A-Z]/.test(word) ? [words.slice(0, i + 1).join(" ")] : [],
    );
  });
}
