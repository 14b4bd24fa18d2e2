// Recent answers by short ID, because a button's custom_id (100 characters) cannot carry the
// question or its citations: "More sources" and 👍/👎 look the answer up here.
import { randomBytes } from "node:crypto";
import type { Answer } from "../../src/types.ts";

/** Options for {@link createAnswerStore}. */
export interface AnswerStoreOptions {
  /** Answers kept; the oldest is forgotten first. [default: 5000] */
  capacity?: number;
}

/** The answers behind buttons; `await` each call, so a store shared through Redis fits too. */
export interface AnswerStore {
  /** Keeps an answer and returns the ID its buttons carry. */
  save(answer: Answer): string | Promise<string>;
  /** The answer saved under `id`, or null once forgotten (or after a restart). */
  get(id: string): Answer | null | Promise<Answer | null>;
  /**
   * Notes that `userId` voted on answer `id`; false if they already had, so one person's
   * repeated clicks count once in the question log.
   */
  markVoted(id: string, userId: string): boolean | Promise<boolean>;
}

/** The in-memory store: every call answers at once. */
export interface MemoryAnswerStore extends AnswerStore {
  save(answer: Answer): string;
  get(id: string): Answer | null;
  markVoted(id: string, userId: string): boolean;
}

/**
 * An in-memory store bounded by `capacity`. IDs are random, not counters, so a button on a
 * message from before a restart never finds a different answer under its old ID.
 *
 * @example
 * const store = createAnswerStore();
 * const id = store.save(engine.ask("How many STP areas are there?"));
 * store.get(id); // the same Answer
 */
export function createAnswerStore({ capacity = 5000 }: AnswerStoreOptions = {}): MemoryAnswerStore {
  // A Map iterates in insertion order, so its first key is always the oldest answer.
  const entries = new Map<string, { answer: Answer; voters: Set<string> }>();
  return {
    save(answer) {
      const id = randomBytes(6).toString("base64url");
      entries.set(id, { answer, voters: new Set() });
      if (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return id;
    },
    get(id) {
      return entries.get(id)?.answer ?? null;
    },
    markVoted(id, userId) {
      const entry = entries.get(id);
      if (!entry || entry.voters.has(userId)) return false;
      entry.voters.add(userId);
      return true;
    },
  };
}
