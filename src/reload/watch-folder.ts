// Tells when a content file in a folder is added, changed or removed, through chokidar (inotify, FSEvents or ReadDirectoryChangesW underneath).
import path from "node:path";
import { glossaryFileName, isDocumentName } from "../content.ts";
import { synonymsFileName } from "../synonyms.ts";

/** A folder being watched. */
export interface FolderWatcher {
  close(): Promise<void>;
}

/** True for the files the engine reads: documents, the glossary and the synonyms. */
export function isContentFileName(name: string): boolean {
  return isDocumentName(name) || name === glossaryFileName || name === synonymsFileName;
}

/**
 * Calls `changed` with the file name each time a content file directly in `dir` is added,
 * changed or removed (hidden and temporary files, and subfolders, are not watched). Resolves
 * once watching has begun, so a file added after it returns is always noticed.
 *
 * chokidar rather than `fs.watch`: `fs.watch` reports a rename as two events without saying
 * which, repeats events on some systems, and misses files replaced by an editor's atomic save;
 * chokidar smooths these over on Linux, macOS and Windows alike.
 */
export async function watchFolder(
  dir: string,
  changed: (name: string) => void,
  failed: (error: Error) => void = () => {},
): Promise<FolderWatcher> {
  const { watch } = await import("chokidar");
  const watcher = watch(dir, {
    ignoreInitial: true,
    depth: 0,
    ignored: (file: string) => file !== dir && path.basename(file).startsWith("."),
  });
  const report = (file: string) => {
    const name = path.basename(file);
    if (path.dirname(file) === dir && isContentFileName(name)) changed(name);
  };
  watcher.on("add", report).on("change", report).on("unlink", report);
  // The folder itself removed: every document is gone, which a rebuild reports.
  watcher.on("unlinkDir", (folder) => {
    if (folder === dir) changed(".");
  });
  watcher.on("error", (error) => failed(error instanceof Error ? error : new Error(String(error))));
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return { close: () => watcher.close() };
}
