// Turns from answers, and a conversation kept short: what an adapter needs to remember between messages.
import type { Answer } from "../types.ts";
import type { Conversation, Turn } from "./types.ts";

/** Turns kept per conversation: enough for "and them?" after a few exchanges, little memory. */
export const maxTurns = 5;

/**
 * The turn to remember after answering `question` with `answer`.
 * @example turns = rememberTurn(turns, toTurn(text, engine.ask(text, turns)))
 */
export function toTurn(question: string, answer: Answer): Turn {
  return {
    question,
    understood: answer.understood ?? question,
    answered: answer.answered,
    cited: answer.citations.map(({ source, line }) => ({ source, line })),
    answer,
  };
}

/**
 * `conversation` with `turn` added, keeping the last `keep` turns. Earlier turns lose their
 * full answer: only the latest one's quotes are ever shown again, and the quotes are most of a
 * turn's memory.
 */
export function rememberTurn(conversation: Conversation, turn: Turn, keep = maxTurns): Turn[] {
  const earlier = conversation
    .slice(Math.max(0, conversation.length - keep + 1))
    .map(withoutAnswer);
  return keep > 0 ? [...earlier, turn] : [];
}

function withoutAnswer(turn: Turn): Turn {
  if (!turn.answer) return turn;
  const { answer: _answer, ...rest } = turn;
  return rest;
}
