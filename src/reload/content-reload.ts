// Keeps a running bot's answers in step with its content folder: watch, batch the changes, rebuild off the event loop, swap the new engine in whole.
import path from "node:path";
import type { EngineOptions } from "../config.ts";
import { isDocumentName } from "../documents/content.ts";
import type { Engine } from "../engine.ts";
import { ContentError } from "../errors.ts";
import type { ContentWarning } from "../types.ts";
import { type BuildThread, startBuildThread } from "./build-thread.ts";
import { type ChangeBatcherOptions, createChangeBatcher } from "./change-batcher.ts";
import type { LiveEngine } from "./live-engine.ts";
import { isContentFileName, watchFolder } from "./watch-folder.ts";

/** What one reload did, for the log. */
export type ReloadReport =
  | {
      kind: "rebuilt";
      documents: number;
      passages: number;
      /** Content file names, by what happened to them. */
      added: string[];
      removed: string[];
      changed: string[];
      seconds: number;
      /** Warnings the new content brought (a broken file skipped), not those already reported. */
      warnings: ContentWarning[];
    }
  | {
      /** The folder has no usable documents: the last good index stays, and `reason` says why. */
      kind: "kept";
      reason: string;
      documents: number;
      passages: number;
    }
  | { kind: "failed"; reason: string };

/** How `watchContent` reloads. */
export interface ContentReloadOptions extends ChangeBatcherOptions {
  /** Called after each reload with what happened. */
  onReload(report: ReloadReport): void;
  /** Builds the new engine. [default: a build thread started for the purpose, see `startBuildThread`] */
  build?: (options: EngineOptions) => Promise<Engine>;
}

/** A content folder being watched. */
export interface ContentReload {
  /** Settles when no change is waiting or being rebuilt. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Watches the live engine's content folder. Each burst of changes causes one rebuild; while it
 * runs, questions are answered from the engine already in place, and the new one replaces it
 * whole when it is ready. A rebuild that finds no usable documents (the folder emptied or
 * removed by mistake) keeps the last good engine and reports why.
 * @example const reload = await watchContent(live, { onReload: (r) => console.log(r.kind) })
 */
export async function watchContent(
  live: LiveEngine,
  { onReload, build: givenBuild, ...timing }: ContentReloadOptions,
): Promise<ContentReload> {
  const dir = live.options.contentDir;
  const thread = givenBuild ? null : startBuildThread();
  const build = givenBuild ?? ((options: EngineOptions) => (thread as BuildThread).build(options));
  const reload = async (names: Set<string>) => {
    const started = performance.now();
    let next: Engine;
    try {
      next = await build(live.options);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof ContentError) {
        onReload({
          kind: "kept",
          reason,
          documents: live.documents.length,
          passages: live.passageCount,
        });
      } else onReload({ kind: "failed", reason });
      return;
    }
    const report = compare(live.current, next, names);
    live.swap(next);
    onReload({ ...report, seconds: (performance.now() - started) / 1000 });
  };
  const batcher = createChangeBatcher(reload, timing);
  const watcher = await watchFolder(dir, batcher.add, (error) =>
    onReload({ kind: "failed", reason: `watching ${dir} failed: ${error.message}` }),
  );
  return {
    idle: () => batcher.idle(),
    async stop() {
      batcher.stop();
      await watcher.close();
      await batcher.idle();
      await thread?.stop();
    },
  };
}

/** What changed between two engines: documents by file name, and the warnings that are new. */
function compare(
  before: Engine,
  after: Engine,
  touched: Set<string>,
): Omit<Extract<ReloadReport, { kind: "rebuilt" }>, "seconds"> {
  const names = (engine: Engine) => new Set(engine.documents.map((doc) => path.basename(doc.file)));
  const old = names(before);
  const now = names(after);
  const seen = new Set(before.warnings.map(warningKey));
  return {
    kind: "rebuilt",
    documents: after.documents.length,
    passages: after.passageCount,
    added: [...now].filter((name) => !old.has(name)).sort(),
    removed: [...old].filter((name) => !now.has(name)).sort(),
    // A document edited in place, or the glossary or synonyms, which every document shares.
    changed: [...touched]
      .filter((name) => (old.has(name) && now.has(name)) || isDataFileName(name))
      .sort(),
    warnings: after.warnings.filter((warning) => !seen.has(warningKey(warning))),
  };
}

function isDataFileName(name: string): boolean {
  return isContentFileName(name) && !isDocumentName(name);
}

function warningKey(warning: ContentWarning): string {
  return `${warning.file}:${warning.line}:${warning.reason}`;
}
