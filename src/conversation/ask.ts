// Answers a message in a conversation: a follow-up as the question it stands for, "more", sources, or a fresh question.
import { type AnswerContext, answerQuestion, decline } from "../answer.ts";
import type { Answer } from "../types.ts";
import { askedNextWithTopic, classifyMessage, rewriteFollowUp } from "./follow-up.ts";
import { nextPassage } from "./more.ts";
import { readQuestionWords } from "./reading.ts";
import { provenanceReply } from "./sources.ts";
import type { Conversation } from "./types.ts";

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
  const kind = classifyMessage(question);
  switch (kind) {
    case "command":
      return answerQuestion(context, question);
    case "thanks":
      return decline(question, "You're welcome. Ask me anything else about the STPs.", []);
    case "more": {
      const more = nextPassage(context, last.understood, conversation);
      if (more) return { ...more, question, understood: last.understood };
      const message = last.answered
        ? "That is all the documents say about it."
        : "The documents had no answer to that, so there is no more to show. Try asking it another way.";
      return { ...decline(question, message, []), understood: last.understood };
    }
    case "sources":
    case "age": {
      // Without the answer itself (a caller that kept only a summary), asking again gives it:
      // the same question over the same documents gets the same answer.
      const previous = last.answer ?? answerQuestion(context, last.understood);
      return { ...provenanceReply(kind, question, previous, now), understood: last.understood };
    }
    default:
      return answerFollowUp(context, question, conversation);
  }
}

/** A question answered as the question it stands for, or as typed when it names its own topic. */
function answerFollowUp(
  context: AnswerContext,
  question: string,
  conversation: Conversation,
): Answer {
  const read = (text: string) => readQuestionWords(context, text);
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
