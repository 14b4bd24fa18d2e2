// The question log adapters record into: recording only queues (the answer goes out at once), and a batch is written a moment later; a database that fails costs one warning, never an answer.
import { randomUUID } from "node:crypto";
import type { Topic } from "../question/topics.ts";
import type { Answer } from "../types.ts";
import { type Database, DatabaseError } from "./database.ts";
import { importFeedbackLog } from "./import-feedback.ts";
import { migrate } from "./migrations.ts";
import {
  type AskedWhere,
  type Platform,
  type QuestionRecord,
  questionRecord,
  type Vote,
  type VoteRecord,
  voteRecord,
} from "./records.ts";
import { deleteOlderThan, insertRecords } from "./store.ts";

/** What adapters hold: record answers and votes, flush and close on shutdown. */
export interface QuestionLog {
  /** False when the log is off (`QUESTION_LOG=off`): every call does nothing. */
  readonly enabled: boolean;
  /**
   * Queues `answer` to be stored with where it was asked; returns at once. A message that asks
   * nothing ("thanks") is not stored.
   */
  recordAnswer(answer: Answer, where: AskedWhere): void;
  /** Queues a vote on `answer`, tied to its question when that answer was recorded by this process. */
  recordVote(answer: Answer, vote: Vote, platform: Platform): void;
  /** Writes everything queued so far. Never rejects: a failure is logged once and retried later. */
  flush(): Promise<void>;
  /**
   * Runs `task` on the log's own database once everything queued has been written: how the web
   * page's `/admin/report` reads the log the process is writing.
   * @throws {DatabaseError} when the log is off or its database cannot be opened just now.
   */
  read<T>(task: (db: Database) => Promise<T>): Promise<T>;
  /** Writes what is queued, stops the daily clean-up and closes the database. */
  close(): Promise<void>;
}

/** Where the log says what happened: the adapters' logger fits. */
export interface QuestionLogLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Options for {@link createQuestionLog}. */
export interface QuestionLogOptions {
  /** Opens the database; called in the background at once, and again after it fails. */
  open: () => Promise<Database>;
  logger: QuestionLogLogger;
  /** Records older than this many days are deleted once open and then daily. */
  days: number;
  /** The old vote log to import once, if it exists; null imports nothing. [default: null] */
  feedbackLog?: string | null;
  /** The engine's reading of what a question is about (`engine.topics`). [default: none kept] */
  readTopics?: (question: string) => Topic[];
  /** The clock. [default: the system's] */
  now?: () => Date;
  /** How long a record may wait before its batch is written, in ms. [default: 1000] */
  flushMs?: number;
  /** Records written in one transaction; a full batch is written at once. [default: 500] */
  batchSize?: number;
  /** Records kept in memory while the database cannot be written; past it, new ones are dropped. [default: 10,000] */
  maxPending?: number;
  /** First wait before trying a failed database again, doubled each time up to 5 minutes, in ms. [default: 5000] */
  retryMs?: number;
}

/** The log when `QUESTION_LOG=off`: nothing is queued, opened or written. */
export const disabledQuestionLog: QuestionLog = {
  enabled: false,
  recordAnswer: () => {},
  recordVote: () => {},
  flush: async () => {},
  read: () =>
    Promise.reject(
      new DatabaseError(
        "the question log is off (QUESTION_LOG=off), so there is nothing to read; unset QUESTION_LOG to keep questions",
      ),
    ),
  close: async () => {},
};

const day = 24 * 60 * 60 * 1000;
/** Entries prepared between turns of the event loop: about a millisecond's work. */
const prepareSlice = 20;
const maxRetryMs = 5 * 60 * 1000;
/** close() waits this long for the last batch; a database that is down does not hold up a shutdown. */
const closeWaitMs = 10_000;
/**
 * close() waits this long for a database still opening: the first start makes the embedded one,
 * which takes 10–16 s on a busy machine, and a short first session's questions would be lost.
 */
export const firstOpenWaitMs = 30_000;
/** A close that waits longer than this says so, and why. */
const closeNoticeMs = 1000;

type Entry =
  | { type: "answer"; id: string; at: Date; answer: Answer; where: AskedWhere }
  | {
      type: "vote";
      id: string;
      at: Date;
      answer: Answer;
      vote: Vote;
      platform: Platform;
      questionId: string | null;
    };

/**
 * A question log over the database `options.open` gives. It opens it at once in the
 * background, brings the schema up to date, imports the old feedback log once and deletes
 * expired records, then writes each batch of records within `flushMs`.
 *
 * @example
 * const log = createQuestionLog({ open: () => openDatabase(config), logger, days: 90, readTopics: engine.topics });
 * log.recordAnswer(engine.ask(text), { platform: "slack", place: "dm" });
 * process.once("SIGTERM", () => void log.close());
 */
export function createQuestionLog(options: QuestionLogOptions): QuestionLog {
  const {
    logger,
    now = () => new Date(),
    flushMs = 1000,
    batchSize = 500,
    maxPending = 10_000,
    retryMs = 5000,
  } = options;
  // Each recorded answer's question id, so a vote on it is tied to it; forgotten with the answer.
  const ids = new WeakMap<Answer, string>();
  let waiting: Entry[] = [];
  /** Entries taken from `waiting` and not yet records. */
  let preparing = 0;
  let questions: QuestionRecord[] = [];
  let votes: VoteRecord[] = [];
  let db: Database | null = null;
  let prepared = false;
  let failing = false;
  let dropped = 0;
  let retryDelay = retryMs;
  let closed = false;
  let work: Promise<void> = Promise.resolve();
  let flushTimer: NodeJS.Timeout | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let dailyTimer: NodeJS.Timeout | null = null;

  /** Runs `task` after everything queued before it: one database job at a time. */
  function serial(task: () => Promise<void>): Promise<void> {
    work = work.then(task).catch((error: unknown) => {
      // Every task handles its own failures; this is a bug, and still must not stop the bot.
      logger.warn(`question log: unexpected error: ${describe(error)}`);
    });
    return work;
  }

  function schedule(): void {
    if (closed) return;
    if (waiting.length >= batchSize) {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      setImmediate(() => void flush());
    } else if (!flushTimer && !retryTimer) {
      flushTimer = setTimeout(() => {
        flushTimer = null;
        void flush();
      }, flushMs);
      flushTimer.unref();
    }
  }

  /** Everything recorded and not yet written. */
  function unwritten(): number {
    return waiting.length + preparing + questions.length + votes.length;
  }

  function accept(entry: Entry): void {
    if (unwritten() >= maxPending) {
      dropped++;
      return;
    }
    waiting.push(entry);
    schedule();
  }

  /** Opens the database if it is not open, preparing it the first time. Null when it cannot be. */
  async function connect(): Promise<Database | null> {
    if (db) return db;
    let opened: Database | null = null;
    try {
      opened = await options.open();
      if (closed && unwritten() === 0) {
        // Closed while it opened, with nothing to write: let it go at once.
        await opened.close();
        return null;
      }
      await migrate(opened);
      db = opened;
    } catch (error) {
      await opened?.close().catch(() => {});
      noteFailure(error);
      return null;
    }
    if (!prepared) {
      prepared = true;
      await importOldVotes(db);
      await deleteExpired(db);
      dailyTimer = setInterval(() => void serial(() => deleteExpiredNow()), day);
      dailyTimer.unref();
    }
    return db;
  }

  async function importOldVotes(database: Database): Promise<void> {
    if (!options.feedbackLog) return;
    try {
      const result = await importFeedbackLog(database, options.feedbackLog);
      if (result.status === "imported") {
        const skipped = result.skippedLines
          ? ` (${result.skippedLines} line${result.skippedLines === 1 ? " was" : "s were"} not a vote and left out)`
          : "";
        logger.info(
          `question log: imported ${result.votes} vote${result.votes === 1 ? "" : "s"} from ${result.file}${skipped}; the file is kept, and no longer written`,
        );
      }
    } catch (error) {
      logger.warn(
        `question log: could not import ${options.feedbackLog} (${describe(error)}); it is tried again at the next start`,
      );
    }
  }

  async function deleteExpired(database: Database): Promise<void> {
    try {
      const cutoff = new Date(now().getTime() - options.days * day);
      const deleted = await deleteOlderThan(database, cutoff);
      if (deleted.questions + deleted.votes > 0)
        logger.info(
          `question log: deleted ${deleted.questions} question${deleted.questions === 1 ? "" : "s"} and ${deleted.votes} vote${deleted.votes === 1 ? "" : "s"} older than ${options.days} days`,
        );
    } catch (error) {
      noteFailure(error);
    }
  }

  async function deleteExpiredNow(): Promise<void> {
    const database = await connect();
    if (database) await deleteExpired(database);
  }

  /**
   * Turns queued answers into redacted records, off the answer path. Reading a question's
   * topics takes the engine about 50 µs, so entries are taken a slice at a time with a turn of
   * the event loop between: a question arriving meanwhile waits a millisecond at most.
   */
  async function prepareRecords(): Promise<void> {
    const entries = waiting;
    waiting = [];
    preparing = entries.length;
    for (const [i, entry] of entries.entries()) {
      if (i > 0 && i % prepareSlice === 0) await new Promise((resolve) => setImmediate(resolve));
      preparing--;
      try {
        if (entry.type === "answer") {
          const record = questionRecord(
            entry.answer,
            entry.where,
            entry.id,
            entry.at,
            options.readTopics,
          );
          if (record) questions.push(record);
        } else {
          votes.push(
            voteRecord(
              entry.answer,
              entry.vote,
              entry.platform,
              entry.id,
              entry.at,
              entry.questionId,
            ),
          );
        }
      } catch (error) {
        dropped++;
        logger.warn(
          `question log: left out a record that could not be prepared: ${describe(error)}`,
        );
      }
    }
  }

  async function writeAll(): Promise<void> {
    await prepareRecords();
    if (questions.length === 0 && votes.length === 0 && prepared) return;
    const database = await connect();
    if (!database) return scheduleRetry();
    while (questions.length > 0 || votes.length > 0) {
      const someQuestions = questions.slice(0, batchSize);
      const someVotes = votes.slice(0, Math.max(0, batchSize - someQuestions.length));
      try {
        await insertRecords(database, someQuestions, someVotes);
      } catch (error) {
        if (await answers(database)) {
          // The database works but refuses something in the batch: each record is tried on its
          // own, so only the ones it refuses are left out (keeping them would block the rest).
          const refused = await insertOneByOne(database, someQuestions, someVotes);
          if (refused > 0)
            logger.warn(
              `question log: left out ${refused} record${refused === 1 ? "" : "s"} the database refused: ${describe(error)}`,
            );
        } else {
          noteFailure(error);
          db = null;
          await database.close().catch(() => {});
          return scheduleRetry();
        }
      }
      questions = questions.slice(someQuestions.length);
      votes = votes.slice(someVotes.length);
    }
    if (failing) {
      failing = false;
      const lost = dropped ? ` (${dropped} records could not be kept meanwhile)` : "";
      logger.info(`question log: writing to ${database.description} again${lost}`);
      dropped = 0;
    }
    retryDelay = retryMs;
  }

  function noteFailure(error: unknown): void {
    if (failing) return;
    failing = true;
    logger.warn(
      `question log: cannot write (${describe(error)}); answering goes on, and up to ${maxPending.toLocaleString("en-GB")} records wait in memory to be written once it can (said once until it recovers)`,
    );
  }

  function scheduleRetry(): void {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flush();
    }, retryDelay);
    retryTimer.unref();
    retryDelay = Math.min(retryDelay * 2, maxRetryMs);
  }

  function flush(): Promise<void> {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    return serial(writeAll);
  }

  // Open, migrate, import and clean up now, in the background, before the first question.
  void serial(async () => {
    await connect();
  });

  return {
    enabled: true,
    recordAnswer(answer, where) {
      if (closed) return;
      const id = randomUUID();
      ids.set(answer, id);
      accept({ type: "answer", id, at: now(), answer, where });
    },
    recordVote(answer, vote, platform) {
      if (closed) return;
      const questionId = ids.get(answer) ?? null;
      accept({ type: "vote", id: randomUUID(), at: now(), answer, vote, platform, questionId });
    },
    flush,
    async read<T>(task: (db: Database) => Promise<T>): Promise<T> {
      await flush();
      // serial() swallows errors (a failed write must not stop the bot); a read's go to its caller.
      const unopened = new DatabaseError(
        "the question log's database cannot be opened just now; the bot's log says why",
      );
      let result = { error: unopened } as { value: T } | { error: unknown };
      await serial(async () => {
        const database = closed ? null : await connect();
        if (!database) return;
        try {
          result = { value: await task(database) };
        } catch (error) {
          result = { error };
        }
      });
      if ("error" in result) throw result.error;
      return result.value;
    },
    async close() {
      if (closed) return work;
      closed = true;
      for (const timer of [flushTimer, retryTimer]) if (timer) clearTimeout(timer);
      if (dailyTimer) clearInterval(dailyTimer);
      // With nothing to write, a database still opening (the first start makes it: about
      // 10 s) does not hold up a shutdown.
      if (unwritten() === 0) {
        await db?.close().catch(() => {});
        db = null;
        return;
      }
      const opening = !db && !failing;
      const finished = serial(writeAll).then(() => true);
      const timers: NodeJS.Timeout[] = [];
      const timedOut = new Promise<false>((resolve) => {
        timers.push(setTimeout(() => resolve(false), opening ? firstOpenWaitMs : closeWaitMs));
      });
      timers.push(
        setTimeout(() => {
          const count = unwritten();
          const why = opening
            ? ` while the database opens (the first start makes it, which takes up to ${firstOpenWaitMs / 1000} s)`
            : "";
          if (count > 0)
            logger.info(
              `question log: writing the last ${count} record${count === 1 ? "" : "s"}${why}; Ctrl-C leaves without them`,
            );
        }, closeNoticeMs),
      );
      await Promise.race([finished, timedOut]);
      for (const timer of timers) clearTimeout(timer);
      const left = unwritten();
      if (left > 0)
        logger.warn(
          `question log: ${left} record${left === 1 ? "" : "s"} could not be written before stopping`,
        );
      await db?.close().catch(() => {});
      db = null;
    },
  };
}

/** Inserts each record in its own transaction; returns how many the database refused. */
async function insertOneByOne(
  db: Database,
  questions: QuestionRecord[],
  votes: VoteRecord[],
): Promise<number> {
  let refused = 0;
  const singles: [QuestionRecord[], VoteRecord[]][] = [
    ...questions.map((q): [QuestionRecord[], VoteRecord[]] => [[q], []]),
    ...votes.map((v): [QuestionRecord[], VoteRecord[]] => [[], [v]]),
  ];
  for (const [someQuestions, someVotes] of singles)
    await insertRecords(db, someQuestions, someVotes).catch(() => {
      refused++;
    });
  return refused;
}

/** True when `db` still runs a query: a failure was the records', not the connection's. */
async function answers(db: Database): Promise<boolean> {
  try {
    await db.query("select 1");
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
