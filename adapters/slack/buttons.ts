// The buttons under an answer and what their `value` carries, so a click can be traced to its answer.
import { trimQuote } from "../../src/answer/render.ts";
import { slackLimits } from "./mrkdwn.ts";

/** `action_id`s, so the app can route clicks. */
export const actionIds = {
  voteUp: "stp_vote_up",
  voteDown: "stp_vote_down",
  post: "stp_post",
} as const;

/** What a button remembers about the answer it sits under. */
export interface ButtonValue {
  /** Key of the answer in the app's recent-answers memory. */
  id: string;
  /**
   * The question, so the answer can be asked again once the memory has forgotten it (after a
   * restart): the engine gives the same answer to the same question over the same documents.
   */
  question: string;
}

/**
 * Packs a ButtonValue into Slack's 2,000-character `value`, shortening a very long question
 * rather than failing.
 */
export function encodeButtonValue(value: ButtonValue): string {
  let budget = value.question.length;
  for (;;) {
    const encoded = JSON.stringify({ id: value.id, q: trimQuote(value.question, budget) });
    if (encoded.length <= slackLimits.buttonValue || budget < 1) return encoded;
    // Shrink in proportion to the overshoot: JSON escapes some characters into several.
    budget = Math.min(budget - 1, Math.floor((budget * slackLimits.buttonValue) / encoded.length));
  }
}

/** Reads a value made by encodeButtonValue; null for anything else (an old or foreign button). */
export function decodeButtonValue(value: string | undefined): ButtonValue | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === "object" && "id" in parsed && "q" in parsed) {
      const { id, q } = parsed;
      if (typeof id === "string" && typeof q === "string") return { id, question: q };
    }
  } catch {
    // Not ours: fall through.
  }
  return null;
}
