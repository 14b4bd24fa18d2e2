// The embedded database (PGlite, PostgreSQL compiled to WASM) on a thread of its own: the bot's thread only posts SQL to it and awaits rows.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type Database, DatabaseError } from "./database.ts";
import type { PgliteReady, PgliteReply, PgliteRequest, PgliteWorkerData } from "./pglite-worker.ts";

/**
 * Starts PGlite on its own thread over `dataDir` (made by PGlite if it is new: about 10 s the
 * first time, 1–2 s after) or, with null, in memory. Resolves once it is open.
 *
 * @throws {DatabaseError} when PGlite cannot open the folder (not writable, not a PGlite folder).
 * @example const db = await openPgliteThread(".data/question-log/pgdata"); await db.query("select 1");
 */
export async function openPgliteThread(dataDir: string | null): Promise<Database> {
  const description = dataDir ? `PGlite in ${dataDir}` : "PGlite in memory";
  const worker = startWorker(new URL(`./pglite-worker${extension}`, import.meta.url), {
    dataDir,
  });
  const pending = new Map<number, (reply: PgliteReply) => void>();
  let nextId = 1;
  let stopped: string | null = null;

  await new Promise<void>((resolve, reject) => {
    const failed = (message: string) => {
      stopped = message;
      reject(new DatabaseError(`${description}: ${message}`));
    };
    worker.once("message", (message: PgliteReady) =>
      message.ready ? resolve() : failed(message.message),
    );
    worker.once("error", (error) => failed(error.message));
    worker.once("exit", (code) => failed(`the database thread stopped (exit code ${code})`));
  });
  worker.on("message", (reply: PgliteReply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
  });
  const settleAll = (message: string) => {
    stopped = message;
    for (const settle of pending.values()) settle({ id: 0, error: { message, code: null } });
    pending.clear();
  };
  worker.on("error", (error) => settleAll(`the database thread failed: ${error.message}`));
  worker.on("exit", () => settleAll("the database thread has stopped"));
  // An idle database must not keep a bot that is shutting down alive, but one with a write
  // under way must: the thread is held only while a request waits for its reply.
  worker.unref();

  function send(request: Request): Promise<unknown[]> {
    if (stopped) return Promise.reject(new DatabaseError(`${description}: ${stopped}`));
    const id = nextId++;
    if (pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(id, (reply) =>
        "error" in reply
          ? reject(
              new DatabaseError(`${description}: ${reply.error.message}`, {
                detail: reply.error.message,
              }),
            )
          : resolve(reply.rows),
      );
      worker.postMessage({ ...request, id } as PgliteRequest);
    });
  }

  return {
    description,
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await send({ op: "query", sql, params })) as Row[],
    batch: async (statements) => {
      await send({ op: "batch", statements });
    },
    async close() {
      if (stopped) return;
      await send({ op: "close" }).catch(() => {});
      stopped = "the database is closed";
    },
  };
}

/** A request before it is numbered. */
type Request = PgliteRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, "id">
    : never
  : never;

/** ".ts" when run from the sources, ".js" when built into dist/. */
const extension = path.extname(fileURLToPath(import.meta.url));

/**
 * A worker running `url`. From TypeScript sources it registers tsx itself, as the build thread
 * does: loader hooks of the main thread do not reach worker threads on Node 20.
 */
function startWorker(url: URL, data: PgliteWorkerData): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url, { workerData: data });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}
