// render.ts: the text pieces every adapter shares, so an answer reads the same everywhere.
import { describe, expect, it } from "vitest";
import {
  answerBody,
  answerToText,
  datedSpan,
  declineLines,
  definitionText,
  describeCitation,
  describeDocument,
  formatDate,
  helpLines,
  sourcesLines,
  trimQuote,
} from "../../src/answer/render.ts";
import type { Answer, Citation, DocumentMeta } from "../../src/types.ts";

const citation: Citation = {
  title: "Sustainability and Transformation Plans",
  publisher: "The King's Fund",
  date: "2016-10-06",
  source: "000_e0e29c80bb37612b.txt",
  section: "Timeline",
  line: 17,
  quote: "The original deadline was the end of June 2016.",
  url: null,
};

const answered: Answer = {
  question: "what was the deadline",
  answered: true,
  answer: "The original deadline was the end of June 2016.",
  citations: [
    citation,
    {
      ...citation,
      title: "Synopsis",
      publisher: null,
      date: null,
      section: null,
      line: 30,
      quote: "… re-submitted by October.",
    },
  ],
  suggestions: [],
  message: "",
};

const declined: Answer = {
  question: "what is the weather",
  answered: false,
  answer: "",
  citations: [],
  suggestions: ["How many STP areas are there?", "Who leads each STP?"],
  message:
    "I couldn't find an answer to that in the STP documents, so I won't guess. They do answer questions like these.",
};

describe("formatDate", () => {
  it.each([
    ["2016-10-06", "6 October 2016"],
    ["2017-03-31", "31 March 2017"],
    ["2016-02-01", "1 February 2016"],
    ["2017-03", "March 2017"],
    ["2017", "2017"],
  ])("writes %s as %s", (iso, written) => {
    expect(formatDate(iso)).toBe(written);
  });

  it("returns null for no date", () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate("")).toBeNull();
  });
});

describe("describeDocument", () => {
  it("gives the title, publisher and date", () => {
    expect(describeDocument(citation)).toBe(
      "Sustainability and Transformation Plans — The King's Fund, 6 October 2016",
    );
  });

  it("says so when the page does not name its publisher", () => {
    expect(describeDocument({ ...citation, publisher: null })).toBe(
      "Sustainability and Transformation Plans — publisher not stated, 6 October 2016",
    );
  });

  it("says undated when the page gives no date, so readers know to check", () => {
    expect(describeDocument({ ...citation, date: null })).toBe(
      "Sustainability and Transformation Plans — The King's Fund, undated",
    );
    expect(describeDocument({ ...citation, publisher: null, date: null })).toBe(
      "Sustainability and Transformation Plans — publisher not stated, undated",
    );
  });
});

describe("describeCitation", () => {
  it("adds the section after the document", () => {
    expect(describeCitation(citation)).toBe(
      "Sustainability and Transformation Plans — The King's Fund, 6 October 2016 · Timeline",
    );
  });

  it("leaves out a section that is the document's own title", () => {
    expect(describeCitation({ ...citation, section: citation.title })).toBe(
      "Sustainability and Transformation Plans — The King's Fund, 6 October 2016",
    );
  });

  it("leaves out a missing section", () => {
    expect(describeCitation({ ...citation, section: null })).toBe(describeDocument(citation));
  });
});

describe("trimQuote", () => {
  const quote =
    "The original deadline for submitting plans to NHS England was the end of June 2016.";

  it("returns a quote that fits unchanged", () => {
    expect(trimQuote(quote, quote.length)).toBe(quote);
    expect(trimQuote(quote, 1000)).toBe(quote);
  });

  it("cuts at a word boundary and marks the cut with …", () => {
    const trimmed = trimQuote(quote, 40);
    expect(trimmed).toBe("The original deadline for submitting…");
    expect(quote.startsWith(trimmed.slice(0, -1))).toBe(true);
  });

  it("drops a comma or colon left before the cut", () => {
    expect(trimQuote("Plans, budgets, and more words here", 16)).toBe("Plans, budgets…");
  });

  it("cuts inside a long word rather than giving back too little", () => {
    const trimmed = trimQuote(`Supercalifragilistic${"x".repeat(50)} end`, 20);
    expect(trimmed).toHaveLength(20);
    expect(trimmed.endsWith("…")).toBe(true);
  });

  it("never exceeds the maximum", () => {
    for (let max = 0; max <= quote.length + 2; max++) {
      const trimmed = trimQuote(quote, max);
      expect(trimmed.length, `max ${max}`).toBeLessThanOrEqual(max);
      if (trimmed !== quote && max > 0) expect(trimmed.endsWith("…"), `max ${max}`).toBe(true);
    }
  });

  it("never cuts between the two halves of a surrogate pair", () => {
    expect(trimQuote("😀😀😀😀", 4)).toBe("😀…");
  });

  it("gives just … or nothing when there is no room", () => {
    expect(trimQuote(quote, 1)).toBe("…");
    expect(trimQuote(quote, 0)).toBe("");
  });
});

describe("declineLines", () => {
  it("gives the reason, then the questions the documents do answer", () => {
    expect(declineLines(declined)).toEqual([
      declined.message,
      "You could ask:",
      "• How many STP areas are there?",
      "• Who leads each STP?",
    ]);
  });

  it("gives only the reason when there is nothing to suggest", () => {
    expect(declineLines({ ...declined, suggestions: [] })).toEqual([declined.message]);
  });
});

describe("answerBody", () => {
  it("is the answer alone when there is no message", () => {
    expect(answerBody(answered)).toBe("The original deadline was the end of June 2016.");
  });

  it("puts a message such as sources differing on the line under the answer", () => {
    expect(answerBody({ ...answered, message: "The sources differ on this." })).toBe(
      "The original deadline was the end of June 2016.\nThe sources differ on this.",
    );
  });
});

describe("answerToText", () => {
  it("shows the answer, then each citation numbered with its document and its quote", () => {
    expect(answerToText(answered)).toBe(
      [
        "The original deadline was the end of June 2016.",
        "",
        "[1] Sustainability and Transformation Plans — The King's Fund, 6 October 2016 · Timeline",
        "    “The original deadline was the end of June 2016.”",
        "[2] Synopsis — publisher not stated, undated",
        "    “… re-submitted by October.”",
      ].join("\n"),
    );
  });

  it("shows a message, such as sources disagreeing, under the answer", () => {
    const text = answerToText({
      ...answered,
      message: "The sources differ on this: compare [1] with [2].",
    });
    expect(text.split("\n").slice(0, 3)).toEqual([
      "The original deadline was the end of June 2016.",
      "The sources differ on this: compare [1] with [2].",
      "",
    ]);
  });

  it("shows a decline as the reason and the suggestions", () => {
    expect(answerToText(declined)).toBe(declineLines(declined).join("\n"));
    expect(answerToText(declined)).toContain("• Who leads each STP?");
  });
});

describe("sourcesLines", () => {
  it("lists each document with its publisher and date", () => {
    const doc: DocumentMeta = {
      id: "a",
      title: "Background to STPs",
      publisher: "Royal College of Physicians",
      date: "2017-03-31",
      source: "004_2c079417209677f1.txt",
      url: null,
      file: "content/a.md",
    };
    expect(sourcesLines([doc, { ...doc, publisher: null, date: null }])).toEqual([
      "• Background to STPs — Royal College of Physicians, 31 March 2017",
      "• Background to STPs — publisher not stated, undated",
    ]);
  });
});

describe("definitionText", () => {
  it("gives the term, its expansion and its description", () => {
    expect(
      definitionText("ccg", {
        term: "CCG",
        expansion: "clinical commissioning group",
        aliases: [],
        description: "A clinically led NHS body.",
      }),
    ).toBe("CCG: clinical commissioning group. A clinically led NHS body.");
  });

  it("leaves out a missing description", () => {
    expect(
      definitionText("iow", {
        term: "IOW",
        expansion: "Isle of Wight",
        aliases: [],
        description: null,
      }),
    ).toBe("IOW: Isle of Wight.");
  });

  it("says plainly when a term is not in the glossary", () => {
    expect(definitionText("XYZ", null)).toBe(
      "“XYZ” is not in the glossary. Try “sources” to see what the documents cover.",
    );
  });
});

describe("helpLines", () => {
  const bundled = [{ date: "2016-10-06" }, { date: "2017-03-31" }, { date: null }];
  const source = (
    documents: { date: string | null }[],
    examples = ["How many STP areas are there?", "Who leads each STP?"],
  ) => ({
    documents,
    examples: () => examples,
  });

  it("give examples and say that answers are quoted with citations", () => {
    const lines = helpLines(source(bundled));
    expect(lines[0]).toMatch(/Sustainability and Transformation Plans/);
    expect(lines.filter((line) => line.startsWith("• ")).length).toBeGreaterThanOrEqual(2);
    expect(lines.join("\n")).toMatch(/word for word/);
  });

  it("give no examples when the documents answer none of them", () => {
    expect(helpLines(source(bundled, []))[0]).toBe(
      "Ask a question about NHS England's Sustainability and Transformation Plans (STPs).",
    );
  });

  it("say which years the documents date from, as they are, not as the bundled ones were", () => {
    expect(helpLines(source(bundled)).at(-1)).toBe(
      "The documents date from 2016–17: check the dates before relying on them.",
    );
    // An editor's board papers of 2023 beside them.
    expect(helpLines(source([...bundled, { date: "2023-05" }])).at(-1)).toMatch(/from 2016–23:/);
    expect(helpLines(source([{ date: null }])).at(-1)).toBe(
      "Check each document's date before relying on it.",
    );
  });
});

describe("datedSpan", () => {
  it.each([
    [["2016-10-06", "2017-03-31"], "2016–17"],
    [["2017", "2017-06"], "2017"],
    [["2016-01-01", "2026-01-01"], "2016–2026"],
    [["1999-12", "2001-01"], "1999–2001"],
    [[null], null],
  ])("reads %j as %j", (dates, span) => {
    expect(datedSpan(dates.map((date) => ({ date })))).toBe(span);
  });
});
