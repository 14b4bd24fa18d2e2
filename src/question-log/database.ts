// The one small interface the question log and the report use over either database: embedded PGlite or a PostgreSQL server.

/** One SQL statement with `$1`-style parameters: the same dialect on both databases. */
export interface Statement {
  sql: string;
  /** Strings, numbers, booleans or null; JSON goes as a string cast in SQL (`$1::jsonb`). */
  params?: unknown[];
}

/**
 * A database the question log can use. Rows come back as plain JSON values on every
 * implementation, so queries cast what differs between drivers: counts `::int`, times
 * `date_part('epoch', …)`, and never return a bare timestamp or bigint.
 */
export interface Database {
  /** Which database, for log lines: "PGlite in .data/question-log", "PostgreSQL at db:5432/stp". Never a password. */
  readonly description: string;
  /** Runs one statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs the statements in one transaction: all of them, or (when one fails) none. */
  batch(statements: Statement[]): Promise<void>;
  /** Ends the connection (or stops the embedded database); later calls fail. */
  close(): Promise<void>;
}

/** Why a database could not be used, with where it is; `cause` holds the driver's own error. */
export class DatabaseError extends Error {
  /** What the database itself said, without where: `relation "x" does not exist`. */
  readonly detail: string;

  constructor(message: string, options: { cause?: unknown; detail?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = "DatabaseError";
    this.detail = options.detail ?? message;
  }
}
