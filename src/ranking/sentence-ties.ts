// How a quoted sentence leans on its neighbours: what makes sense only after the sentence before, and what goes on from it.
import { ablated } from "../ablation.ts";
import { nextInSameItem } from "../documents/passages.ts";
import type { Passage } from "../types.ts";

/**
 * A sentence that opens by pointing back ("This fund…", "They…", "Both…", "He…") makes sense only
 * after the sentence before it.
 */
export function pointsBack(sentence: string): boolean {
  return (
    /^(this|these|that|those|it|they|such|both)\b/i.test(sentence) ||
    // "He suggested that receipts could exceed £5 billion" after the sentence naming Naylor.
    (!ablated("he-she") && /^(he|she)\b/i.test(sentence)) ||
    (!ablated("inner-pronouns") && openingPhraseThenPronoun.test(sentence))
  );
}

/**
 * "In some areas it is co-chaired by HEE…", "At first it was called…", "Where decisions are made
 * jointly, it can…": a short opening phrase (four words, or six before a comma), then a pronoun
 * as the subject. Not "In 2019 NHS England said it would…", whose "it" is named in the sentence.
 */
const openingPhraseThenPronoun =
  /^(?:in|at|on|by|from|after|before|since|until|under|underneath|later|then|now|so|but|and|yet|however|also|still|instead|meanwhile|where|when|like|once|today|initially|originally|eventually|ultimately)\b(?:(?:\s+[\w'’-]+){0,3}|(?:\s+[\w'’-]+){0,5},(?:\s+(?:but|and|yet))?)\s+(?:it|they|he|she)\s+[a-z]/i;

/**
 * A sentence that says what the thing named before means, not at its start: "Beverley Bryant,
 * NHS England's director of digital technology, said it meant frontline staff working digitally"
 * (after "The shorthand for the goal became paper-free at the point of care.").
 */
export function saysWhatItMeant(sentence: string): boolean {
  if (ablated("it-means")) return false;
  return /\b(?:it|this)\s+(?:would\s+|will\s+)?(?:meant|means|mean)\b/i.test(sentence);
}

/**
 * The sentence quoted with sentence `i` of a passage whatever was asked, or null: the one before,
 * when it opens by pointing back ("It raises £40 million…"), or the one after, when it is short
 * and announces what follows ("Two major challenges face STPs."), so long as the two fit in a
 * quote and the one after is not the label opening the next item of a list.
 */
export function quotedNeighbour(
  passage: Pick<Passage, "sentences" | "itemStarts">,
  i: number,
  refersBack: boolean,
): number | null {
  const { sentences } = passage;
  const text = sentences[i] ?? "";
  const previous = sentences[i - 1];
  if (previous && refersBack && previous.length + text.length <= 360) return i - 1;
  const next = sentences[i + 1];
  if (
    next &&
    text.length < 60 &&
    next.length + text.length <= 360 &&
    !opensNextItem(passage, i + 1)
  )
    return i + 1;
  return null;
}

/**
 * Whether sentence `j` is the run-in label that opens another item of a list ("…than the year
 * before." then "Providers. The aggregate deficit…"): no part of an answer that ends before it.
 */
export function opensNextItem(
  passage: Pick<Passage, "sentences" | "itemStarts">,
  j: number,
): boolean {
  const sentence = passage.sentences[j];
  return (
    sentence !== undefined &&
    !ablated("next-item-labels") &&
    j > 0 &&
    !nextInSameItem(passage, j - 1) &&
    isRunInLabel(sentence)
  );
}

/** A sentence of one to four words in capitals ending in a full stop or colon: "Health scrutiny." */
export function isRunInLabel(sentence: string): boolean {
  return runInLabel.test(sentence);
}

const runInLabel = /^\p{Lu}[\p{L}’'&-]*(?:\s+[\p{L}’'&-]+){0,3}[.:]$/u;

/**
 * A sentence that goes on from the one before: an example ("For example, …"), the start of a
 * list ("These include…", "First, …"), or one that points back.
 */
export function carriesOn(sentence: string): boolean {
  return (
    pointsBack(sentence) ||
    /^(?:(?:for example|for instance|in particular|firstly|these include)\b|first,)/i.test(sentence)
  );
}

/**
 * The sentence a paragraph's opening leans on when that sentence ended the paragraph before:
 * "This fund will hold £1.8 billion…" names its fund in the last sentence above it ("…is the new
 * Sustainability and Transformation Fund."). Null when the opening stands on its own, when the
 * paragraph before is in another document or section, or is a list or table, or when its last
 * sentence points back too.
 */
export function antecedentAbove(passages: readonly Passage[], passage: Passage): string | null {
  const opening = passage.sentences[0] ?? "";
  if (!pointsBack(opening) || impersonalIt.test(opening)) return null;
  const above = passages[passage.id - 1];
  if (!above || above.doc !== passage.doc || above.section !== passage.section) return null;
  if (above.list || above.table) return null;
  const last = above.sentences[above.sentences.length - 1] ?? "";
  // One that leans on what came before it in turn ("These gaps…") names nothing itself.
  if (pointsBack(last)) return null;
  return /[.!]["'”’)]*$/.test(last) ? last : null;
}

/** "It is no longer credible for the government to argue…": an "it" standing for nothing above. */
const impersonalIt =
  /^It(?:'s| is| was| seems| appears| would be| will be)\b[^.;]{0,80}\b(?:to|that)\b/;
