// Tells when a content file in a folder is added, changed or removed, through chokidar (inotify, FSEvents or ReadDirectoryChangesW underneath).
import { existsSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { glossaryFileName, isDocumentName } from "../documents/content.ts";
import { synonymsFileName } from "../documents/synonyms.ts";

/** A folder being watched. */
export interface FolderWatcher {
  close(): Promise<void>;
}

/** True for the files the engine reads: documents, the glossary and the synonyms. */
export function isContentFileName(name: string): boolean {
  return isDocumentName(name) || name === glossaryFileName || name === synonymsFileName;
}

/** How often to look for a removed folder to come back, or a link to the folder pointed elsewhere. */
const reappearCheckMs = 1000;

/**
 * Calls `changed` with the file name each time a content file directly in `dir` is added,
 * changed or removed (hidden and temporary files, and subfolders, are not watched). Resolves
 * once watching has begun, so a file added after it returns is always noticed. If the folder
 * itself is removed, `changed(".")` is called, and watching starts again (with another
 * `changed(".")`) when a folder of that name is back, as after a deployment that replaces it.
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
  let watcher: ReturnType<typeof watch> | null = null;
  let poll: NodeJS.Timeout | null = null;
  let relinkCheck: NodeJS.Timeout | null = null;
  let watchedTarget: string | null = null;
  let closed = false;

  const begin = async () => {
    watchedTarget = await realpath(dir).catch(() => null);
    const next = watch(dir, {
      ignoreInitial: true,
      depth: 0,
      ignored: (file: string) => file !== dir && path.basename(file).startsWith("."),
    });
    watcher = next;
    const report = (file: string) => {
      const name = path.basename(file);
      if (path.dirname(file) === dir && isContentFileName(name)) changed(name);
    };
    const folderGone = () => {
      if (watcher !== next || closed) return;
      watcher = null;
      // Every document is gone, which a rebuild reports; the folder's watch went with it.
      changed(".");
      void next.close();
      waitForFolder();
    };
    next.on("add", report).on("change", report);
    next.on("unlink", (file) => {
      report(file);
      // chokidar does not always say when the watched folder itself goes: look.
      void stat(dir).catch(folderGone);
    });
    next.on("unlinkDir", (folder) => {
      if (folder === dir) folderGone();
    });
    next.on("error", (error) => {
      if (!existsSync(dir)) return folderGone();
      failed(error instanceof Error ? error : new Error(String(error)));
    });
    await new Promise<void>((resolve) => next.once("ready", () => resolve()));
  };

  const waitForFolder = () => {
    poll = setInterval(() => {
      void stat(dir).then(
        async (stats) => {
          if (!stats.isDirectory() || closed || !poll) return;
          clearInterval(poll);
          poll = null;
          await begin();
          changed(".");
        },
        () => {}, // Not back yet.
      );
    }, reappearCheckMs);
    poll.unref();
  };

  const watchRelinks = () => {
    let checking = false;
    relinkCheck = setInterval(() => {
      if (checking || !watcher || closed) return;
      checking = true;
      void realpath(dir)
        .then(async (target) => {
          if (target === watchedTarget || !watcher || closed) return;
          const old = watcher;
          watcher = null;
          await old.close();
          await begin();
          changed(".");
        })
        .catch(async () => {
          // A link pointed at nothing: the old folder is still there, so no event says so.
          if (!watcher || closed) return;
          const old = watcher;
          watcher = null;
          changed(".");
          await old.close();
          waitForFolder();
        })
        .finally(() => {
          checking = false;
        });
    }, reappearCheckMs);
    relinkCheck.unref();
  };

  await begin();
  watchRelinks();
  return {
    async close() {
      closed = true;
      if (poll) clearInterval(poll);
      if (relinkCheck) clearInterval(relinkCheck);
      await watcher?.close();
    },
  };
}
