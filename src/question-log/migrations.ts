// The question log's one SQL schema, as numbered migrations applied in order: the same SQL on PGlite and on a PostgreSQL server.
import type { Database } from "./database.ts";

/** One change to the schema; never edit one that has shipped, add the next. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every table lives in the `question_log` schema, so a PostgreSQL database shared with other
 * applications keeps them apart. README "What is stored" describes each column. Topics are two
 * space-separated text columns (the nth word is the nth key's) rather than JSON, and citations
 * carry their question's time: the report reads 100,000 rows, and the embedded database turns
 * JSON into text, or joins tables, several times slower than it reads plain columns.
 */
export const migrations: Migration[] = [
  {
    version: 1,
    name: "questions, citations, votes, imports",
    sql: `
      create table question_log.questions (
        id uuid primary key,
        asked_at timestamptz not null,
        platform text not null,
        place text not null,
        kind text not null,
        question text not null,
        understood text,
        answered boolean not null,
        problem text,
        chance double precision,
        score double precision,
        coverage double precision,
        topic_keys text not null default '',
        topic_words text not null default ''
      );
      create index questions_asked_at on question_log.questions (asked_at);
      create table question_log.citations (
        question_id uuid not null references question_log.questions (id) on delete cascade,
        asked_at timestamptz not null,
        position smallint not null,
        source text not null,
        section text,
        line integer not null,
        primary key (question_id, position)
      );
      create index citations_asked_at on question_log.citations (asked_at);
      create table question_log.votes (
        id uuid primary key,
        voted_at timestamptz not null,
        platform text not null,
        question_id uuid,
        vote text not null check (vote in ('up', 'down')),
        question text not null,
        understood text,
        answered boolean not null,
        answer text not null,
        citations jsonb not null default '[]',
        origin text not null
      );
      create index votes_voted_at on question_log.votes (voted_at);
      create index votes_question_id on question_log.votes (question_id);
      create table question_log.imports (
        name text primary key,
        imported_at timestamptz not null,
        records integer not null
      );`,
  },
];

/** Any fixed number: processes migrating one database at once queue on this advisory lock. */
const migrationLock = 152026;

/**
 * Brings `db` up to the latest schema, applying each missing migration in a transaction of its
 * own. Safe to run from several processes at once: they take turns, and one that finds its
 * migration already applied by another carries on.
 *
 * @returns the versions applied now ([] when the schema was up to date).
 */
export async function migrate(db: Database, list: Migration[] = migrations): Promise<number[]> {
  // Up to date already: nothing is created, so a user who may only read (a content owner's role
  // for `npm run report`) gets the report rather than "permission denied for database".
  if (await isUpToDate(db, list)) return [];
  const lock = { sql: "select pg_advisory_xact_lock($1)", params: [migrationLock] };
  await db.batch([
    lock,
    { sql: "create schema if not exists question_log" },
    {
      sql: `create table if not exists question_log.migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`,
    },
  ]);
  const applied = new Set(
    (await db.query<{ version: number }>("select version from question_log.migrations")).map(
      (row) => row.version,
    ),
  );
  const done: number[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    try {
      await db.batch([
        lock,
        { sql: migration.sql },
        {
          sql: "insert into question_log.migrations (version, name) values ($1, $2)",
          params: [migration.version, migration.name],
        },
      ]);
      done.push(migration.version);
    } catch (error) {
      // Another process may have applied it while this one waited for the lock.
      const now = await db.query("select 1 from question_log.migrations where version = $1", [
        migration.version,
      ]);
      if (now.length === 0) throw error;
    }
  }
  return done;
}

/** True when every migration in `list` is recorded as applied; false when any is not, or there is no schema yet. */
async function isUpToDate(db: Database, list: Migration[]): Promise<boolean> {
  try {
    const rows = await db.query<{ version: number }>("select version from question_log.migrations");
    const applied = new Set(rows.map((row) => row.version));
    return list.every((migration) => applied.has(migration.version));
  } catch {
    return false;
  }
}
