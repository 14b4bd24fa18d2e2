// Live reload of the content folder for a running bot: re-exports only.
export * from "./content-reload.ts";
export * from "./live-engine.ts";
export { rebuildEngine } from "./rebuild-engine.ts";
