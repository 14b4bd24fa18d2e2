// What a conversation is made of: the earlier turns the engine reads to answer a follow-up. Plain data.
import type { Answer } from "../types.ts";

/** A passage an earlier answer showed, by where it sits: "more" never shows it again. */
export interface CitedPassage {
  /** The document's `source`, as in a Citation. */
  source: string;
  /** The passage's first line in its file, as in a Citation. */
  line: number;
}

/** One earlier exchange: what was typed, how it was read, and what the bot showed. */
export interface Turn {
  /** The message as typed ("who leads them?"). */
  question: string;
  /** The question it was answered as ("who leads stp"): `question` itself unless it was a follow-up. */
  understood: string;
  answered: boolean;
  /** Every passage the reply cited. */
  cited: CitedPassage[];
  /**
   * The reply itself. Stores keep it for the latest turn only ("where does that come from?" reads
   * it); without it the engine asks `understood` again, which over the same documents gives the
   * same answer.
   */
  answer?: Answer;
}

/** The earlier turns of one conversation, oldest first. */
export type Conversation = readonly Turn[];

/** What a message in a conversation asks for. */
export type MessageKind =
  /** `help`, `define X`, `sources`: the same reply as outside a conversation. */
  | "command"
  /** "thanks", "ok", "great": no question at all. */
  | "thanks"
  /** "bye", "ok thanks, bye", "that's all for now": the end of the talk. */
  | "goodbye"
  /** "tell me more", "go on": the next best passage on the last question, not yet shown. */
  | "more"
  /** "where does that come from?", "who said that?": the last answer's sources. */
  | "sources"
  /** "is that still true?": the last answer's sources and how old they are. */
  | "age"
  /** Anything else: a question, answered as asked or, when it leans on earlier turns, as it stands. */
  | "question";
