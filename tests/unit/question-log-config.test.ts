// question-log/config.ts: defaults, each variable read, and an error naming each bad one (never DATABASE_URL's value).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config.ts";
import { ConfigError } from "../../src/errors.ts";
import { readQuestionLogConfig } from "../../src/question-log/config.ts";

describe("readQuestionLogConfig", () => {
  it("keeps questions for 90 days in .data/question-log by default", () => {
    expect(readQuestionLogConfig({})).toEqual({
      enabled: true,
      days: 90,
      databaseUrl: null,
      dataDir: path.join(projectRoot, ".data", "question-log"),
      feedbackLog: "feedback.jsonl",
    });
  });

  it("reads QUESTION_LOG, QUESTION_LOG_DAYS, QUESTION_LOG_DIR, DATABASE_URL and FEEDBACK_LOG", () => {
    expect(
      readQuestionLogConfig({
        QUESTION_LOG: " OFF ",
        QUESTION_LOG_DAYS: "30",
        QUESTION_LOG_DIR: "/srv/stp/log",
        DATABASE_URL: "postgres://stp:secret@db.example.org:5432/stp",
        FEEDBACK_LOG: "/srv/stp/votes.jsonl",
      }),
    ).toEqual({
      enabled: false,
      days: 30,
      databaseUrl: "postgres://stp:secret@db.example.org:5432/stp",
      dataDir: "/srv/stp/log",
      feedbackLog: "/srv/stp/votes.jsonl",
    });
  });

  it.each(["on", "true", "yes", "1", ""])("takes QUESTION_LOG=%j as on", (value) => {
    expect(readQuestionLogConfig({ QUESTION_LOG: value }).enabled).toBe(true);
  });

  it.each([
    [
      { QUESTION_LOG: "maybe" },
      "QUESTION_LOG",
      /QUESTION_LOG should be on or off, but it is "maybe"/,
    ],
    [
      { QUESTION_LOG_DAYS: "0" },
      "QUESTION_LOG_DAYS",
      /from 1 to 36,500 \(100 years\), but it is "0"/,
    ],
    // A date that far back cannot be made, so expiring old records would fail every day.
    [{ QUESTION_LOG_DAYS: "999999999" }, "QUESTION_LOG_DAYS", /from 1 to 36,500/],
    [{ QUESTION_LOG_DAYS: "ninety" }, "QUESTION_LOG_DAYS", /whole number of days/],
    [
      { DATABASE_URL: "mysql://stp:hunter2@db/stp" },
      "DATABASE_URL",
      /should be a PostgreSQL address/,
    ],
  ])("refuses %j, naming %s", (env, variable, message) => {
    const read = () => readQuestionLogConfig(env);
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message).not.toContain("hunter2");
    }
  });
});
