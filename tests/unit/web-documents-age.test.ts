// documentsAge: the sentence every page shows about how old the documents are.
import { describe, expect, it } from "vitest";
import { documentsAge } from "../../adapters/web/documents-age.ts";
import type { DocumentMeta } from "../../src/index.ts";

const doc = (date: string | null): DocumentMeta => ({
  id: "x",
  title: "T",
  publisher: null,
  date,
  source: "x.md",
  url: null,
  file: "x.md",
});
const now = new Date("2026-11-30T12:00:00Z");

describe("documentsAge", () => {
  it("gives the span of dates, the undated count and the newest one's age", () => {
    expect(documentsAge([doc("2016-10-06"), doc("2017-03-31"), doc(null)], now)).toBe(
      "The 3 documents date from 6 October 2016 to 31 March 2017 (1 is undated); the newest is 9 years old.",
    );
  });

  it("reads one date, a month or a year, and a document less than a year old", () => {
    expect(documentsAge([doc("2026-03")], now)).toBe(
      "The 1 document dates from March 2026; the newest is less than a year old.",
    );
    expect(documentsAge([doc("2025"), doc("2025")], now)).toBe(
      "The 2 documents date from 2025; the newest is a year old.",
    );
  });

  it("says so when no document gives a date", () => {
    expect(documentsAge([doc(null), doc(null)], now)).toBe(
      "The 2 documents give no dates: check each one's age before relying on it.",
    );
  });
});
