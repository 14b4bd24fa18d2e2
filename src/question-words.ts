// A misspelt question word put right ("hwo many" → "how many"), so the question's form is read.

/**
 * The words that say what kind of answer a question wants (`classifyQuestion` reads them): a
 * slip in one of them loses the kind, so "hwo many" no longer asks for a count.
 */
const questionWords = [
  "how",
  "what",
  "when",
  "where",
  "which",
  "who",
  "whose",
  "why",
  "many",
  "much",
  "long",
  "often",
];

/** The words that follow "how" and no other question word ("how many", "how long"). */
const howWords = new Set(["many", "much", "long", "often", "big", "large", "far", "soon", "come"]);

/**
 * The text with each word that is one slip from a question word put right, where the word is
 * no word anyone knows (`knows`: the dictionary, WordNet or the documents) and is one slip from
 * only one question word: two letters swapped anywhere ("hwo"), or a letter added, dropped or
 * changed after the first ("whta" is swapped, "wat" dropped). A word before an apostrophe is part
 * of a contraction ("hasn't"), not a slip.
 * @example questionWordsPutRight("hwo many areas are there?", () => false) // "how many areas are there?"
 */
export function questionWordsPutRight(text: string, knows: (word: string) => boolean): string {
  return text.replace(/(?<![\p{L}'’])\p{L}{3,6}(?![\p{L}'’])/gu, (typed, at: number) => {
    const word = typed.toLowerCase();
    if (questionWords.includes(word) || knows(word)) return typed;
    let meant = questionWords.filter((target) => oneSlip(word, target));
    // "hwo" is "how" or "who" with two letters swapped: "hwo many" can only be "how".
    const next = /^\s+(\p{L}+)/u.exec(text.slice(at + typed.length))?.[1]?.toLowerCase();
    if (meant.length > 1 && meant.includes("how") && next && howWords.has(next)) meant = ["how"];
    if (meant.length !== 1) return typed;
    const [right = word] = meant;
    return typed[0] === typed[0]?.toUpperCase() ? right[0]?.toUpperCase() + right.slice(1) : right;
  });
}

/** Two letters swapped, or one letter after the first added, dropped or changed. */
function oneSlip(word: string, target: string): boolean {
  if (swapped(word, target)) return true;
  if (word[0] !== target[0]) return false;
  if (word.length === target.length) {
    let differences = 0;
    for (let i = 0; i < word.length; i++) if (word[i] !== target[i]) differences++;
    return differences === 1;
  }
  const [shorter, longer] = word.length < target.length ? [word, target] : [target, word];
  if (longer.length - shorter.length !== 1) return false;
  for (let i = 1; i < longer.length; i++)
    if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/** True when two neighbouring letters of `word` swapped make `target`. */
function swapped(word: string, target: string): boolean {
  if (word.length !== target.length) return false;
  for (let i = 0; i + 1 < word.length; i++)
    if (
      word[i] !== word[i + 1] &&
      word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) === target
    )
      return true;
  return false;
}
