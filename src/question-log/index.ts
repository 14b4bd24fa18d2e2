// The question log's public surface: re-exports only.
export * from "./config.ts";
export * from "./database.ts";
export * from "./import-feedback.ts";
export * from "./migrations.ts";
export * from "./open-database.ts";
export * from "./question-log.ts";
export * from "./records.ts";
export * from "./redact.ts";
export * from "./store.ts";
