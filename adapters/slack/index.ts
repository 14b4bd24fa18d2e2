// The Slack adapter's public surface: re-exports only.
export * from "./app.ts";
export * from "./blocks.ts";
export * from "./config.ts";
export * from "./logger.ts";
export * from "./start.ts";
