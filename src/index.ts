// The engine's public surface: re-exports only.
export * from "./config.ts";
export * from "./corpus.ts";
export * from "./engine.ts";
export * from "./errors.ts";
export * from "./render.ts";
export type * from "./types.ts";
