// What the web page replies to one typed question: help, sources, a definition, or the engine's Answer, and the conversation to carry on with.
import {
  type Answer,
  citedBy,
  classifyMessage,
  type Engine,
  type GlossaryEntry,
  rememberTurn,
  type Turn,
  toTurn,
} from "../../src/index.ts";
import { parseStpCommand } from "../shared/chat-command.ts";
import {
  type ConversationKey,
  decodeConversation,
  encodeConversation,
  isStateError,
  processConversationKey,
} from "./conversation-state.ts";

/** The reply itself: what the page shows under the question box. */
export type WebReply =
  | { kind: "help" }
  | { kind: "sources" }
  | { kind: "define"; term: string; entry: GlossaryEntry | null }
  /** "new": the earlier questions are forgotten. */
  | { kind: "new" }
  | { kind: "answer"; answer: Answer };

/** One question and its reply, with the conversation as it stands after it. */
export interface WebExchange {
  question: string;
  reply: WebReply;
  /** The state the page carries to the next question ("" for none). */
  conversation: string;
  /** The questions asked before this one in the conversation, oldest first. */
  earlier: string[];
  /** Why the state that came back could not be read (the question was then answered on its own). */
  stateProblem: string | null;
}

/**
 * Replies to `question` after the conversation carried in `state` (from the page's hidden field).
 * Commands are read as in chat: `help`, `sources`, `define X`, and `new` to start over; anything
 * else goes to the engine, as does `define X` for an X not in the glossary, asked as "what is
 * X?". Unreadable state is not an error for the page: the question is answered on its own and
 * `stateProblem` says why.
 *
 * @example replyToQuestion(engine, "who leads them?", exchange.conversation).reply.answer.understood
 */
export function replyToQuestion(
  engine: Engine,
  question: string,
  state: string,
  key: ConversationKey = processConversationKey,
): WebExchange {
  const decoded = decodeConversation(state, engine.options.maxQuestionLength, key);
  const stateProblem = isStateError(decoded) ? decoded.error : null;
  const turns = isStateError(decoded) ? [] : decoded;
  const earlier = turns.map((turn) => turn.question);
  const unchanged = {
    question,
    conversation: encodeConversation(turns, key),
    earlier,
    stateProblem,
  };
  // An empty box is the engine's to answer ("Please type a question"), not a request for help.
  const command = question.trim() ? parseStpCommand(question, engine) : null;
  if (command?.kind === "new")
    return { question, reply: { kind: "new" }, conversation: "", earlier: [], stateProblem };
  if (command?.kind === "help" || command?.kind === "sources")
    return { ...unchanged, reply: { kind: command.kind } };
  if (command?.kind === "define") {
    const { term } = command;
    const reply = { kind: "define", term, entry: term ? engine.define(term) : null } as const;
    return { ...unchanged, reply };
  }
  const asked = command?.kind === "ask" ? command.question : question;
  const { answer, conversation } = answerInConversation(engine, asked, turns, key);
  return { ...unchanged, reply: { kind: "answer", answer }, conversation };
}

/**
 * The engine's answer to `question` after `turns`, and the state to carry on with: what the
 * page and `/api/ask` both do once commands are set aside.
 */
export function answerInConversation(
  engine: Engine,
  question: string,
  turns: Turn[],
  key: ConversationKey = processConversationKey,
): { answer: Answer; conversation: string } {
  const answer = askWithTurns(engine, question, turns);
  // A question that could not be looked up (empty, too long) is not part of the conversation.
  const next = answer.problem ? turns : rememberTurn(turns, toTurn(question, answer));
  return { answer, conversation: encodeConversation(next, key) };
}

/**
 * `engine.ask` after `turns` carried without their answers. "Tell me more", "where does that come
 * from?" and "is that still true?" read the last answer itself, so for those it is made again
 * first, as it was made then: the same messages over the same documents give the same answers.
 * Each one remade is checked by the passages it cites; where one no longer matches (the
 * documents changed since), the engine reads the turns without it.
 */
export function askWithTurns(engine: Engine, question: string, turns: Turn[]): Answer {
  if (turns.length === 0) return engine.ask(question);
  const kind = classifyMessage(question);
  if (kind !== "more" && kind !== "sources" && kind !== "age") return engine.ask(question, turns);
  return engine.ask(question, withLastAnswer(engine, turns));
}

/** `turns` with the answer of the last one that is not a "thanks" made again, when that gives what was shown. */
function withLastAnswer(engine: Engine, turns: Turn[]): Turn[] {
  const index = turns.findLastIndex((turn) => classifyMessage(turn.question) !== "thanks");
  const last = turns[index];
  if (!last) return turns;
  const kind = classifyMessage(last.question);
  const fromTurnsBefore = () =>
    engine.ask(last.question, withLastAnswer(engine, turns.slice(0, index)));
  const citesAsShown = (again: Answer) =>
    citedBy(again).length === last.cited.length &&
    citedBy(again).every(
      (c, i) => c.source === last.cited[i]?.source && c.line === last.cited[i]?.line,
    );
  // A question is answered as what it was understood as; "more" and the rest were answered
  // from the turns before them, made again the same way (five turns at most, so five asks). So
  // was a question about the answer before it ("whats the point of that?"), answered with a
  // passage not shown before: asked as understood, it gives the one shown.
  let again =
    kind === "more" || kind === "sources" || kind === "age"
      ? fromTurnsBefore()
      : engine.ask(last.understood);
  if (!citesAsShown(again) && kind === "question") again = fromTurnsBefore();
  if (!citesAsShown(again)) return turns;
  const answer: Answer = { ...again, question: last.question };
  if (last.understood !== last.question) answer.understood = last.understood;
  return turns.with(index, { ...last, answer });
}
