// `npm run bench:report`: how long the report takes over 100,000 logged questions, and what logging costs an answer (p50 with the log on beside off).
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { type Answer, type Engine, loadEngine } from "../../src/index.ts";
import {
  createQuestionLog,
  type Database,
  disabledQuestionLog,
  insertRecords,
  migrate,
  openDatabase,
  type QuestionLog,
  type QuestionRecord,
  questionRecord,
  type VoteRecord,
  voteRecord,
} from "../../src/question-log/index.ts";
import { openPostgres } from "../../src/question-log/postgres.ts";
import { buildReport, reportHtml } from "../../src/report/index.ts";
import { repoRoot } from "../helpers/content-folder.ts";
import { freshQuestionLogDir } from "../helpers/pglite.ts";
import { startPostgresServer } from "../helpers/postgres-server.ts";
import { type Percentiles, percentiles } from "./run.ts";

const run = promisify(execFile);
const day = 24 * 60 * 60 * 1000;

/** Questions people ask: the eval sets' (answered and declined) and the 200 declined ones of the gap fixture. */
export function questionPool(): string[] {
  const read = (file: string) =>
    JSON.parse(readFileSync(path.join(repoRoot, file), "utf8")) as { question: string }[];
  const sets = [
    "tests/eval/questions.json",
    "tests/eval/heldout.json",
    "tests/eval/train-bundled.json",
    "tests/fixtures/declined-questions.json",
  ];
  return [...new Set(sets.flatMap((file) => read(file).map((q) => q.question)))];
}

/** Ways people dress up the same question: 25 wordings of each. */
const prefixes = ["", "hi, ", "quick question: ", "can you tell me ", "Please, "];
const suffixes = ["", "?", " please", " thanks", "??"];

/**
 * Fills `db` with `count` questions asked over the last 90 days, written as the bot writes them
 * (redacted, with topics and citations, in batches), and 2% as many votes, a quarter 👎.
 */
export async function fillQuestionLog(db: Database, engine: Engine, count: number): Promise<void> {
  const pool = questionPool();
  const answers = new Map<string, Answer>();
  const topics = new Map<string, ReturnType<Engine["topics"]>>();
  const readTopics = (text: string) => {
    let found = topics.get(text);
    if (!found) {
      found = engine.topics(text);
      topics.set(text, found);
    }
    return found;
  };
  let seed = 15;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  const now = Date.now();
  const batch = 2000;
  for (let done = 0; done < count; done += batch) {
    const questions: QuestionRecord[] = [];
    const votes: VoteRecord[] = [];
    for (let i = done; i < Math.min(count, done + batch); i++) {
      const base = pick(pool);
      let answer = answers.get(base);
      if (!answer) {
        answer = engine.ask(base);
        answers.set(base, answer);
      }
      const asked = { ...answer, question: `${pick(prefixes)}${base}${pick(suffixes)}` };
      const at = new Date(now - random() * 90 * day);
      const place = pick(["channel", "thread", "dm", "slash"] as const);
      const record = questionRecord(
        asked,
        { platform: pick(["slack", "discord"] as const), place },
        randomUUID(),
        at,
        readTopics,
      );
      if (!record) continue;
      questions.push(record);
      if (answer.answered && random() < 0.02)
        votes.push(
          voteRecord(
            asked,
            random() < 0.25 ? "down" : "up",
            record.platform,
            randomUUID(),
            at,
            record.id,
          ),
        );
    }
    await insertRecords(db, questions, votes);
  }
}

/** How long building the report takes: the queries, the grouping and the page. */
export async function benchReport(
  db: Database,
  engine: Engine,
  rounds: number,
): Promise<{ times: number[]; questions: number }> {
  const times: number[] = [];
  let questions = 0;
  for (let i = 0; i <= rounds; i++) {
    const started = performance.now();
    const report = await buildReport(db, {
      documents: engine.documents,
      readTopics: engine.topics,
    });
    reportHtml(report);
    JSON.stringify(report);
    // The first round warms the database's caches and the JIT: it is not counted.
    if (i > 0) times.push(performance.now() - started);
    questions = report.questions;
  }
  return { times, questions };
}

/**
 * An answer's latency with the question log on and off, asked alternately: from the moment the
 * question arrives (behind whatever the event loop is doing, such as preparing a batch) to the
 * answer recorded. With the log on, batches are written as they fill, as in the bot.
 */
export async function benchLatency(
  engine: Engine,
  log: QuestionLog,
  rounds: number,
): Promise<{ on: Percentiles; off: Percentiles; questions: number }> {
  const pool = questionPool();
  const on: number[] = [];
  const off: number[] = [];
  const ask = async (question: string, into: QuestionLog) => {
    const arrived = performance.now();
    await new Promise((resolve) => setImmediate(resolve));
    const answer = engine.ask(question);
    into.recordAnswer(answer, { platform: "slack", place: "channel" });
    return performance.now() - arrived;
  };
  for (let round = 0; round < rounds; round++) {
    for (const [i, question] of pool.entries()) {
      // Alternate which goes first, so neither always follows the other's garbage.
      if ((i + round) % 2 === 0) {
        on.push(await ask(question, log));
        off.push(await ask(question, disabledQuestionLog));
      } else {
        off.push(await ask(question, disabledQuestionLog));
        on.push(await ask(question, log));
      }
    }
  }
  return { on: percentiles(on), off: percentiles(off), questions: on.length };
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_QUESTIONS ?? 100_000);
  const engine = await loadEngine();
  const dir = await freshQuestionLogDir();
  const config = { databaseUrl: null, dataDir: dir };
  const lines: string[] = [
    `stp-bot report bench on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}`,
  ];
  try {
    // Embedded PGlite, as `npm start` keeps it.
    let db = await openDatabase(config);
    await migrate(db);
    let started = performance.now();
    await fillQuestionLog(db, engine, count);
    process.stderr.write(
      `bench: wrote ${count.toLocaleString("en-GB")} questions in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    const embedded = await benchReport(db, engine, 5);
    lines.push(reportLine("PGlite (embedded)", embedded));
    // The whole command, started fresh while another process (this one) holds the database.
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), "stp-report-")), "report.html");
    const cli: number[] = [];
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      await run(
        path.join(repoRoot, "node_modules", ".bin", "tsx"),
        ["adapters/terminal/report.ts", "--out", out],
        {
          cwd: repoRoot,
          env: { ...process.env, QUESTION_LOG: "on", QUESTION_LOG_DIR: dir, DATABASE_URL: "" },
        },
      );
      cli.push(performance.now() - started);
    }
    lines.push(
      `npm run report (whole command: start, load the engine, read through the bot's socket, write HTML): median ${ms(median(cli))} of ${cli.length}`,
    );
    await rm(path.dirname(out), { recursive: true, force: true });
    await db.close();

    const server = await startPostgresServer();
    if ("url" in server) {
      try {
        db = openPostgres(server.url);
        await migrate(db);
        await fillQuestionLog(db, engine, count);
        lines.push(reportLine("PostgreSQL 15 server (local)", await benchReport(db, engine, 5)));
        await db.close();
      } finally {
        await server.stop();
      }
    } else lines.push(`PostgreSQL server: skipped (${server.skipped})`);

    // Answer latency, the log writing to a fresh embedded database as the bot does.
    const latencyDir = await freshQuestionLogDir();
    const log = createQuestionLog({
      open: () => openDatabase({ databaseUrl: null, dataDir: latencyDir }),
      logger: { info: () => {}, warn: (m) => process.stderr.write(`${m}\n`) },
      days: 90,
      readTopics: engine.topics,
    });
    await log.flush();
    const latency = await benchLatency(engine, log, 10);
    await log.close();
    await rm(latencyDir, { recursive: true, force: true });
    lines.push(
      `answer latency over ${latency.questions.toLocaleString("en-GB")} questions each way: log on p50 ${ms(latency.on.p50)} / p95 ${ms(latency.on.p95)} / p99 ${ms(latency.on.p99)}; log off p50 ${ms(latency.off.p50)} / p95 ${ms(latency.off.p95)} / p99 ${ms(latency.off.p99)}; p50 difference ${ms(latency.on.p50 - latency.off.p50)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(lines.join("\n"));
}

function reportLine(name: string, result: { times: number[]; questions: number }): string {
  const sorted = [...result.times].sort((a, b) => a - b);
  return `report over ${result.questions.toLocaleString("en-GB")} questions, ${name}: median ${ms(median(sorted))}, slowest ${ms(sorted.at(-1) ?? 0)} of ${sorted.length} builds`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function ms(value: number): string {
  return value >= 100 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(2)} ms`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
  // Nothing should hold the process open, but a stray handle must not hang the bench.
  process.exit(0);
}
