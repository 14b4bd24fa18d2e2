// Builds a fresh engine for a reload on workers started for it: the fallback when the long-lived build thread cannot be used.
import type { EngineOptions } from "../config.ts";
import { type Engine, loadEngine } from "../engine.ts";

/**
 * `loadEngine` for a running bot, used when the build thread (build-thread.ts) cannot start or
 * has died. Content seen before (a change undone) comes from its snapshot;
 * otherwise the documents are parsed, split and counted by the worker build of `corpus.ts`
 * with every chunk left to the workers, and this thread only merges their counts into the
 * index. A folder of a single small document is read here: there is nothing to share out.
 * The new snapshot is saved, so the next start is quick.
 * @throws {ContentError} when the folder is missing or has no usable documents.
 */
export function rebuildEngine(options: EngineOptions): Promise<Engine> {
  return loadEngine(options, { minBytes: 0, readHere: false });
}
