// The web adapter's public surface: re-exports only.
export {
  conversationHeader,
  createWebApp,
  type ReportProvider,
  type WebAppOptions,
} from "./app.ts";
export { type Assets, loadAssets } from "./assets.ts";
export { isWebEnabled, readWebConfig, type WebConfig } from "./config.ts";
export { type RunningWeb, type StartWebOptions, startWeb } from "./start.ts";
