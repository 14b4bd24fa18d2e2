// Worker side of the build thread: reads the content folder, builds the index and saves it as a snapshot, away from the bot's event loop.
import { access } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import type { EngineOptions } from "../config.ts";
import { fingerprintContent, readContentFiles } from "../documents/content.ts";
import { loadParsers } from "../documents/parsers.ts";
import { ContentError } from "../errors.ts";
import { buildCorpusInParallel } from "../indexing/corpus.ts";
import { engineCodeHash, snapshotPath, writeSnapshot } from "../indexing/snapshot.ts";

/** A build asked for: the engine's options, with the folder the snapshot goes to. */
export interface BuildRequest {
  id: number;
  options: EngineOptions;
  cacheDir: string;
}

/** The snapshot built (by its fingerprint), or why there is none. */
export type BuildReply =
  | { id: number; fingerprint: string; snapshotError: string | null }
  | {
      id: number;
      error: { message: string; contentError: { code: ContentError["code"]; dir: string } | null };
    };

if (parentPort) {
  const port = parentPort;
  // Loaded once, before the first change: this is what makes a reload quick.
  await loadParsers();
  await engineCodeHash();
  port.on("message", (request: BuildRequest) => {
    void build(request).then((reply) => port.postMessage(reply));
  });
  port.postMessage("ready");
}

async function build({ id, options, cacheDir }: BuildRequest): Promise<BuildReply> {
  try {
    const files = await readContentFiles(options.contentDir);
    const fingerprint = fingerprintContent(files, await engineCodeHash());
    if (await exists(snapshotPath(cacheDir, fingerprint))) {
      return { id, fingerprint, snapshotError: null };
    }
    const corpus = await buildCorpusInParallel(files, options);
    const failure = await writeSnapshot(cacheDir, fingerprint, corpus);
    return { id, fingerprint, snapshotError: failure?.message ?? null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const contentError =
      error instanceof ContentError ? { code: error.code, dir: error.dir } : null;
    return { id, error: { message, contentError } };
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
