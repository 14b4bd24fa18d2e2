// The buttons under an answer and the custom_id each carries, written and read in one place so
// the two cannot drift apart.
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { Vote } from "../../src/question-log/index.ts";

/** What a click asks for, decoded from its custom_id. */
export type ButtonAction =
  | { kind: "more"; answerId: string; offset: number }
  | { kind: "vote"; answerId: string; vote: Vote };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Options for {@link answerButtons}. */
export interface AnswerButtonsOptions {
  answerId: string;
  /** Index of the first citation "More sources" shows; null leaves the button out. */
  nextOffset: number | null;
  /** How many citations are left from `nextOffset`, for the label. */
  remaining: number;
  /** How many of those are "see also" passages rather than sources, for the label. [default: 0] */
  related?: number;
  /** Whether to offer 👍/👎. */
  votes: boolean;
}

/** "More sources (2)", or what is left of them and of the "see also" passages told apart. */
function moreLabel(remaining: number, related: number): string {
  if (related === 0) return `More sources (${remaining})`;
  if (related >= remaining) return `See also (${remaining})`;
  return `More sources (${remaining - related}) and see also (${related})`;
}

/**
 * The row under an answer: "More sources (n)" when citations remain, then 👍 and 👎.
 * Returns no row when there is nothing to click.
 */
export function answerButtons(options: AnswerButtonsOptions): ButtonRow[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (options.nextOffset !== null && options.remaining > 0) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: moreLabel(options.remaining, options.related ?? 0),
      custom_id: encodeButton({
        kind: "more",
        answerId: options.answerId,
        offset: options.nextOffset,
      }),
    });
  }
  if (options.votes) {
    for (const [vote, emoji] of [
      ["up", "👍"],
      ["down", "👎"],
    ] as const) {
      buttons.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: emoji },
        custom_id: encodeButton({ kind: "vote", answerId: options.answerId, vote }),
      });
    }
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** "stp:more:<answerId>:<offset>" or "stp:vote:<up|down>:<answerId>"; always under 100 characters. */
export function encodeButton(action: ButtonAction): string {
  return action.kind === "more"
    ? `stp:more:${action.answerId}:${action.offset}`
    : `stp:vote:${action.vote}:${action.answerId}`;
}

/** Reads a custom_id written by {@link encodeButton}; null for anything else (e.g. another bot's). */
export function parseButton(customId: string): ButtonAction | null {
  const more = /^stp:more:([\w-]+):(\d+)$/.exec(customId);
  if (more?.[1] && more[2]) return { kind: "more", answerId: more[1], offset: Number(more[2]) };
  const vote = /^stp:vote:(up|down):([\w-]+)$/.exec(customId);
  if (vote?.[2]) return { kind: "vote", vote: vote[1] === "up" ? "up" : "down", answerId: vote[2] };
  return null;
}
