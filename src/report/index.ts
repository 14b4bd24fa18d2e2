// The content owners' report's public surface: re-exports only.
export * from "./build-report.ts";
export * from "./chart.ts";
export * from "./gaps.ts";
export * from "./html.ts";
export * from "./since.ts";
export * from "./summary.ts";
