// Slips that change how a question reads put right before it is read: a misspelt question word
// ("hwo many" → "how many"), a space left out ("thetransformation fund") or put in ("transfo rmation"),
// a capital on every word ("How Many Stp Areas Are There").
import { stopWords, withinOneEdit } from "../lexicon/terms.ts";

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
  return slipsPutRight(text, questionWords, knows);
}

/**
 * The words a follow-up points back with ("them", "that", "their"…): a slip in one ("who leads
 * tehm?", "is tht still true?") hides what the follow-up points at, so it is asked as a question
 * of its own about a word no document uses.
 */
const pointingWords = ["them", "they", "that", "this", "those", "these", "their", "there"];

/**
 * The text with each word one slip from a pointing word put right, as `questionWordsPutRight`
 * puts question words right: only a word nobody knows, one slip from one pointing word.
 * @example pointingWordsPutRight("who leads tehm?", () => false) // "who leads them?"
 */
export function pointingWordsPutRight(text: string, knows: (word: string) => boolean): string {
  return slipsPutRight(text, pointingWords, knows);
}

/**
 * The verbs that say how a question asks ("should" a duty, "will" what is to come, "does" a
 * yes or no): the rules read them as typed, so a slip in one ("what shold the leader do?") loses
 * what the question asks, though the topic reads it as meant.
 */
const askingVerbs = ["should", "would", "could", "must", "shall", "will", "might", "does", "have"];

/**
 * The text with each word one slip from an asking verb put right, as `questionWordsPutRight`
 * puts question words right: only a word nobody knows, one slip from one such verb.
 * @example askingVerbsPutRight("what shold the leader do?", () => false) // "what should the leader do?"
 */
export function askingVerbsPutRight(text: string, knows: (word: string) => boolean): string {
  return slipsPutRight(text, askingVerbs, knows);
}

function slipsPutRight(text: string, targets: string[], knows: (word: string) => boolean): string {
  return text.replace(/(?<![\p{L}'’])\p{L}{3,6}(?![\p{L}'’])/gu, (typed, at: number) => {
    const word = typed.toLowerCase();
    if (targets.includes(word)) return typed;
    let meant = targets.filter((target) => oneSlip(word, target));
    // Asked last: most words are no slip of a question word, and asking is the dearer test.
    if (meant.length === 0 || knows(word)) return typed;
    // "hwo" is "how" or "who" with two letters swapped: "hwo many" can only be "how".
    const next = /^\s+(\p{L}+)/u.exec(text.slice(at + typed.length))?.[1]?.toLowerCase();
    if (meant.length > 1 && meant.includes("how") && next && howWords.has(next)) meant = ["how"];
    if (meant.length !== 1) return typed;
    const [right = word] = meant;
    return typed[0] === typed[0]?.toUpperCase() ? right[0]?.toUpperCase() + right.slice(1) : right;
  });
}

/**
 * One slip of typing: two neighbouring letters swapped ("hwo"), or a letter added, dropped or
 * changed after the first, which typing keeps.
 */
function oneSlip(word: string, target: string): boolean {
  if (word[0] === target[0]) return withinOneEdit(word, target);
  return (
    word.length === target.length &&
    word[0] === target[1] &&
    word[1] === target[0] &&
    word.slice(2) === target.slice(2)
  );
}

/**
 * The text in lower case where every word of it but stop words was typed with a capital ("How
 * Many Stp Areas Are There", "Is Cornwall An Stp Area"): written so, a capital marks no name,
 * and read as one every word would be a name the answer must hold. Words in capitals ("NICE",
 * "NHS") stay, as they would in any question; so does a question of fewer than three words, or
 * one whose only capitals after the first may be names ("How many ICSs are in Wales?").
 * @example titleCaseLowered("Who Leads An Stp") // "who leads an stp"
 */
export function titleCaseLowered(text: string): string {
  const words = text.match(wordPattern) ?? [];
  const capitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
  const asWritten = words.filter(
    (word) => word.length >= 2 && !/^\p{Lu}+(?:['’]?[sS])?$/u.test(word),
  );
  const content = asWritten.filter((word) => !stopWords.has(word.toLowerCase()));
  if (asWritten.length < 3 || content.length === 0 || !content.every(capitalised)) return text;
  // "How many ICSs are in Wales?" has one name: a headline has a capital on a stop word too
  // ("Is Cornwall An Stp Area"), or on three words or more that are no stop words.
  const titled = asWritten.slice(1).filter(capitalised);
  const onStopWord = titled.some((word) => stopWords.has(word.toLowerCase()));
  if (titled.length < 2 || (!onStopWord && content.length < 3)) return text;
  return text.replace(wordPattern, (word) => (capitalised(word) ? word.toLowerCase() : word));
}

/**
 * The text in lower case where it was typed all in capitals ("WHO IS THE CHIEF EXECUTIVE OF NHS
 * ENGLAND"): shouted, no capital marks a name, and read as names every word would be one the
 * answer must hold. Fewer than three words ("NHS ENGLAND?") stay as typed.
 * @example shoutingLowered("WHAT ARE THE THREE GAPS?") // "what are the three gaps?"
 */
export function shoutingLowered(text: string): string {
  const words = (text.match(wordPattern) ?? []).filter((word) => word.length >= 2);
  if (words.length < 3 || text !== text.toUpperCase()) return text;
  return text.toLowerCase();
}

/** A word as typed, not the letters after a figure ("£1.8bn"). */
const wordPattern = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’-]*/gu;

/** Words of English the documents may not use, for `spacesPutBack`. */
export interface EnglishWords {
  /** True for a word of the dictionary ("timetable", where the documents say "timeline"). */
  has(word: string): boolean;
  /** True for a word one slip from a dictionary word ("actally" from "actually"). */
  slipOf(word: string): boolean;
}

/**
 * The text with a space put back in each word of five letters or more that two words run
 * together make ("thetransformation" → "the transformation", "howmany" → "how many"): each part a
 * stop word or a word the documents use (`isWord`: "beteen" is not "be teen") or, given `english`,
 * a word of English ("thetimetable" → "the timetable"), and the whole no word anyone knows and no
 * slip from one the documents use (`leaveAsTyped`). Of several ways to split a word, the one with
 * more parts the documents use ("what spending", not "whats pending"), then the one whose shorter
 * part is longest; none on a tie. A split that needs a word only English has is no split of a
 * slip of an English word ("actally" is not "act ally"). A word `articleRunOn` says is "a" run
 * into the next ("acouncil") splits after its "a", though it is one slip from "council".
 * @example spacesPutBack("how big is thefund", (w) => ["the", "fund"].includes(w), () => false) // "how big is the fund"
 */
export function spacesPutBack(
  text: string,
  isWord: (word: string) => boolean,
  leaveAsTyped: (word: string) => boolean,
  english?: EnglishWords,
  articleRunOn?: (word: string) => boolean,
): string {
  return text.replace(/(?<![\p{L}'’-])\p{L}{5,}(?![\p{L}'’-])/gu, (typed, at: number) => {
    // A capital past the first word marks a name ("Heathwatch"), not two words.
    if (at > 0 && /\p{Lu}/u.test(typed)) return typed;
    const word = typed.toLowerCase();
    // "acouncil" is one letter from "council", but "a" run on, not a slip to leave for later.
    const runOn = articleRunOn?.(word) ?? false;
    if (!runOn && leaveAsTyped(word)) return typed;
    // How many of a part's words the documents use: 1, or 0 for a word of English only.
    const strength = (part: string) => (isWord(part) ? 1 : english?.has(part) ? 0 : null);
    let best: { split: number; own: number; shorter: number } | null = null;
    let tie = false;
    // "acouncil boss" is "a council boss": "a" is the one word of a single letter run on.
    const first = runOn ? 1 : 2;
    for (let split = first; split <= word.length - 2; split++) {
      const left = strength(word.slice(0, split));
      const right = left === null ? null : strength(word.slice(split));
      if (left === null || right === null) continue;
      const reading = { split, own: left + right, shorter: Math.min(split, word.length - split) };
      const better =
        !best ||
        reading.own > best.own ||
        (reading.own === best.own && reading.shorter > best.shorter);
      if (better) [best, tie] = [reading, false];
      else if (best && reading.own === best.own && reading.shorter === best.shorter) tie = true;
    }
    if (!best || tie || (best.own < 2 && english?.slipOf(word))) return typed;
    return `${typed.slice(0, best.split)} ${typed.slice(best.split)}`;
  });
}

/**
 * The text with a space put back between a number and the word run into it ("the 44footprints"
 * → "the 44 footprints", "the 2015spending review"), where the word has four letters or more and
 * is one the documents use or English has (`isWord`): "10am", "3rd", "£2bn" and "5yfv" stay.
 * @example spaceAfterNumbers("the 44footprints", (w) => w === "footprints") // "the 44 footprints"
 */
export function spaceAfterNumbers(text: string, isWord: (word: string) => boolean): string {
  return text.replace(
    /(?<![\p{L}\d])(\d+(?:[.,]\d+)*)(\p{L}{4,})(?![\p{L}\d'’-])/gu,
    (typed, number: string, word: string) =>
      isWord(word.toLowerCase()) ? `${number} ${word}` : typed,
  );
}

/**
 * The text with a space put back after a possessive run into the next word ("the
 * treasury'sinvolvement" → "the treasury's involvement", "doctors'comments" → "doctors'
 * comments"), where that word is a stop word or one the documents use or English has (`isWord`)
 * and what comes before the apostrophe has two letters or more ("o'clock" stays).
 * @example spaceAfterPossessives("the fund'saims", (w) => w === "aims") // "the fund's aims"
 */
export function spaceAfterPossessives(text: string, isWord: (word: string) => boolean): string {
  return text.replace(
    /(?<![\p{L}'’])(\p{L}{2,}['’](?:s(?=\p{L}))?)(\p{L}+)(?![\p{L}'’])/gu,
    (typed, owner: string, word: string) =>
      isWord(word.toLowerCase()) ? `${owner} ${word}` : typed,
  );
}

/**
 * The text with a space put back where a capital shows a word began ("the Royal College
 * ofPhysicians" → "of Physicians", "the MCPvanguards" → "the MCP vanguards", "STPssupposed" →
 * "STPs supposed", "NHSEngland" → "NHS England"): the part before a stop word or a word the documents use or English has
 * (`isWord`), or a run of capitals (an acronym, with a plural "s"), and the part after a word of
 * four letters or more; a word anyone knows as typed (`knows`: "YouTube") stays.
 * @example spacesAtCapitals("the MCPvanguards", (w) => w === "vanguards", () => false) // "the MCP vanguards"
 */
export function spacesAtCapitals(
  text: string,
  isWord: (word: string) => boolean,
  knows: (word: string) => boolean,
): string {
  return text.replace(/(?<![\p{L}'’-])\p{L}{5,}(?![\p{L}'’-])/gu, (typed) => {
    // "ofPhysicians": a lower-case word, then a capital.
    const lower = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}{3,})$/u.exec(typed);
    // "MCPvanguards", "STPssupposed", "NHSEngland": capitals (and a plural "s"), then a word.
    const acronyms = [
      /^(\p{Lu}{2,}s)(\p{Ll}{4,})$/u.exec(typed),
      /^(\p{Lu}{2,})(\p{Ll}{4,})$/u.exec(typed),
      /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{3,})$/u.exec(typed),
    ].filter((match) => match !== null);
    // Asked only of a word a capital may split: most words are not, and asking is dearer.
    if ((!lower && acronyms.length === 0) || knows(typed.toLowerCase())) return typed;
    if (lower?.[1] && lower[2] && isWord(lower[1]) && isWord(lower[2].toLowerCase()))
      return `${lower[1]} ${lower[2]}`;
    for (const [, acronym, word] of acronyms)
      if (acronym && word && isWord(word.toLowerCase())) return `${acronym} ${word}`;
    return typed;
  });
}

/**
 * The text with the space taken out between two words that make one (`isWord`: "transfo rmation"
 * → "transformation") unless the two stand as two words (`standApart`: "health care" stays two
 * words though "healthcare" is one).
 * @example spacesTakenOut("the transfo rmation fund", (w) => w === "transformation", (a, b) => a === "the" || b === "the") // "the transformation fund"
 */
export function spacesTakenOut(
  text: string,
  isWord: (word: string) => boolean,
  standApart: (left: string, right: string) => boolean,
): string {
  // Each word with the one after it, so "the sustai nability" tries "sustai nability" too.
  return text.replace(
    /(?<![\p{L}'’-])(\p{L}+) (?=(\p{L}+)(?![\p{L}'’-]))/gu,
    (pair, a: string, b: string) => {
      const [left, right] = [a.toLowerCase(), b.toLowerCase()];
      // The joined word first: most pairs make none, and it is the cheaper test.
      return isWord(left + right) && !standApart(left, right) ? a : pair;
    },
  );
}
