// Worker side of the embedded database: PGlite runs here, because it runs SQL (and waits on the disk) synchronously, which would hold up answers on the bot's thread.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import type { Statement } from "./database.ts";

/** What the bot's thread asks. */
export type PgliteRequest =
  | { id: number; op: "query"; sql: string; params: unknown[] }
  | { id: number; op: "batch"; statements: Statement[] }
  | { id: number; op: "close" };

/** The rows of a query, nothing for a batch or close, or why it failed. */
export type PgliteReply =
  | { id: number; rows: unknown[] }
  | { id: number; error: { message: string; code: string | null } };

/** Sent once PGlite has opened (or failed to open) the data folder. */
export type PgliteReady = { ready: true } | { ready: false; message: string };

/** `dataDir`: the folder PGlite keeps its files in; null keeps them in memory (tests). */
export interface PgliteWorkerData {
  dataDir: string | null;
}

if (parentPort) {
  const port = parentPort;
  const { dataDir } = workerData as PgliteWorkerData;
  lowerPriority();
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir ?? undefined);
    port.postMessage({ ready: true } satisfies PgliteReady);
  } catch (error) {
    port.postMessage({ ready: false, message: describe(error) } satisfies PgliteReady);
    process.exit(1);
  }
  port.on("message", (request: PgliteRequest) => {
    void answer(db, request).then((reply) => {
      port.postMessage(reply);
      if (request.op === "close") process.exit(0);
    });
  });
}

async function answer(db: PGlite, request: PgliteRequest): Promise<PgliteReply> {
  try {
    if (request.op === "query") {
      const result = await db.query(request.sql, request.params);
      return { id: request.id, rows: result.rows };
    }
    if (request.op === "batch") {
      await db.transaction(async (tx) => {
        // Without parameters a statement may be several (a migration): only exec runs those.
        for (const { sql, params } of request.statements) {
          if (params?.length) await tx.query(sql, params);
          else await tx.exec(sql);
        }
      });
      return { id: request.id, rows: [] };
    }
    await db.close();
    return { id: request.id, rows: [] };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      id: request.id,
      error: { message: describe(error), code: typeof code === "string" ? code : null },
    };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  // PGlite's file system (Emscripten's) throws plain objects: { name: "ErrnoError", errno: 54 }.
  const { message, errno } = (error ?? {}) as { message?: unknown; errno?: unknown };
  if (typeof message === "string" && message) return message;
  if (typeof errno === "number") return `its files cannot be read (file system error ${errno})`;
  return String(error);
}

/**
 * Writing the log is background work: on Linux this thread alone (not the bot's) is given the
 * lowest CPU priority, so under load answers are made first and records written after.
 */
function lowerPriority(): void {
  try {
    os.setPriority(19);
  } catch {
    // Where the system does not allow it, the thread keeps the bot's priority.
  }
}
