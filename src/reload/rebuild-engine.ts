// Builds a fresh engine for a reload on workers started for it: the fallback when the long-lived build thread cannot be used.
import type { EngineOptions } from "../config.ts";
import { fingerprintContent, readContentFiles } from "../content.ts";
import { buildCorpusInParallel } from "../corpus.ts";
import { type Engine, engineFromCorpus } from "../engine.ts";
import { engineCodeHash, readSnapshot, writeSnapshot } from "../snapshot.ts";

/**
 * `loadEngine` for a running bot, used when the build thread (build-thread.ts) cannot start or
 * has died. Content seen before (a change undone) comes from its snapshot;
 * otherwise the documents are parsed, split and counted by the worker build of `corpus.ts`
 * with every chunk left to the workers, and this thread only merges their counts into the
 * index. A folder of a single small document is read here: there is nothing to share out.
 * The new snapshot is saved, so the next start is quick.
 * @throws {ContentError} when the folder is missing or has no usable documents.
 */
export async function rebuildEngine(options: EngineOptions): Promise<Engine> {
  const files = await readContentFiles(options.contentDir);
  const fingerprint = options.cacheDir ? fingerprintContent(files, await engineCodeHash()) : null;
  if (options.cacheDir && fingerprint) {
    const cached = await readSnapshot(options.cacheDir, fingerprint);
    if (cached) return engineFromCorpus(cached, options);
  }
  const corpus = await buildCorpusInParallel(files, options, { minBytes: 0, readHere: false });
  if (options.cacheDir && fingerprint) {
    const failure = await writeSnapshot(options.cacheDir, fingerprint, corpus);
    if (failure) {
      corpus.warnings.push({
        file: options.cacheDir,
        line: null,
        reason: `could not save the index snapshot (${failure.message}); start-up stays slower`,
      });
    }
  }
  return engineFromCorpus(corpus, options);
}
