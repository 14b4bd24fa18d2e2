// Lets other processes on this machine use the embedded database while one process holds it: PGlite serves one process, so the bot shares it over a local socket (the report, Discord's shard processes).
import { chmod, unlink } from "node:fs/promises";
import net from "node:net";
import { type Database, DatabaseError, type Statement } from "./database.ts";

/** A request on the socket, one JSON object a line. */
type ShareRequest =
  | { id: number; op: "query"; sql: string; params: unknown[] }
  | { id: number; op: "batch"; statements: Statement[] };

/** Its answer, one JSON object a line. */
type ShareReply = { id: number; rows: unknown[] } | { id: number; error: string };

/** A socket being served; `close` stops it and removes the socket file. */
export interface SharedDatabase {
  close(): Promise<void>;
}

/**
 * Serves `db` on `socketPath` (a Unix socket, or a named pipe on Windows) to processes of the
 * same user: the file is readable and writable by its owner only. A stale socket file from a
 * process that died is replaced.
 *
 * @example const shared = await shareDatabase(db, ".data/question-log/share.sock");
 */
export async function shareDatabase(db: Database, socketPath: string): Promise<SharedDatabase> {
  const connections = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections.add(socket);
    socket.on("close", () => connections.delete(socket));
    socket.on("error", () => socket.destroy());
    readLines(socket, (line) => {
      let request: ShareRequest;
      try {
        request = JSON.parse(line) as ShareRequest;
      } catch {
        socket.destroy();
        return;
      }
      const work =
        request.op === "batch"
          ? db.batch(request.statements).then(() => [])
          : db.query(request.sql, request.params);
      void work.then(
        (rows) => reply(socket, { id: request.id, rows }),
        (error: unknown) =>
          reply(socket, {
            id: request.id,
            error:
              error instanceof DatabaseError
                ? error.detail
                : error instanceof Error
                  ? error.message
                  : String(error),
          }),
      );
    });
  });
  if (!isPipe(socketPath)) await unlink(socketPath).catch(() => {});
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  if (!isPipe(socketPath)) await chmod(socketPath, 0o600);
  // Serving must not keep a bot that is shutting down alive.
  server.unref();
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of connections) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A Database that sends its SQL to the process serving `socketPath`. Rejects when nothing
 * answers there. Once that process stops, every call fails with a DatabaseError saying so.
 *
 * @param description what the served database is, for messages: "PGlite in .data/question-log".
 */
export async function connectSharedDatabase(
  socketPath: string,
  description: string,
): Promise<Database> {
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    const attempt = net.createConnection(socketPath, () => resolve(attempt));
    attempt.once("error", reject);
  });
  const pending = new Map<number, (reply: ShareReply) => void>();
  let nextId = 1;
  let stopped: string | null = null;
  const shared = `${description}, through the process that holds it`;
  const stop = (why: string) => {
    stopped ??= why;
    for (const settle of pending.values()) settle({ id: 0, error: why });
    pending.clear();
  };
  socket.on("error", (error) =>
    stop(`the process holding it cannot be reached (${error.message})`),
  );
  socket.on("close", () => stop("the process holding it has stopped"));
  readLines(socket, (line) => {
    const answer = JSON.parse(line) as ShareReply;
    pending.get(answer.id)?.(answer);
    pending.delete(answer.id);
    if (pending.size === 0) socket.unref();
  });
  socket.unref();

  function send(
    request: Omit<ShareRequest, "id"> & { op: ShareRequest["op"] },
  ): Promise<unknown[]> {
    if (stopped) return Promise.reject(new DatabaseError(`${shared}: ${stopped}`));
    const id = nextId++;
    if (pending.size === 0) socket.ref();
    return new Promise((resolve, reject) => {
      pending.set(id, (answer) =>
        "error" in answer
          ? reject(new DatabaseError(`${shared}: ${answer.error}`, { detail: answer.error }))
          : resolve(answer.rows),
      );
      socket.write(`${JSON.stringify({ ...request, id })}\n`);
    });
  }

  return {
    description: shared,
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await send({ op: "query", sql, params } as Omit<ShareRequest, "id">)) as Row[],
    batch: async (statements) => {
      await send({ op: "batch", statements } as Omit<ShareRequest, "id">);
    },
    async close() {
      stop("the connection is closed");
      socket.destroy();
    },
  };
}

/** True for a Windows named pipe (`\\.\pipe\…`), which is no file to remove or chmod. */
function isPipe(socketPath: string): boolean {
  return socketPath.startsWith("\\\\");
}

function reply(socket: net.Socket, answer: ShareReply): void {
  if (!socket.destroyed) socket.write(`${JSON.stringify(answer)}\n`);
}

/** Calls `each` with every complete line the socket receives. */
function readLines(socket: net.Socket, each: (line: string) => void): void {
  let buffered = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      if (line) each(line);
    }
  });
}
