// An Engine whose content can be replaced while the bot runs: adapters hold this one object, and a reload swaps what answers behind it.
import type { Engine } from "../engine.ts";

/** An Engine that answers from whichever engine was swapped in last. */
export interface LiveEngine extends Engine {
  /** The engine answering now. */
  readonly current: Engine;
  /**
   * Puts `next` in place in one step: every question from then on is answered from it, and a
   * question already being answered finishes from the engine it started with.
   */
  swap(next: Engine): void;
}

/**
 * Wraps `initial` so it can be swapped later. Each property is read from the current engine
 * when it is used, so an adapter that keeps the live engine always sees the latest documents.
 * @example const live = createLiveEngine(await loadEngine()); live.swap(await loadEngine()); live.ask("…")
 */
export function createLiveEngine(initial: Engine): LiveEngine {
  let current = initial;
  return {
    // The conversation is passed on: without it every follow-up would be read as a fresh question.
    ask: (question, conversation) => current.ask(question, conversation),
    define: (term) => current.define(term),
    get documents() {
      return current.documents;
    },
    get glossary() {
      return current.glossary;
    },
    get warnings() {
      return current.warnings;
    },
    get dropped() {
      return current.dropped;
    },
    get passageCount() {
      return current.passageCount;
    },
    get options() {
      return current.options;
    },
    topics: (question) => current.topics(question),
    examples: () => current.examples(),
    get current() {
      return current;
    },
    swap(next) {
      current = next;
    },
  };
}
