// Importing documents into the content folder (`npm run content:add`): re-exports only.
export * from "./config.ts";
export * from "./content-folder.ts";
export { hasScheme, isWebAddress, withoutSecrets } from "./fetch-url.ts";
export * from "./import-document.ts";
export * from "./import-error.ts";
export * from "./list-sources.ts";
export { removePendingFiles } from "./markdown-file.ts";
