// What one logged question and one vote hold, and how an Answer becomes them: redacted before anything is stored, with no user, channel or server named.

import { citedBy } from "../answer/citations.ts";
import { classifyMessage } from "../conversation/follow-up.ts";
import { clipText, normaliseSpace } from "../documents/passages.ts";
import type { Topic } from "../question/topics.ts";
import type { Answer, AnswerScores } from "../types.ts";
import { redact, redactionLabels } from "./redact.ts";

/** Where a question came from. */
export type Platform = "slack" | "discord" | "terminal" | "web";

/**
 * How it was asked: in a `channel` (a mention), a `thread` (a reply, or a mention inside a
 * thread), a `dm`, a `slash` command, the terminal `chat`, `npm run ask -- --log` (`ask`), or
 * on the web: the question `page`, the `embed`ded page, or the JSON `api`.
 */
export type Place =
  | "channel"
  | "thread"
  | "dm"
  | "slash"
  | "chat"
  | "ask"
  | "page"
  | "embed"
  | "api";

/**
 * What the message asked for: a `question` (asked on its own or naming its own topic), a
 * `follow-up` answered as the question it stands for, or `more`, `sources`, `age` in a
 * conversation ("tell me more", "where does that come from?", "is that still true?").
 */
export type EntryKind = "question" | "follow-up" | "more" | "sources" | "age";

export type Vote = "up" | "down";

/** A passage an answer cited, by where it is. */
export interface CitedSource {
  /** The document, as in a Citation: the content file's source name. */
  source: string;
  section: string | null;
  line: number;
}

/** One question as stored. */
export interface QuestionRecord {
  id: string;
  askedAt: Date;
  platform: Platform;
  place: Place;
  kind: EntryKind;
  /** The question as typed, redacted, white space collapsed, at most `maxStoredLength` characters. */
  question: string;
  /** For a follow-up, the question it was answered as, redacted; null otherwise. */
  understood: string | null;
  answered: boolean;
  /** Why it was not looked up at all ("empty", "too-long", "no-words", "not-english", "small-talk"); null when it was. */
  problem: string | null;
  /** The engine's decision numbers; null when there were none (see Answer.scores). */
  scores: AnswerScores | null;
  /** What it is about, read from the redacted text (see `readTopics`). */
  topics: Topic[];
  /** Every passage the answer came from, in order (citation 1 first; not its "see also" passages). */
  citations: CitedSource[];
}

/** One 👍 or 👎 as stored, with what it judged, so it reads on its own after the question expires. */
export interface VoteRecord {
  id: string;
  votedAt: Date;
  platform: Platform;
  /** The question record of the answer judged; null when it is not known (asked before a restart, or imported). */
  questionId: string | null;
  vote: Vote;
  question: string;
  understood: string | null;
  answered: boolean;
  /** The answer judged: the documents' own words ("" for a decline or an imported vote). */
  answer: string;
  /** The passages it came from, with the quote shown (not its "see also" passages). */
  citations: (CitedSource & { quote: string })[];
  /** "bot" for a vote cast on a button, "feedback.jsonl" for one imported from the old log. */
  origin: "bot" | "feedback.jsonl";
}

/** Where and how an answer was given. */
export interface AskedWhere {
  platform: Platform;
  place: Place;
  /** True when it was answered after earlier turns of a conversation. [default: false] */
  followUp?: boolean;
}

/** Longest question stored; the engine refuses longer ones anyway (2,000 characters). */
export const maxStoredLength = 2000;

/**
 * The record for `answer`, redacted; null for a message that asks nothing ("thanks").
 * @param readTopics the engine's reading of what a question is about; without it, none are kept.
 */
export function questionRecord(
  answer: Answer,
  where: AskedWhere,
  id: string,
  askedAt: Date,
  readTopics?: (question: string) => Topic[],
): QuestionRecord | null {
  const kind = entryKind(answer, where.followUp ?? false);
  if (!kind) return null;
  const question = clip(redact(answer.question));
  const understood = answer.understood ? clip(redact(answer.understood)) : null;
  return {
    id,
    askedAt,
    platform: where.platform,
    place: where.place,
    kind,
    question,
    understood,
    answered: answer.answered,
    problem: answer.problem ?? null,
    scores: answer.scores ?? null,
    topics: answer.problem || !readTopics ? [] : readTopics(withoutLabels(understood ?? question)),
    citations: citedBy(answer).map(({ source, section, line }) => ({ source, section, line })),
  };
}

/** The record of a vote on `answer`, redacted like its question. */
export function voteRecord(
  answer: Answer,
  vote: Vote,
  platform: Platform,
  id: string,
  votedAt: Date,
  questionId: string | null,
): VoteRecord {
  return {
    id,
    votedAt,
    platform,
    questionId,
    vote,
    question: clip(redact(answer.question)),
    understood: answer.understood ? clip(redact(answer.understood)) : null,
    answered: answer.answered,
    answer: answer.answer,
    citations: citedBy(answer).map(({ source, section, line, quote }) => ({
      source,
      section,
      line,
      quote,
    })),
    origin: "bot",
  };
}

/** Reads what a message asked for; null for "thanks" or "bye", which ask nothing and are not kept. */
function entryKind(answer: Answer, followUp: boolean): EntryKind | null {
  const message = classifyMessage(answer.question);
  if (message === "thanks" || message === "goodbye") return null;
  if (!followUp) return "question";
  // "When was it published?" is asked of the documents first: a reply looked up as a question
  // carries the decision's scores, one about the last answer's sources does not.
  if (message === "age" && answer.scores) return "follow-up";
  if (message === "more" || message === "sources" || message === "age") return message;
  return answer.understood ? "follow-up" : "question";
}

/** White space collapsed (a pasted line break is a space), then cut to `maxStoredLength`. */
function clip(text: string): string {
  return clipText(normaliseSpace(text), maxStoredLength);
}

const labels = new RegExp(
  Object.values(redactionLabels)
    .map((label) => label.replace(/[[\]]/g, "\\$&"))
    .join("|"),
  "g",
);

/** The text without redaction labels, so "[email]" is not read as a question about e-mail. */
function withoutLabels(text: string): string {
  return text.replace(labels, " ");
}
