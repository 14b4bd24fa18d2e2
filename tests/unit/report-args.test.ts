// report-args.ts and since.ts: `npm run report` options, and the usage errors that name the problem.
import { describe, expect, it } from "vitest";
import { parseReportArgs } from "../../adapters/terminal/report-args.ts";
import { readSince } from "../../src/report/since.ts";

const now = new Date("2026-11-30T12:00:00Z");

describe("parseReportArgs", () => {
  it("builds everything kept into report.html by default", () => {
    expect(parseReportArgs([], now)).toEqual({
      since: null,
      out: null,
      content: null,
      json: false,
      help: false,
      version: false,
    });
  });

  it("reads --since, --out, --content and --json, with or without =", () => {
    const argv = ["--since", "30d", "--out=/tmp/r.html", "--content", "my-docs", "--json"];
    expect(parseReportArgs(argv, now)).toEqual({
      since: new Date("2026-10-31T12:00:00Z"),
      out: "/tmp/r.html",
      content: "my-docs",
      json: true,
      help: false,
      version: false,
    });
  });

  it.each([
    [["--since"], "--since needs a value, e.g. --since 30d"],
    [["--content"], "--content needs a value, e.g. --content my-docs"],
    [["--since", "last month"], '--since "last month" is not a period or a date'],
    [["--out", "--json"], "--out needs a value, e.g. --out report.html"],
    [["--html"], "Unknown option --html. Run npm run report -- --help for the options."],
  ])("refuses %j: %s", (argv, message) => {
    const parsed = parseReportArgs(argv, now);
    expect("error" in parsed && parsed.error).toContain(message);
  });
});

describe("readSince", () => {
  it.each([
    ["30d", "2026-10-31T12:00:00.000Z"],
    ["7 days", "2026-11-23T12:00:00.000Z"],
    ["12w", "2026-09-07T12:00:00.000Z"],
    ["2026-11-01", "2026-11-01T00:00:00.000Z"],
    ["0d", "2026-11-30T00:00:00.000Z"],
    // Further back than any log keeps (36,500 days) is everything kept, not a database error.
    ["99999999d", "1926-12-25T12:00:00.000Z"],
  ])("reads %j as %s", (text, iso) => {
    expect(readSince(text, now)?.toISOString()).toBe(iso);
  });

  it.each(["yesterday", "2026-02-30", "30", "-5d"])("reads %j as nothing", (text) => {
    expect(readSince(text, now)).toBeNull();
  });
});
