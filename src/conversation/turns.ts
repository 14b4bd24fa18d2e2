// Turns from answers, and a conversation kept short: what an adapter needs to remember between messages.

import { citedBy } from "../answer/citations.ts";
import { setBounded } from "../bounded-map.ts";
import type { Answer } from "../types.ts";
import type { CitedPassage, Conversation, Turn } from "./types.ts";

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
    cited: citedBy(answer).map(({ source, line }) => citedPassage(source, line)),
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

/**
 * One shared object per cited passage: thousands of kept turns cite the same few passages, and
 * an object each would be a third of a kept turn's memory. Shared, so never changed.
 */
function citedPassage(source: string, line: number): CitedPassage {
  const key = `${line}\u0000${source}`;
  let cited = citedPassages.get(key);
  if (!cited) {
    cited = Object.freeze({ source, line });
    setBounded(citedPassages, key, cited, maxCitedPassages, "all");
  }
  return cited;
}

const citedPassages = new Map<string, CitedPassage>();
/** Enough for every passage cited in a busy day; past it the cache starts again. */
const maxCitedPassages = 20_000;
