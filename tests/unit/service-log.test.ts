// The service's JSON log: one object a line, fields kept, secrets censored or masked, questions only with LOG_QUESTIONS=1.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createServiceLogger, maskSecrets } from "../../adapters/service/log.ts";

function capture(logQuestions = false) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split("\n")) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = createServiceLogger({ pretty: false, destination, logQuestions });
  return { logger, lines };
}

describe("createServiceLogger", () => {
  it("writes one JSON object per line with the level's name, the message and the fields", () => {
    const { logger, lines } = capture();
    logger.info("slack: answered a mention in C0123", {
      platform: "slack",
      outcome: "answered",
      latencyMs: 12.5,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "slack: answered a mention in C0123",
      platform: "slack",
      outcome: "answered",
      latencyMs: 12.5,
    });
    expect(typeof lines[0]?.time).toBe("number");
  });

  it("drops the question's text unless LOG_QUESTIONS=1", () => {
    const quiet = capture(false);
    quiet.logger.info("slack: answered", { platform: "slack", question: "my NHS number is 123" });
    expect(JSON.stringify(quiet.lines)).not.toContain("NHS number");
    expect(quiet.lines[0]).not.toHaveProperty("question");
    const loud = capture(true);
    loud.logger.info("slack: answered", { question: "how big is the fund" });
    expect(loud.lines[0]?.question).toBe("how big is the fund");
  });

  it("censors token fields by name and masks tokens in messages and field values", () => {
    const { logger, lines } = capture();
    logger.warn("slack: call failed with xoxb-1111-2222-abcdefgh", {
      token: "xoxb-1111-2222-abcdefgh",
      config: { appToken: "xapp-1-A-2-secret", signingSecret: "8f74" },
      detail: "redis://:hunter2@redis:6379 refused",
    });
    const text = JSON.stringify(lines);
    for (const secret of ["abcdefgh", "secret", "8f74", "hunter2"])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      msg: "slack: call failed with xoxb-…",
      token: "[redacted]",
      config: { appToken: "[redacted]", signingSecret: "[redacted]" },
      detail: "redis://:…@redis:6379 refused",
    });
  });

  it("writes nothing below its level", () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createServiceLogger({ pretty: false, destination, level: "warn" });
    logger.info("not shown");
    logger.warn("shown");
    expect(lines.join("")).toContain("shown");
    expect(lines.join("")).not.toContain("not shown");
  });
});

describe("maskSecrets", () => {
  it("masks Slack tokens, Discord bot tokens and passwords in URLs", () => {
    expect(maskSecrets("xoxb-1-2-abc and xapp-1-A-2-def")).toBe("xoxb-… and xapp-…");
    expect(
      maskSecrets("MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-for-tests-only_0123456789abcdef"),
    ).toBe("[discord token]");
    expect(maskSecrets("rediss://default:pw@cache:6380")).toBe("rediss://default:…@cache:6380");
  });
});
