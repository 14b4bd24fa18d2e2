// The old 👍/👎 log (feedback.jsonl) brought into the question log once, redacted like everything else; the file itself is left where it is.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "./database.ts";
import type { Platform, VoteRecord } from "./records.ts";
import { maxStoredLength } from "./records.ts";
import { redact } from "./redact.ts";
import { recordStatements } from "./store.ts";

/** What an import did. */
export type FeedbackImport =
  | { status: "imported"; file: string; votes: number; skippedLines: number }
  | { status: "already-imported" | "no-file"; file: string };

/**
 * Imports `file` (one JSON object a line, as Slack and Discord wrote it before the question
 * log) as votes, once: the import is remembered by the file's full path, in the same
 * transaction as the votes, so neither a restart nor a second process imports it again. Lines
 * that are not a vote are skipped and counted. The file is not changed or removed.
 *
 * @example await importFeedbackLog(db, "feedback.jsonl") // { status: "imported", votes: 12, … }
 */
export async function importFeedbackLog(db: Database, file: string): Promise<FeedbackImport> {
  const name = path.resolve(file);
  const done = await db.query("select 1 from question_log.imports where name = $1", [name]);
  if (done.length > 0) return { status: "already-imported", file: name };
  let text: string;
  try {
    text = await readFile(name, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { status: "no-file", file: name };
    throw error;
  }
  const lines = text.split("\n").filter((line) => line.trim());
  const votes = lines.flatMap((line) => {
    const vote = readVote(line);
    return vote ? [vote] : [];
  });
  // No "on conflict": a second process importing at the same moment fails here, and rolls back its copy.
  await db.batch([
    ...recordStatements([], votes),
    {
      sql: "insert into question_log.imports (name, imported_at, records) values ($1, now(), $2)",
      params: [name, votes.length],
    },
  ]);
  return {
    status: "imported",
    file: name,
    votes: votes.length,
    skippedLines: lines.length - votes.length,
  };
}

/** One line of the old log as a vote; null for a line that is not one. */
function readVote(line: string): VoteRecord | null {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
  const time = new Date(String(record.time));
  const { vote, platform, question, understood, answered, citations } = record;
  if (
    Number.isNaN(time.getTime()) ||
    (vote !== "up" && vote !== "down") ||
    typeof question !== "string" ||
    typeof answered !== "boolean"
  )
    return null;
  return {
    id: randomUUID(),
    votedAt: time,
    platform: isPlatform(platform) ? platform : "slack",
    questionId: null,
    vote,
    question: flat(redact(question)),
    understood: typeof understood === "string" ? flat(redact(understood)) : null,
    answered,
    answer: "",
    citations: Array.isArray(citations) ? citations.flatMap(readCitation) : [],
    origin: "feedback.jsonl",
  };
}

function readCitation(value: unknown): VoteRecord["citations"] {
  if (!value || typeof value !== "object") return [];
  const { source, section, line, quote } = value as Record<string, unknown>;
  if (typeof source !== "string" || typeof line !== "number") return [];
  return [
    {
      source,
      section: typeof section === "string" ? section : null,
      line,
      quote: typeof quote === "string" ? quote : "",
    },
  ];
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, maxStoredLength);
}

function isPlatform(value: unknown): value is Platform {
  return value === "slack" || value === "discord" || value === "terminal" || value === "web";
}
