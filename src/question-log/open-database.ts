// Opens the question log's database: the PostgreSQL server DATABASE_URL names, else the embedded one under .data/ (opened here, or reached through the process that holds it).
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, rename, rm, rmdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { QuestionLogConfig } from "./config.ts";
import { type Database, DatabaseError } from "./database.ts";
import { takeOwnerLock } from "./owner-lock.ts";
import { openPgliteThread } from "./pglite-thread.ts";
import { openPostgres } from "./postgres.ts";
import { connectSharedDatabase, shareDatabase } from "./share.ts";

/** Options for {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** How long to keep trying the process that holds the embedded database while it starts. [default: 20 s] */
  waitMs?: number;
}

/**
 * The database `config` names. With DATABASE_URL, a pool to that server (connected on first
 * use). Otherwise the embedded database in `dataDir`: the first process to open it holds it
 * (PGlite serves one process) and shares it on a local socket; a second process, such as
 * `npm run report` while the bot runs, goes through the first.
 *
 * @throws {DatabaseError} when the folder cannot be made or opened, or its holder does not answer.
 * @example const db = await openDatabase(readQuestionLogConfig());
 */
export async function openDatabase(
  config: Pick<QuestionLogConfig, "databaseUrl" | "dataDir">,
  { waitMs = 20_000 }: OpenDatabaseOptions = {},
): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const dir = config.dataDir;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = await mkdirErrorCode(dir, error);
    throw new DatabaseError(
      `cannot make the question log's folder ${dir} (${code}): check its permissions, set QUESTION_LOG_DIR to a writable folder, or set QUESTION_LOG=off`,
      { cause: error },
    );
  }
  const description = `PGlite in ${dir}`;
  const socketPath = sharePath(dir);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const lock = await takeOwnerLock(path.join(dir, "owner.json")).catch((error: unknown) => {
      throw new DatabaseError(
        `cannot write in the question log's folder ${dir} (${(error as NodeJS.ErrnoException).code ?? error}): check its permissions, set QUESTION_LOG_DIR to a writable folder, or set QUESTION_LOG=off`,
        { cause: error },
      );
    });
    if (!("heldBy" in lock)) {
      let db: Database;
      try {
        const pgdata = path.join(dir, "pgdata");
        if (!existsSync(pgdata)) await makeDatabase(pgdata);
        // Said at once: PGlite takes seconds to find that a file is no database.
        if (!statSync(pgdata).isDirectory()) throw cannotOpen(pgdata, null);
        db = await openPgliteThread(pgdata).catch((error: unknown) => {
          throw cannotOpen(pgdata, error);
        });
      } catch (error) {
        await lock.release();
        throw error;
      }
      // Without sharing, this process still logs; only others cannot reach the database.
      const shared = await shareDatabase(db, socketPath).catch(() => null);
      return {
        description,
        query: (sql, params) => db.query(sql, params),
        batch: (statements) => db.batch(statements),
        async close() {
          await shared?.close();
          await db.close();
          await lock.release();
        },
      };
    }
    try {
      return await connectSharedDatabase(socketPath, description);
    } catch (error) {
      // The holder may still be opening the database: it shares it once open.
      if (Date.now() > deadline)
        throw new DatabaseError(
          `${description} is held by process ${lock.heldBy}, which does not answer on ${socketPath} (${(error as Error).message}). Wait for it to finish starting, or stop it; PGlite serves one process at a time (set DATABASE_URL to share a PostgreSQL server instead).`,
          { cause: error },
        );
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Why the embedded database in `pgdata` did not open, and what to do: it is not ours to delete. */
function cannotOpen(pgdata: string, error: unknown): DatabaseError {
  const what = statSync(pgdata, { throwIfNoEntry: false })?.isDirectory()
    ? `${error instanceof Error ? error.message : String(error)}. If it is damaged, move ${pgdata} away (the next start makes a new, empty log) or restore it from a backup`
    : `${pgdata} is not a folder, so it holds no question log: move it away (the next start makes a new, empty log)`;
  return new DatabaseError(
    `${what}; or set QUESTION_LOG_DIR to another folder, or QUESTION_LOG=off`,
    { cause: error },
  );
}

/**
 * Makes a new embedded database beside `pgdata` and renames it into place once PGlite has
 * finished: making one takes about 10 s, and a bot stopped meanwhile must not leave half a
 * database that every later start fails to open.
 */
async function makeDatabase(pgdata: string): Promise<void> {
  const partial = `${pgdata}.partial`;
  await rm(partial, { recursive: true, force: true });
  const made = await openPgliteThread(partial);
  await made.close();
  await rename(partial, pgdata);
}

/**
 * The real reason a folder could not be made: a recursive mkdir reports ENOENT even on a
 * read-only file system, so the first missing folder is made on its own to hear EROFS or EACCES.
 */
async function mkdirErrorCode(dir: string, error: unknown): Promise<string> {
  let missing = path.resolve(dir);
  while (!existsSync(path.dirname(missing)) && path.dirname(missing) !== missing)
    missing = path.dirname(missing);
  try {
    await mkdir(missing);
    await rmdir(missing);
  } catch (probe) {
    const code = (probe as NodeJS.ErrnoException).code;
    if (code && code !== "EEXIST") return code;
  }
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * Where the holder shares the database: `share.sock` in its folder, a shorter path in the
 * temporary folder when that is too long for a Unix socket (about 100 bytes), or a named pipe
 * on Windows. Every process works it out the same way from the folder.
 */
export function sharePath(dir: string): string {
  const id = createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 16);
  if (process.platform === "win32") return `\\\\.\\pipe\\stp-bot-question-log-${id}`;
  const inFolder = path.join(dir, "share.sock");
  return Buffer.byteLength(inFolder) < 100
    ? inFolder
    : path.join(os.tmpdir(), `stp-bot-${id}.sock`);
}
