// A long-lived worker thread that rebuilds the index for reloads: started once, so a reload pays for parsing, not for starting a thread.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EngineOptions } from "../config.ts";
import { type Engine, engineFromCorpus } from "../engine.ts";
import { ContentError } from "../errors.ts";
import { readSnapshot } from "../indexing/snapshot.ts";
import type { BuildReply, BuildRequest } from "./build-thread-worker.ts";
import { rebuildEngine } from "./rebuild-engine.ts";

/** Builds engines on its own thread. */
export interface BuildThread {
  /**
   * A new engine from the content folder: built and saved as a snapshot on the thread, then
   * restored here from the snapshot, which is many times quicker than building.
   * @throws {ContentError} when the folder is missing or has no usable documents.
   */
  build(options: EngineOptions): Promise<Engine>;
  stop(): Promise<void>;
}

/**
 * Starts the thread now, so it has loaded remark and the engine before the first change.
 * A thread started for each reload costs about a second on this project's 2-core machine
 * (tsx, remark and the engine's modules loaded again each time); the bundled content itself
 * builds in about 0.15 s. Without cacheDir, snapshots go to a private temporary folder.
 * If the thread cannot start or dies, builds fall back to `rebuildEngine`.
 */
export function startBuildThread(): BuildThread {
  let worker: Worker | null = null;
  let ready: Promise<boolean> | null = null;
  let privateCache: Promise<string> | null = null;
  let nextId = 1;
  const pending = new Map<number, (reply: BuildReply | null) => void>();

  const start = () => {
    if (ready) return ready;
    ready = new Promise<boolean>((resolve) => {
      try {
        worker = startWorker(new URL(`./build-thread-worker${extension}`, import.meta.url));
      } catch {
        return resolve(false);
      }
      worker.once("message", (message) => resolve(message === "ready"));
      worker.on("message", (reply: BuildReply | "ready") => {
        if (reply === "ready") return;
        pending.get(reply.id)?.(reply);
        pending.delete(reply.id);
      });
      const failed = () => {
        resolve(false);
        for (const settle of pending.values()) settle(null);
        pending.clear();
        // The next build starts a new thread.
        worker = null;
        ready = null;
      };
      worker.on("error", failed);
      worker.on("exit", failed);
      // The thread must not keep a bot that is shutting down alive.
      worker.unref();
    });
    return ready;
  };
  void start();

  return {
    async build(options) {
      if (!options.cacheDir) privateCache ??= mkdtemp(path.join(os.tmpdir(), "stp-bot-reload-"));
      const cacheDir = options.cacheDir ?? (await (privateCache as Promise<string>));
      if (!(await start()) || !worker) return rebuildEngine(options);
      const id = nextId++;
      const reply = await new Promise<BuildReply | null>((resolve) => {
        pending.set(id, resolve);
        worker?.postMessage({ id, options, cacheDir } satisfies BuildRequest);
      });
      if (!reply) return rebuildEngine(options);
      if ("error" in reply) {
        const { message, contentError } = reply.error;
        if (contentError) throw new ContentError(contentError.code, contentError.dir, message);
        throw new Error(message);
      }
      const corpus = await readSnapshot(cacheDir, reply.fingerprint);
      // A snapshot that cannot be read back (a full disk) is built here instead.
      if (!corpus) return rebuildEngine(options);
      if (reply.snapshotError && options.cacheDir) {
        corpus.warnings.push({
          file: options.cacheDir,
          line: null,
          reason: `could not save the index snapshot (${reply.snapshotError}); start-up stays slower`,
        });
      }
      return engineFromCorpus(corpus, options);
    },
    async stop() {
      await worker?.terminate();
      worker = null;
      if (privateCache) await rm(await privateCache, { recursive: true, force: true });
    },
  };
}

/** ".ts" when run from the sources, ".js" when built into dist/. */
const extension = path.extname(fileURLToPath(import.meta.url));

/**
 * A worker running `url`. From TypeScript sources it registers tsx itself, as corpus.ts's
 * workers do: loader hooks of the main thread do not reach worker threads on Node 20.
 */
function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
