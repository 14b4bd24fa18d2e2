// Answers a message in a conversation: a follow-up as the question it stands for, "more", sources, or a fresh question.
import { ablated } from "../ablation.ts";
import { type AnswerContext, answerQuestion, decline } from "../answer/answer.ts";
import type { Answer } from "../types.ts";
import {
  askedAboutLastAnswer,
  askedNextWithTopic,
  classifyMessage,
  rewriteFollowUp,
} from "./follow-up.ts";
import { nextPassage } from "./more.ts";
import {
  followUpAsAsked,
  goodbyeMessage,
  knownWord,
  pointingWordsPutRight,
  readQuestionWords,
  showsEveryTopic,
} from "./reading.ts";
import { type ProvenanceKind, provenanceReply } from "./sources.ts";
import type { Conversation, Turn } from "./types.ts";

/**
 * Answers `question` after the earlier turns of `conversation`. With no earlier turns, or for a
 * question that names its own topic, the answer is exactly `answerQuestion`'s. A follow-up's
 * Answer says in `understood` what it was answered as, which the next turn builds on.
 *
 * @param now the date "is that still true?" counts the sources' age to.
 * @example askInConversation(context, "who leads them?", [toTurn("what is an stp", answer)])
 */
export function askInConversation(
  context: AnswerContext,
  question: string,
  conversation: Conversation,
  now: Date = new Date(),
): Answer {
  // "thanks" between an answer and "where does that come from?" does not come between them.
  const last = conversation.findLast((turn) => classifyMessage(turn.question) !== "thanks");
  if (!last) return answerQuestion(context, question);
  // "ok cool, who leads them?", "do you know who leads them?" and "who leads tehm?" ask what
  // "who leads them?" asks, after the same answer; the reply keeps the message as typed.
  const read = followUpAsAsked(question);
  const asked = ablated("pointing-word-slips")
    ? read
    : pointingWordsPutRight(read, (word) => knownWord(context, word));
  const answer = answerAfter(context, asked, conversation, last, now);
  return asked === question ? answer : { ...answer, question };
}

/** A follow-up, read as asked, answered after `last`, the latest turn that was not thanks. */
function answerAfter(
  context: AnswerContext,
  question: string,
  conversation: Conversation,
  last: Turn,
  now: Date,
): Answer {
  const kind = classifyMessage(question);
  switch (kind) {
    case "command":
      return answerQuestion(context, question);
    case "thanks":
      return decline(
        question,
        "You're welcome. Ask me anything else about the STPs.",
        [],
        "small-talk",
      );
    case "goodbye":
      return decline(question, goodbyeMessage, [], "small-talk");
    case "more": {
      const more = nextPassage(context, last.understood, conversation);
      if (more) return { ...more, question, understood: last.understood };
      const message = last.answered
        ? "That is all the documents say about it."
        : "The documents had no answer to that, so there is no more to show. Try asking it another way.";
      return { ...decline(question, message, []), understood: last.understood };
    }
    case "age":
      // "When was it published?" may ask about the thing asked about ("the Forward View") or
      // about the last answer's source. "It" usually stands for the thing asked about, so the
      // documents are asked first. Only an answer that names every topic carried from before
      // will do ("…the Five Year Forward View published in October 2014"): after "how big is
      // the fund?", a sentence on when something else was published is no answer, and the
      // question was about the source.
      if (publishedPattern.test(question)) {
        const asked = answerFollowUp(context, question, conversation);
        if (
          asked.answered &&
          asked.understood &&
          showsEveryTopic(context, asked.understood, asked.answer)
        )
          return asked;
      }
      return aboutLastAnswer(context, "age", question, last, now);
    case "sources":
      return aboutLastAnswer(context, "sources", question, last, now);
    default:
      return answerFollowUp(context, question, conversation);
  }
}

/** The last answer's sources, or their age, as a reply that keeps the last turn's topic. */
function aboutLastAnswer(
  context: AnswerContext,
  kind: ProvenanceKind,
  question: string,
  last: Turn,
  now: Date,
): Answer {
  // Without the answer itself (a caller that kept only a summary), asking again gives it:
  // the same question over the same documents gets the same answer.
  const previous = last.answer ?? answerQuestion(context, last.understood);
  return { ...provenanceReply(kind, question, previous, now), understood: last.understood };
}

const publishedPattern = /\bwhen was it (written|published)\b/i;

/** A question answered as the question it stands for, or as typed when it names its own topic. */
function answerFollowUp(
  context: AnswerContext,
  question: string,
  conversation: Conversation,
): Answer {
  const read = (text: string) => readQuestionWords(context, text);
  // A caller that kept only a summary of the last turn gets its answer made again, as it was:
  // what "that" stands for, and what has been shown, are read from it.
  const aboutAnswer = askedAboutLastAnswer(
    question,
    conversation,
    read,
    (turn) => turn.answer ?? answerQuestion(context, turn.understood),
  );
  if (aboutAnswer) {
    const last = conversation.at(-1) as Turn;
    const shown = [...conversation.slice(0, -1), { ...last, answer: aboutAnswer.lastAnswer }];
    const next = nextPassage(context, aboutAnswer.question, shown);
    if (next) return { ...next, question, understood: aboutAnswer.question };
  }
  const rewritten = rewriteFollowUp(question, conversation, read);
  if (rewritten === null) {
    const fresh = answerQuestion(context, question);
    if (fresh.answered) return fresh;
    const told = askedNextWithTopic(question, conversation, read);
    const carried = told === null ? null : answerQuestion(context, told);
    return carried?.answered ? { ...carried, question, understood: told ?? question } : fresh;
  }
  return { ...answerQuestion(context, rewritten), question, understood: rewritten };
}
