// Answers to questions asked afresh, remembered: a public page is asked the same few questions again and again, and the engine gives the same answer to the same question over the same documents.
import type { Answer, Conversation, Engine } from "../../src/index.ts";
import { createRecentCache } from "../shared/recent-cache.ts";

/**
 * `engine` with its answers to fresh questions (no conversation) remembered, so a repeated
 * question costs a lookup instead of a search (about 3 ms on the bundled documents). Follow-ups
 * are always asked: their answers depend on the turns, and "is that still true?" on the date.
 * A reload of the documents forgets every answer. Answers are shared, so never change one.
 *
 * @param size answers kept; past it, the one used longest ago goes.
 * @example const web = cacheAnswers(liveEngine); web.ask("how many stp areas"); // searched once
 */
export function cacheAnswers(engine: Engine, size = 2000): Engine {
  const answers = createRecentCache<Answer>({ size, source: () => engine.documents });
  const ask = (question: string, conversation?: Conversation): Answer =>
    conversation?.length
      ? engine.ask(question, conversation)
      : answers.get(question, () => engine.ask(question));
  // Every other property is read from the engine each time, so a live engine's stay current.
  return new Proxy(engine, {
    get: (target, property, receiver) =>
      property === "ask" ? ask : Reflect.get(target, property, receiver),
  });
}
