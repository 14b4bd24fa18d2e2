// A PostgreSQL server through `pg`, for DATABASE_URL: several bot processes can share one question log there.
import pg from "pg";
import { type Database, DatabaseError } from "./database.ts";

/** How long to wait for the server before a write counts as failed (and waits in memory to be retried). */
const connectTimeoutMs = 5000;
/** No statement of the question log runs longer; the report's are the longest. */
const statementTimeoutMs = 60_000;

/**
 * Connects lazily to the server at `url`: nothing is sent until the first query, so an
 * unreachable server shows up as a failed write, not a failed start.
 * @example const db = openPostgres("postgres://stp@127.0.0.1:5432/stp"); await db.query("select 1");
 */
export function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: connectTimeoutMs,
    statement_timeout: statementTimeoutMs,
    idleTimeoutMillis: 30_000,
  });
  // A server restart drops idle connections; without a listener the pool's error would end the process.
  pool.on("error", () => {});
  const description = `PostgreSQL at ${where(url)}`;
  const fail = (error: unknown) => {
    const detail = describe(error);
    throw new DatabaseError(`${description}: ${detail}`, { cause: error, detail });
  };
  return {
    description,
    async query<Row>(sql: string, params: unknown[] = []) {
      try {
        return (await pool.query(sql, params)).rows as Row[];
      } catch (error) {
        return fail(error);
      }
    },
    async batch(statements) {
      let client: pg.PoolClient | undefined;
      try {
        client = await pool.connect();
        await client.query("begin");
        for (const { sql, params } of statements) await client.query(sql, params ?? []);
        await client.query("commit");
      } catch (error) {
        await client?.query("rollback").catch(() => {});
        fail(error);
      } finally {
        client?.release();
      }
    },
    close: () => pool.end(),
  };
}

/** host:port/database from a URL, leaving out the user and password. */
function where(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

/** The driver's message, with its code; a refused connection comes as an AggregateError with none. */
function describe(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return describe(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const message = error.message || "no message";
    return typeof code === "string" && code && !message.includes(code)
      ? `${message} (${code})`
      : message;
  }
  return String(error);
}
