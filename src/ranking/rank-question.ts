// A question → its concepts and candidate sentences, best first: slips put right, the question read, every candidate scored.
import { ablated } from "../ablation.ts";
import type { EngineOptions } from "../config.ts";
import { nearWords } from "../indexing/search-index.ts";
import { stopWords, wordTerm } from "../lexicon/terms.ts";
import {
  type Concept,
  type ConceptSources,
  readConcepts,
  respelled,
} from "../question/concepts.ts";
import { otherScriptMessage, writtenInOtherScript } from "../question/language.ts";
import { checkQuestion, classifyQuestion, type QuestionKind } from "../question/question.ts";
import {
  askingVerbsPutRight,
  type EnglishWords,
  pointingWordsPutRight,
  questionWordsPutRight,
  shoutingLowered,
  spaceAfterNumbers,
  spaceAfterPossessives,
  spacesAtCapitals,
  spacesPutBack,
  spacesTakenOut,
  titleCaseLowered,
} from "../question/question-slips.ts";
import { slipOfEnglish, swappedWord } from "../question/word-slips.ts";
import type { Answer } from "../types.ts";
import { type Candidate, type ScoringContext, scoreCandidates } from "./scoring.ts";

/** What reading and ranking a question needs: the index, the words it knows, the options. */
export interface RankingContext extends ScoringContext, ConceptSources {
  options: EngineOptions;
}

/** A question read and its candidate sentences ranked, or why it could not be used. */
export type RankedQuestion =
  | {
      concepts: Concept[];
      candidates: Candidate[];
      kinds: Set<QuestionKind>;
      others: string[];
      /** The question as read: cleaned of chat markup and manners, typos in its framing put right. */
      text: string;
      /** The message as typed, before "so far" or "right now" was read as the asker's manner. */
      typed: string;
    }
  | { problem: NonNullable<Answer["problem"]>; message: string };

/**
 * Reads a question's concepts and ranks the sentences that may answer it, best first: what
 * `answerQuestion` decides on, and what `npm run fit` fits the models on.
 */
export function rankQuestion(context: RankingContext, question: string): RankedQuestion {
  // Too long is said at once: putting slips right first would read every word of it, and a
  // 100,000-letter word is more than the typo search can hold.
  if (question.length > context.options.maxQuestionLength) {
    const checked = checkQuestion(question, context.options.maxQuestionLength);
    if (!checked.ok) return { problem: checked.problem, message: checked.message };
  }
  const knows = (word: string) => knownWord(context, word);
  const shouted = ablated("shouting") ? question : shoutingLowered(question);
  const cased = ablated("title-case") ? shouted : titleCaseLowered(shouted);
  const spaced = spacesPutRight(context, cased);
  const worded = ablated("question-word-slips") ? spaced : questionWordsPutRight(spaced, knows);
  const pointed = ablated("pointing-word-slips") ? worded : pointingWordsPutRight(worded, knows);
  const typed = ablated("asking-verb-slips") ? pointed : askingVerbsPutRight(pointed, knows);
  const checked = checkQuestion(typed, context.options.maxQuestionLength);
  if (!checked.ok) return { problem: checked.problem, message: checked.message };
  if (
    !ablated("other-scripts") &&
    writtenInOtherScript(checked.text, (word) => documentsUse(context, word))
  )
    return { problem: "not-english", message: otherScriptMessage };
  const concepts = readConcepts(checked.text, context, checked.context);
  // A slip in a word that says what is asked ("resonsible for": a duty) is read as meant.
  const text = respelled(checked.text, concepts);
  const kinds = text === checked.text ? checked.kinds : classifyQuestion(text);
  const candidates = concepts.length ? scoreCandidates(context, text, concepts, kinds) : [];
  return { concepts, candidates, kinds, others: checked.others, text, typed: question };
}

/**
 * The question with its spaces put right: a space put in a word taken out ("transfo rmation"),
 * then one left out put back ("thetransformation", "the 44footprints", "the treasury'sinvolvement",
 * "ofPhysicians"). Joining first: "organis ations" is one word, not "organ is" and a slip.
 */
function spacesPutRight(context: RankingContext, question: string): string {
  const knows = (word: string) => knownWord(context, word);
  const isWord = (word: string) => stopWords.has(word) || englishWord(context, word);
  const join = (text: string) =>
    ablated("spaces-taken-out")
      ? text
      : spacesTakenOut(
          text,
          ablated("joined-english") ? (word) => documentsUse(context, word) : isWord,
          (left, right) => standApart(context, left, right),
        );
  const split = (text: string) => {
    let out = ablated("spaces-put-back")
      ? text
      : spacesPutBack(
          text,
          (word) => stopWords.has(word) || documentsUse(context, word),
          (word) => knows(word) || nearWords(context.index, word, 1).length > 0,
          ablated("dictionary-parts") ? undefined : englishWords(context),
          (word) => !knows(word) && articleRunOn(context, word),
        );
    if (!ablated("number-spaces"))
      out = spaceAfterNumbers(out, (word) => englishWord(context, word));
    if (!ablated("possessive-spaces")) out = spaceAfterPossessives(out, isWord);
    if (!ablated("capital-spaces")) out = spacesAtCapitals(out, isWord, knows);
    return out;
  };
  return ablated("joins-first") ? join(split(question)) : split(join(question));
}

/**
 * "acouncil": "a" run into a word the documents use. Not "aeras", which is "areas" with two
 * letters swapped before it is "a" and "eras".
 */
function articleRunOn(context: RankingContext, word: string): boolean {
  return (
    !ablated("article-parts") &&
    word.startsWith("a") &&
    documentsUse(context, word.slice(1)) &&
    !swappedWord(context.index, word, context.lexicon.english)
  );
}

/**
 * True when two typed words stand as two: both are words someone knows, and either one is a
 * stop word ("a round" is not "around") or the documents use both ("health care", though they
 * write "healthcare" too). "Quest ions" and "dead line" are read as one word the documents use:
 * they never say "quest" or "ions".
 */
function standApart(context: RankingContext, left: string, right: string): boolean {
  if (!knownWord(context, left) || !knownWord(context, right)) return false;
  if (ablated("unused-parts") || stopWords.has(left) || stopWords.has(right)) return true;
  return documentsUse(context, left) && documentsUse(context, right);
}

/** True for a word the documents use, or a dictionary word of four letters or more. */
function englishWord(context: RankingContext, word: string): boolean {
  return documentsUse(context, word) || dictionaryWord(context, word);
}

/** True for a dictionary word of four letters or more: a shorter part may be a slip's. */
function dictionaryWord(context: RankingContext, word: string): boolean {
  return word.length >= 4 && !!context.lexicon.dictionary?.has(word);
}

/** The dictionary's words and their slips, for reading two words run together. */
function englishWords(context: RankingContext): EnglishWords {
  return {
    has: (word) => dictionaryWord(context, word),
    slipOf: (word) => slipOfEnglish(word, context.lexicon),
  };
}

/**
 * True for a word the documents use as written, or a word of the dictionary in a form they use
 * ("kings" where they write "King's"); not a stem alone ("eing" is no word, though "e" is a term).
 */
function documentsUse(context: RankingContext, word: string): boolean {
  if (context.index.words.has(word)) return true;
  const term = wordTerm(word);
  return (
    !!term && !!context.lexicon.dictionary?.has(word) && context.index.documentFrequency.has(term)
  );
}

/** True for a word the dictionary, WordNet or the documents know, or a stop word ("wat"). */
export function knownWord(context: RankingContext, word: string): boolean {
  if (stopWords.has(word) || context.index.words.has(word)) return true;
  const term = wordTerm(word);
  if (term && (context.index.documentFrequency.has(term) || context.lexicon.english.has(term)))
    return true;
  // Last: the dictionary is searched by halves (`SortedWords`), dearer than a Set's lookup.
  return !!context.lexicon.dictionary?.has(word);
}
