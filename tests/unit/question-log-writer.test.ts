// question-log.ts: recording only queues; batches are written a moment later; a database that fails costs one warning and no answer.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Answer } from "../../src/index.ts";
import {
  createQuestionLog,
  type Database,
  disabledQuestionLog,
  type QuestionLogOptions,
  type Statement,
} from "../../src/question-log/index.ts";

/** A database that records every batch and fails while `down` is true. */
function fakeDatabase() {
  const batches: Statement[][] = [];
  const state = { down: false, opens: 0 };
  const db: Database = {
    description: "the fake database",
    async query(sql) {
      if (state.down) throw new Error("connection refused");
      if (sql.includes("select version from question_log.migrations"))
        return [{ version: 1 }] as never;
      if (sql.includes("with q as")) return [{ questions: 0, votes: 0 }] as never;
      return [];
    },
    async batch(statements) {
      if (state.down) throw new Error("connection refused");
      batches.push(statements);
    },
    async close() {},
  };
  const open = async () => {
    state.opens++;
    if (state.down) throw new Error("connection refused");
    return db;
  };
  /** The rows of every insert into `table`, in order. */
  const rows = (table: string) =>
    batches.flatMap((batch) =>
      batch
        .filter((s) => s.sql.includes(`insert into question_log.${table}`))
        .flatMap((s) => JSON.parse(String(s.params?.[0])) as Record<string, unknown>[]),
    );
  return { db, open, state, batches, rows };
}

function logFor(fake: ReturnType<typeof fakeDatabase>, options: Partial<QuestionLogOptions> = {}) {
  const logs: string[] = [];
  const log = createQuestionLog({
    open: fake.open,
    logger: { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`) },
    days: 90,
    flushMs: 20,
    retryMs: 20,
    ...options,
  });
  return { log, logs };
}

function answer(question: string, answered = true): Answer {
  return {
    question,
    answered,
    answer: answered ? "Yes." : "",
    citations: [],
    suggestions: [],
    message: "",
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createQuestionLog", () => {
  it("only queues when recording: nothing reaches the database until the batch is written", async () => {
    const fake = fakeDatabase();
    const { log } = logFor(fake, { flushMs: 60_000 });
    await log.flush(); // opening, migrating and cleaning up happen first
    const before = fake.batches.length;
    for (let i = 0; i < 50; i++)
      log.recordAnswer(answer(`question ${i}`), { platform: "slack", place: "dm" });
    expect(fake.batches.length).toBe(before);
    await log.flush();
    expect(fake.batches.length).toBe(before + 1);
    expect(fake.rows("questions")).toHaveLength(50);
    await log.close();
  });

  it("writes a batch by itself within flushMs", async () => {
    const fake = fakeDatabase();
    const { log } = logFor(fake);
    log.recordAnswer(answer("who leads an stp"), { platform: "discord", place: "slash" });
    await vi.waitFor(() => expect(fake.rows("questions")).toHaveLength(1));
    await log.close();
  });

  it("writes a full batch at once, in transactions of batchSize", async () => {
    const fake = fakeDatabase();
    const { log } = logFor(fake, { flushMs: 60_000, batchSize: 10 });
    await log.flush();
    for (let i = 0; i < 25; i++)
      log.recordAnswer(answer(`q${i}`), { platform: "slack", place: "dm" });
    await vi.waitFor(() => expect(fake.rows("questions").length).toBeGreaterThanOrEqual(20));
    await log.flush();
    const sizes = fake.batches
      .map((b) => b.filter((s) => s.sql.includes("insert into question_log.questions")))
      .filter((s) => s.length > 0)
      .map((s) => (JSON.parse(String(s[0]?.params?.[0])) as unknown[]).length);
    expect(sizes.every((n) => n <= 10)).toBe(true);
    expect(fake.rows("questions")).toHaveLength(25);
    await log.close();
  });

  it("warns once while the database is down, keeps the records, and writes them when it is back", async () => {
    const fake = fakeDatabase();
    fake.state.down = true;
    const { log, logs } = logFor(fake);
    for (let i = 0; i < 3; i++) {
      log.recordAnswer(answer(`q${i}`), { platform: "slack", place: "channel" });
      await log.flush();
    }
    expect(logs.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    expect(logs[0]).toMatch(
      /^warn question log: cannot write \(connection refused\); answering goes on/,
    );
    fake.state.down = false;
    await vi.waitFor(() => expect(fake.rows("questions")).toHaveLength(3));
    expect(logs.at(-1)).toBe("info question log: writing to the fake database again");
    await log.close();
  });

  it("keeps at most maxPending records while the database is down, and says how many were lost", async () => {
    const fake = fakeDatabase();
    fake.state.down = true;
    const { log, logs } = logFor(fake, { maxPending: 5, retryMs: 60_000 });
    for (let i = 0; i < 8; i++)
      log.recordAnswer(answer(`q${i}`), { platform: "slack", place: "dm" });
    await log.flush();
    fake.state.down = false;
    await log.flush();
    expect(fake.rows("questions")).toHaveLength(5);
    expect(logs.at(-1)).toMatch(/again \(3 records could not be kept meanwhile\)/);
    await log.close();
  });

  it("drops a batch the database refuses while it still answers, so later records still go in", async () => {
    const fake = fakeDatabase();
    const { log, logs } = logFor(fake, { flushMs: 60_000 });
    await log.flush();
    const batch = fake.db.batch;
    fake.db.batch = async () => {
      throw new Error('new row violates check constraint "votes_vote_check"');
    };
    log.recordAnswer(answer("bad"), { platform: "slack", place: "dm" });
    await log.flush();
    fake.db.batch = batch;
    log.recordAnswer(answer("good"), { platform: "slack", place: "dm" });
    await log.flush();
    expect(fake.rows("questions").map((r) => r.question)).toEqual(["good"]);
    expect(
      logs.some((l) => /left out 1 record the database refused: new row violates/.test(l)),
    ).toBe(true);
    await log.close();
  });

  it("leaves out only the record the database refuses, not the rest of its batch", async () => {
    const fake = fakeDatabase();
    const { log, logs } = logFor(fake, { flushMs: 60_000 });
    await log.flush();
    const batch = fake.db.batch;
    // A database that refuses any batch holding the question "bad", as jsonb refused a NUL.
    fake.db.batch = async (statements) => {
      if (statements.some((s) => String(s.params?.[0]).includes('"question":"bad"')))
        throw new Error("unsupported Unicode escape sequence");
      return batch(statements);
    };
    for (const question of ["first", "bad", "third"])
      log.recordAnswer(answer(question), { platform: "web", place: "page" });
    await log.flush();
    expect(fake.rows("questions").map((r) => r.question)).toEqual(["first", "third"]);
    expect(logs).toContainEqual(
      expect.stringMatching(/left out 1 record the database refused: unsupported Unicode/),
    );
    await log.close();
  });

  it("writes what is queued when closed, and records nothing after", async () => {
    const fake = fakeDatabase();
    const { log } = logFor(fake, { flushMs: 60_000 });
    log.recordAnswer(answer("last words"), { platform: "terminal", place: "chat" });
    await log.close();
    log.recordAnswer(answer("too late"), { platform: "terminal", place: "chat" });
    await log.flush();
    expect(fake.rows("questions").map((r) => r.question)).toEqual(["last words"]);
  });

  it("waits for a database still being made at the first start before closing, and says why", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const fake = fakeDatabase();
    // Making the embedded database takes 10–16 s on a busy machine: longer than a short session.
    const slowOpen = () => new Promise<Database>((resolve) => setTimeout(resolve, 15_000, fake.db));
    const { log, logs } = logFor(fake, { open: slowOpen, flushMs: 60_000 });
    log.recordAnswer(answer("a short first session"), { platform: "terminal", place: "chat" });
    const closed = log.close();
    await vi.advanceTimersByTimeAsync(15_000);
    await closed;
    expect(fake.rows("questions").map((r) => r.question)).toEqual(["a short first session"]);
    expect(logs).toContainEqual(
      expect.stringMatching(
        /^info question log: writing the last 1 record while the database opens/,
      ),
    );
    expect(logs.filter((line) => line.startsWith("warn"))).toEqual([]);
  });

  it("ties a vote to the answer it judges, and leaves a vote on an unknown answer untied", async () => {
    const fake = fakeDatabase();
    const { log } = logFor(fake, { flushMs: 60_000 });
    const given = answer("who leads an stp");
    log.recordAnswer(given, { platform: "slack", place: "thread" });
    log.recordVote(given, "up", "slack");
    log.recordVote(answer("asked before a restart"), "down", "slack");
    await log.close();
    const [question] = fake.rows("questions");
    const votes = fake.rows("votes");
    expect(votes.map((v) => v.question_id)).toEqual([question?.id, null]);
    expect(votes.map((v) => v.vote)).toEqual(["up", "down"]);
  });

  it("deletes expired records when it opens, and daily after", async () => {
    vi.useFakeTimers({ toFake: ["setInterval"] });
    const fake = fakeDatabase();
    const deletes: unknown[][] = [];
    const query = fake.db.query;
    fake.db.query = async (sql, params) => {
      if (sql.includes("with q as")) deletes.push(params ?? []);
      return query(sql, params);
    };
    const now = new Date("2026-11-30T12:00:00Z");
    const { log } = logFor(fake, { days: 30, now: () => now });
    await log.flush();
    expect(deletes).toEqual([["2026-10-31T12:00:00.000Z"]]);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    await log.flush();
    expect(deletes).toHaveLength(2);
    await log.close();
  });

  it("reads its own database after writing what is queued, so a report sees the last question", async () => {
    const fake = fakeDatabase();
    const { log } = logFor(fake, { flushMs: 60_000 });
    log.recordAnswer(answer("asked a moment ago"), { platform: "web", place: "page" });
    const seen = await log.read(async (db) => {
      expect(db).toBe(fake.db);
      return fake.rows("questions").map((r) => r.question);
    });
    expect(seen).toEqual(["asked a moment ago"]);
    await expect(
      log.read(async () => {
        throw new Error("syntax error at or near");
      }),
    ).rejects.toThrow("syntax error at or near");
    await log.close();
  });

  it("refuses to read, saying why, while its database cannot be opened", async () => {
    const fake = fakeDatabase();
    fake.state.down = true;
    const { log, logs } = logFor(fake);
    await expect(log.read(async () => "never")).rejects.toThrow(
      "the question log's database cannot be opened just now; the bot's log says why",
    );
    expect(logs.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    await log.close();
  });

  it("when off, does nothing at all and says so", async () => {
    expect(disabledQuestionLog.enabled).toBe(false);
    disabledQuestionLog.recordAnswer(answer("anything"), { platform: "slack", place: "dm" });
    await expect(disabledQuestionLog.flush()).resolves.toBeUndefined();
    await expect(disabledQuestionLog.read(async () => "never")).rejects.toThrow(
      "the question log is off (QUESTION_LOG=off)",
    );
  });
});
