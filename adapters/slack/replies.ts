// What the bot says to each request, and the recent answers its buttons point back to.
import { randomUUID } from "node:crypto";
import type { Engine } from "../../src/engine.ts";
import { classifyMessage, type Turn } from "../../src/index.ts";
import type { Answer } from "../../src/types.ts";
import { newConversationText, parseStpCommand } from "../shared/chat-command.ts";
import {
  answerMessage,
  definitionMessage,
  helpMessage,
  noteMessage,
  type SlackMessage,
  sourcesMessage,
} from "./blocks.ts";
import { decodeButtonValue, encodeButtonValue } from "./buttons.ts";
import { RecentMap } from "./recent.ts";

/** Options for a Replier's replies. */
export interface ReplyOptions {
  /** Adds a "Post to channel" button (the private /stp answer). [default: false] */
  offerPost?: boolean;
  /** Slack user id of the asker, shown above an answer posted on their behalf. */
  askedBy?: string;
}

export interface Replier {
  /** The reply to a mention, a DM or `/stp` text: help, sources, a definition, or an answer. */
  replyTo(text: string, options?: ReplyOptions): SlackMessage;
  /**
   * The reply to a message in a conversation (or, with no `turns`, on its own): help, sources
   * and define as ever, a question answered after the earlier `turns` ("define <term>" for a
   * term not in the glossary is the question "what is <term>?"). `answer` is the Answer given,
   * to add to the turns (under `answer.question`, what was asked) and the question log; null
   * for a command. `startsAfresh` is
   * true for `new`: the caller forgets the turns before it.
   */
  converse(
    text: string,
    turns: Turn[],
    options?: ReplyOptions,
  ): { message: SlackMessage; answer: Answer | null; startsAfresh?: true };
  /** `answer` as a message with buttons of its own, e.g. when posted to the channel. */
  replyWith(answer: Answer, options?: ReplyOptions): SlackMessage;
  /** The answer a button sits under; null for a value this bot did not make. */
  answerForButton(value: string | undefined): Answer | null;
}

/**
 * Answers remembered for their buttons. Older ones are asked again from the question the button
 * carries: the engine gives the same answer to the same question over the same documents.
 */
export const defaultAnswerMemory = 1000;

/**
 * Builds the replies from `engine`: the adapter adds no answering logic of its own.
 *
 * @example createReplier(engine).replyTo("define CCG").text // "CCG: clinical commissioning group…"
 */
export function createReplier(engine: Engine, memory = defaultAnswerMemory): Replier {
  const answers = new RecentMap<Answer>(memory);

  function replyWith(answer: Answer, options: ReplyOptions = {}): SlackMessage {
    const id = randomUUID();
    answers.set(id, answer);
    // After a restart (or on another replica) the button asks this again: for a follow-up, the
    // question it stood for. "Tell me more" and "where does that come from?" asked again alone
    // are other answers, so their buttons carry no question and then ask for the question again.
    const again = reaskable(answer) ? (answer.understood ?? answer.question) : "";
    const buttonValue = encodeButtonValue({ id, question: again });
    return answerMessage(answer, { buttonValue, ...options });
  }

  function converse(text: string, turns: Turn[], options?: ReplyOptions) {
    const command = parseStpCommand(text, engine);
    if (command.kind === "help") return { message: helpMessage(engine), answer: null };
    if (command.kind === "sources")
      return { message: sourcesMessage(engine.documents), answer: null };
    if (command.kind === "new")
      return {
        message: noteMessage(newConversationText),
        answer: null,
        startsAfresh: true as const,
      };
    if (command.kind === "define") {
      const message = command.term
        ? definitionMessage(command.term, engine.define(command.term))
        : noteMessage("Say which acronym, for example: /stp define CCG");
      return { message, answer: null };
    }
    const answer = engine.ask(command.question, turns);
    return { message: replyWith(answer, options), answer };
  }

  return {
    replyTo: (text, options) => converse(text, [], options).message,
    converse,
    replyWith,
    answerForButton(value) {
      const decoded = decodeButtonValue(value);
      if (!decoded) return null;
      const kept = answers.get(decoded.id);
      if (kept) return kept;
      return decoded.question ? engine.ask(decoded.question) : null;
    },
  };
}

/** Whether asking the answer's question again, alone, gives this answer back. */
function reaskable(answer: Answer): boolean {
  const kind = classifyMessage(answer.question);
  return kind !== "more" && kind !== "sources" && kind !== "age";
}
