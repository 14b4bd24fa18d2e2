// The 👍/👎 log shared by Slack and Discord: one JSON line per vote, never the voter's name.
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Answer, Citation } from "../../src/types.ts";

export type Vote = "up" | "down";

/** Where votes go unless `FEEDBACK_LOG` says otherwise. */
export const defaultFeedbackLog = "feedback.jsonl";

/** The feedback log's path: `FEEDBACK_LOG`, else `feedback.jsonl` in the working folder. */
export function readFeedbackLogPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.FEEDBACK_LOG?.trim() || defaultFeedbackLog;
}

/** One line of the feedback log. */
export interface FeedbackRecord {
  time: string;
  platform: "slack" | "discord";
  vote: Vote;
  question: string;
  /** For a follow-up ("who leads them?"), the question it was answered as. */
  understood?: string;
  answered: boolean;
  /** The passages the answer cited, so a reviewer can see what was judged. */
  citations: Pick<Citation, "source" | "section" | "line" | "quote">[];
}

/** Appends one record; the folder is made if needed. */
export async function appendFeedback(file: string, record: FeedbackRecord): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await appendFile(file, `${JSON.stringify(record)}\n`, "utf8");
}

/** The log line for a vote on an answer: what was asked and which passages were cited. */
export function feedbackRecord(
  answer: Answer,
  vote: Vote,
  platform: FeedbackRecord["platform"],
): FeedbackRecord {
  return {
    time: new Date().toISOString(),
    platform,
    vote,
    question: answer.question,
    ...(answer.understood ? { understood: answer.understood } : {}),
    answered: answer.answered,
    citations: answer.citations.map(({ source, section, line, quote }) => ({
      source,
      section,
      line,
      quote,
    })),
  };
}
