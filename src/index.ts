// The engine's public surface: re-exports only.

export { citedBy } from "./answer/citations.ts";
export * from "./answer/render.ts";
export * from "./config.ts";
export { classifyMessage } from "./conversation/follow-up.ts";
export * from "./conversation/turns.ts";
export type * from "./conversation/types.ts";
export { unreadEntries } from "./documents/content.ts";
export { lookalikeDocuments } from "./documents/lookalikes.ts";
export * from "./engine.ts";
export * from "./errors.ts";
export * from "./indexing/corpus.ts";
export { shownQuestion } from "./question/question.ts";
export type { Topic } from "./question/topics.ts";
export type * from "./types.ts";
