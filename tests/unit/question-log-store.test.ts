// The question log's storage, the same suite on both databases it runs on: embedded PGlite, and a real PostgreSQL server the test starts itself.
import { randomUUID } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Answer } from "../../src/index.ts";
import {
  countRecords,
  createQuestionLog,
  type Database,
  deleteOlderThan,
  importFeedbackLog,
  insertRecords,
  migrate,
  openDatabase,
  type QuestionRecord,
  type VoteRecord,
} from "../../src/question-log/index.ts";
import { openPostgres } from "../../src/question-log/postgres.ts";
import { buildReport } from "../../src/report/index.ts";
import { freshQuestionLogDir } from "../helpers/pglite.ts";
import { startPostgresServer } from "../helpers/postgres-server.ts";

const server = await startPostgresServer();
if ("skipped" in server)
  process.stdout.write(
    `\nquestion log storage on a PostgreSQL server: SKIPPED: ${server.skipped}\n`,
  );

interface Backend {
  name: string;
  /** Why this half cannot run here; null when it can. */
  skipped: string | null;
  /** A database to run the suite on, and a second connection to it (another process). */
  open(): Promise<{ db: Database; second: () => Promise<Database>; cleanup: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: "embedded PGlite",
    skipped: null,
    async open() {
      const dir = await freshQuestionLogDir();
      const config = { databaseUrl: null, dataDir: dir };
      const db = await openDatabase(config);
      return {
        db,
        // A second process reaches it through the one holding it.
        second: () => openDatabase(config),
        cleanup: async () => {
          await db.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "a PostgreSQL server",
    skipped: "skipped" in server ? server.skipped : null,
    async open() {
      const url = "url" in server ? server.url : "";
      const db = openPostgres(url);
      await db.query("drop schema if exists question_log cascade");
      return {
        db,
        second: async () => openPostgres(url),
        cleanup: async () => {
          await db.close();
          if ("stop" in server) await server.stop();
        },
      };
    },
  },
];

const day = 24 * 60 * 60 * 1000;

describe.each(backends)("the question log's storage on $name", (backend) => {
  if (backend.skipped) {
    it.skip(`is skipped: ${backend.skipped}`, () => {});
    return;
  }
  let db: Database;
  let second: () => Promise<Database>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ db, second, cleanup } = await backend.open());
  }, 120_000);
  afterAll(async () => {
    await cleanup?.();
  });
  beforeEach(async () => {
    await migrate(db);
    await db.batch([
      { sql: "delete from question_log.citations" },
      { sql: "delete from question_log.questions" },
      { sql: "delete from question_log.votes" },
      { sql: "delete from question_log.imports" },
    ]);
  });

  it("creates its schema once: migrating again changes nothing", async () => {
    await db.query("drop schema question_log cascade");
    expect(await migrate(db)).toEqual([1]);
    expect(await migrate(db)).toEqual([]);
    const tables = await db.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'question_log' order by 1",
    );
    expect(tables.map((t) => t.name)).toEqual([
      "citations",
      "imports",
      "migrations",
      "questions",
      "votes",
    ]);
  });

  it("lets two processes migrate the same database at once", async () => {
    await db.query("drop schema question_log cascade");
    const other = await second();
    try {
      const [mine, theirs] = await Promise.all([migrate(db), migrate(other)]);
      expect([...mine, ...theirs]).toEqual([1]);
    } finally {
      await other.close();
    }
  });

  it("stores a question with its citations, scores and topics", async () => {
    const record = question({ question: "How many STP areas are there?" });
    await insertRecords(db, [record], []);
    const [row] = await db.query<Record<string, unknown>>(
      `select platform, place, kind, question, understood, answered, problem, chance, score, coverage,
              topic_keys, topic_words, date_part('epoch', asked_at) * 1000 as asked_ms
       from question_log.questions where id = $1`,
      [record.id],
    );
    expect(row).toEqual({
      platform: "slack",
      place: "thread",
      kind: "question",
      question: "How many STP areas are there?",
      understood: null,
      answered: true,
      problem: null,
      chance: 0.9,
      score: 2.15,
      coverage: 1,
      topic_keys: "area stp",
      topic_words: "areas stp",
      asked_ms: record.askedAt.getTime(),
    });
    const citations = await db.query(
      "select position, source, section, line from question_log.citations where question_id = $1 order by position",
      [record.id],
    );
    expect(citations).toEqual([
      { position: 1, source: "plans.md", section: "Areas", line: 12 },
      { position: 2, source: "other.md", section: null, line: 3 },
    ]);
  });

  it("ties a vote to the question it judges and keeps what was judged", async () => {
    const asked = question();
    await insertRecords(db, [asked], [vote({ questionId: asked.id })]);
    const [row] = await db.query<Record<string, unknown>>(
      `select v.vote, v.answer, v.citations, q.question
       from question_log.votes v join question_log.questions q on q.id = v.question_id`,
    );
    expect(row).toEqual({
      vote: "down",
      answer: "There are 44 STP areas.",
      citations: [
        { source: "plans.md", section: "Areas", line: 12, quote: "There are 44 STP areas." },
      ],
      question: asked.question,
    });
  });

  it("stores a batch sent twice (a retry after a lost reply) once", async () => {
    const records = [question(), question()];
    await insertRecords(db, records, [vote()]);
    await insertRecords(db, records, []);
    expect(await countRecords(db)).toEqual({ questions: 2, votes: 1 });
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
      "select count(*)::int as n from question_log.citations",
    );
    expect(n).toBe(4);
  });

  it("stores nothing of a batch when one of its records is refused", async () => {
    const bad = { ...vote(), vote: "maybe" } as unknown as VoteRecord;
    await expect(insertRecords(db, [question()], [bad])).rejects.toThrow(/check constraint/);
    expect(await countRecords(db)).toEqual({ questions: 0, votes: 0 });
  });

  it("stores a question with a NUL or half a surrogate pair, each as U+FFFD, beside the rest", async () => {
    // jsonb refuses both; before, the batch failed, and every question in it with it.
    const odd = question({ question: "how big is the fund?\u0000 \ud800" });
    await insertRecords(db, [question(), odd], [{ ...vote(), answer: "half \udc00" }]);
    expect(await countRecords(db)).toEqual({ questions: 2, votes: 1 });
    const rows = await db.query<{ question: string }>(
      "select question from question_log.questions where id = $1",
      [odd.id],
    );
    expect(rows[0]?.question).toBe("how big is the fund?\uFFFD \uFFFD");
  });

  it.runIf(backend.name === "a PostgreSQL server")(
    "builds the report as a role that may only read, as a content owner's may",
    async () => {
      await insertRecords(db, [question()], []);
      await db.query(
        "do $$ begin if not exists (select from pg_roles where rolname = 'report_reader') then create role report_reader login; end if; end $$",
      );
      await db.query("grant usage on schema question_log to report_reader");
      await db.query("grant select on all tables in schema question_log to report_reader");
      const url = new URL("url" in server ? server.url : "");
      url.username = "report_reader";
      const reader = openPostgres(url.href);
      try {
        // Before, migrating ran "create schema if not exists", which such a role may not.
        expect(await migrate(reader)).toEqual([]);
        expect((await buildReport(reader, { documents: [], since: null })).questions).toBe(1);
      } finally {
        await reader.close();
      }
    },
  );

  it("deletes questions (with their citations) and votes older than the cutoff", async () => {
    const now = Date.now();
    const old = question({ askedAt: new Date(now - 91 * day) });
    const recent = question({ askedAt: new Date(now - 89 * day) });
    await insertRecords(
      db,
      [old, recent],
      [vote({ votedAt: new Date(now - 100 * day) }), vote({ votedAt: new Date(now) })],
    );
    expect(await deleteOlderThan(db, new Date(now - 90 * day))).toEqual({ questions: 1, votes: 1 });
    const ids = await db.query<{ id: string }>("select id from question_log.questions");
    expect(ids).toEqual([{ id: recent.id }]);
    const cited = await db.query<{ id: string }>(
      "select distinct question_id as id from question_log.citations",
    );
    expect(cited).toEqual([{ id: recent.id }]);
  });

  it("imports feedback.jsonl once, redacted, and leaves the file as it was", async () => {
    const file = path.join(await freshFolder(), "feedback.jsonl");
    const lines = [
      JSON.stringify({
        time: "2026-11-01T10:00:00.000Z",
        platform: "discord",
        vote: "down",
        question: "I'm jo@example.org, how many STP areas are there?",
        answered: true,
        citations: [{ source: "plans.md", section: "Areas", line: 12, quote: "There are 44." }],
      }),
      "not json",
      JSON.stringify({
        time: "2026-11-02T10:00:00.000Z",
        platform: "slack",
        vote: "up",
        question: "who leads an stp",
        answered: true,
        citations: [],
      }),
    ];
    await writeFile(file, `${lines.join("\n")}\n`);
    const first = await importFeedbackLog(db, file);
    expect(first).toMatchObject({ status: "imported", votes: 2, skippedLines: 1 });
    expect(await importFeedbackLog(db, file)).toMatchObject({ status: "already-imported" });
    expect(await countRecords(db)).toEqual({ questions: 0, votes: 2 });
    const rows = await db.query<Record<string, unknown>>(
      "select platform, vote, question, origin, citations, question_id from question_log.votes order by voted_at",
    );
    expect(rows[0]).toEqual({
      platform: "discord",
      vote: "down",
      question: "I'm [email], how many STP areas are there?",
      origin: "feedback.jsonl",
      citations: [{ source: "plans.md", section: "Areas", line: 12, quote: "There are 44." }],
      question_id: null,
    });
    expect(await readFile(file, "utf8")).toBe(`${lines.join("\n")}\n`);
    await rm(path.dirname(file), { recursive: true, force: true });
  });

  it("gives the report its figures: weeks, gaps, votes, documents", async () => {
    const day0 = Date.UTC(2026, 10, 2, 9); // a Monday
    const declined = (text: string, days: number) =>
      question({
        question: text,
        answered: false,
        askedAt: new Date(day0 + days * day),
        topics: [{ key: "park", word: "parking" }],
        citations: [],
      });
    const answered = question({ askedAt: new Date(day0 + 8 * day) });
    await insertRecords(
      db,
      [
        declined("hospital parking?", 0),
        declined("parking fees", 1),
        answered,
        { ...question(), kind: "more" },
        // "Where does that come from?" shows the same citations again: not counted.
        { ...question(), kind: "sources" },
        { ...question(), kind: "age" },
      ],
      [vote({ questionId: answered.id }), vote({ vote: "up" })],
    );
    const report = await buildReport(db, {
      documents: [
        { source: "plans.md", title: "Plans", file: "content/plans.md" },
        { source: "unused.md", title: "Unused", file: "content/unused.md" },
      ],
      since: new Date(day0 - day),
    });
    expect(report).toMatchObject({
      questions: 3,
      answered: 1,
      declined: 2,
      votes: { up: 1, down: 1 },
    });
    expect(report.weeks).toEqual([
      { week: "2026-11-02", answered: 0, declined: 2 },
      { week: "2026-11-09", answered: 1, declined: 0 },
    ]);
    expect(report.gaps).toEqual([
      {
        label: "parking",
        keys: ["park"],
        count: 2,
        examples: ["parking fees", "hospital parking?"],
        first: "2026-11-02",
        last: "2026-11-03",
      },
    ]);
    expect(report.disliked[0]).toMatchObject({
      question: "How many STP areas are there?",
      title: "Plans",
      line: 12,
      downs: 1,
    });
    expect(report.documents).toEqual([
      // The "tell me more" reply cites them too (new passages); "where does that come from?" does not.
      { source: "plans.md", title: "Plans", file: "plans.md", cited: 2, up: 1, down: 1 },
      { source: "other.md", title: null, file: null, cited: 2, up: 0, down: 0 },
      { source: "unused.md", title: "Unused", file: "unused.md", cited: 0, up: 0, down: 0 },
    ]);
  });

  it("writes what the question log records within a batch, redacted, with votes tied to their answers", async () => {
    const keep: Database = { ...db, query: db.query, batch: db.batch, close: async () => {} };
    const log = createQuestionLog({
      open: async () => keep,
      logger: { info: () => {}, warn: () => {} },
      days: 90,
      readTopics: (text) => (text.includes("parking") ? [{ key: "park", word: "parking" }] : []),
    });
    const declined = answer("Call me on 07700 900123 about parking", false);
    log.recordAnswer(declined, { platform: "discord", place: "dm" });
    log.recordAnswer(answer("thanks!", false), {
      platform: "discord",
      place: "dm",
      followUp: true,
    });
    log.recordVote(declined, "down", "discord");
    await log.flush();
    const rows = await db.query<Record<string, unknown>>(
      "select platform, place, kind, question, answered, topic_keys, topic_words from question_log.questions",
    );
    expect(rows).toEqual([
      {
        platform: "discord",
        place: "dm",
        kind: "question",
        question: "Call me on [phone] about parking",
        answered: false,
        topic_keys: "park",
        topic_words: "parking",
      },
    ]);
    const votes = await db.query<{ tied: boolean }>(
      "select (question_id is not null) as tied from question_log.votes",
    );
    expect(votes).toEqual([{ tied: true }]);
    await log.close();
  });
});

function question(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    id: randomUUID(),
    askedAt: new Date(Math.round(Date.now() / 1000) * 1000),
    platform: "slack",
    place: "thread",
    kind: "question",
    question: "How many STP areas are there?",
    understood: null,
    answered: true,
    problem: null,
    scores: { chance: 0.9, score: 2.15, coverage: 1 },
    topics: [
      { key: "area", word: "areas" },
      { key: "stp", word: "stp" },
    ],
    citations: [
      { source: "plans.md", section: "Areas", line: 12 },
      { source: "other.md", section: null, line: 3 },
    ],
    ...overrides,
  };
}

function vote(overrides: Partial<VoteRecord> = {}): VoteRecord {
  return {
    id: randomUUID(),
    votedAt: new Date(),
    platform: "slack",
    questionId: null,
    vote: "down",
    question: "How many STP areas are there?",
    understood: null,
    answered: true,
    answer: "There are 44 STP areas.",
    citations: [
      { source: "plans.md", section: "Areas", line: 12, quote: "There are 44 STP areas." },
    ],
    origin: "bot",
    ...overrides,
  };
}

function answer(question: string, answered: boolean): Answer {
  return { question, answered, answer: "", citations: [], suggestions: [], message: "" };
}

async function freshFolder(): Promise<string> {
  const { mkdtemp } = await import("node:fs/promises");
  const os = await import("node:os");
  return mkdtemp(path.join(os.tmpdir(), "stp-feedback-"));
}
