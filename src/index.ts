// The engine's public surface: re-exports only.

export { citedBy } from "./citations.ts";
export * from "./config.ts";
export { classifyMessage } from "./conversation/follow-up.ts";
export * from "./conversation/turns.ts";
export type * from "./conversation/types.ts";
export * from "./corpus.ts";
export * from "./engine.ts";
export * from "./errors.ts";
export * from "./render.ts";
export type { Topic } from "./topics.ts";
export type * from "./types.ts";
