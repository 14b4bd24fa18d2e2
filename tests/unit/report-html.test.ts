// report/html.ts, chart.ts and summary.ts: one self-contained page that loads nothing, escapes everything, and a summary that says the same.
import { describe, expect, it } from "vitest";
import { type Report, reportHtml, reportSummary, weeklyChart } from "../../src/report/index.ts";

const report: Report = {
  built: "2026-11-30T12:00:00.000Z",
  since: "2026-10-31T12:00:00.000Z",
  questions: 120,
  answered: 90,
  declined: 30,
  weeks: [
    { week: "2026-11-02", answered: 40, declined: 10 },
    { week: "2026-11-09", answered: 50, declined: 20 },
  ],
  gaps: [
    {
      label: "parking, charges",
      keys: ["park", "charg"],
      count: 12,
      examples: ["<script>alert('x')</script> parking?", "parking charges & fees"],
      first: "2026-11-02",
      last: "2026-11-12",
    },
  ],
  untopical: 2,
  votes: { up: 7, down: 3 },
  disliked: [
    {
      question: "How many STP areas are there?",
      answer: "There are 44 STP areas.",
      source: "000.txt",
      title: "Sustainability and Transformation Plans",
      section: "Footprints",
      line: 12,
      quote: "There are 44 STP areas.",
      downs: 2,
      last: "2026-11-10",
    },
  ],
  topics: [{ label: "parking", key: "park", count: 14 }],
  documents: [
    {
      source: "000.txt",
      title: "Sustainability and Transformation Plans",
      file: "stps.md",
      cited: 80,
      up: 5,
      down: 2,
    },
    { source: "001.txt", title: "What next?", file: "what-next.md", cited: 0, up: 0, down: 0 },
    { source: "gone.txt", title: null, file: null, cited: 3, up: 0, down: 1 },
  ],
};

describe("reportHtml", () => {
  const html = reportHtml(report);

  it("is one page that asks for nothing outside itself", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(|https?:\/\//i);
  });

  it("escapes what people typed", () => {
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; parking?");
    expect(html).toContain("parking charges &amp; fees");
  });

  it("shows each part the issue asks for", () => {
    for (const text of [
      "Questions per week",
      "Coverage gaps",
      "parking, charges",
      "Answers people disliked",
      "There are 44 STP areas.",
      "Footprints · line 12",
      "Votes per document",
      "Most asked topics",
      "Most cited",
      "Never cited",
      "What next?",
      'gone.txt <span class="note">(no longer in the content folder)</span>',
    ])
      expect(html).toContain(text);
  });
});

describe("weeklyChart", () => {
  it("draws a stacked bar per week with a readable description", () => {
    const svg = weeklyChart(report.weeks);
    expect(svg.match(/<rect [^>]*fill="#0072B2"><title>/g)).toHaveLength(2);
    expect(svg.match(/<rect [^>]*fill="#E69F00"><title>/g)).toHaveLength(2);
    expect(svg).toContain(
      '<desc id="chart-desc">2026-11-02: 40 answered, 10 declined; 2026-11-09: 50 answered, 20 declined</desc>',
    );
  });

  it("says so when there is nothing to draw", () => {
    expect(weeklyChart([])).toContain("No questions in this period.");
  });
});

describe("reportSummary", () => {
  it("gives the totals, the largest gaps, the most disliked answer and the unused documents", () => {
    expect(reportSummary(report).split("\n")).toEqual([
      "Question log, since 2026-10-31: 120 questions, 90 answered (75%), 30 declined (25%); 7 👍, 3 👎.",
      "Largest coverage gaps (declined questions by subject):",
      "  12  parking, charges: “<script>alert('x')</script> parking?”",
      "Most disliked answer: “How many STP areas are there?” (2 👎, quoting Sustainability and Transformation Plans).",
      "Never cited: 1 document (what-next.md).",
    ]);
  });
});
