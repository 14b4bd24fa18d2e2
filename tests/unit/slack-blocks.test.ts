// blocks.ts: answers as Block Kit, escaped, and inside Slack's limits however long the sources are.
import { describe, expect, it } from "vitest";
import {
  answerMessage,
  definitionMessage,
  helpMessage,
  type SlackMessage,
  sourcesMessage,
} from "../../adapters/slack/blocks.ts";
import { slackLimits } from "../../adapters/slack/mrkdwn.ts";
import type { Answer, Citation, DocumentMeta } from "../../src/types.ts";

const citation: Citation = {
  title: "Sustainability and Transformation Plans",
  publisher: "NHS Confederation",
  date: "2016-10-06",
  source: "000_e0e29c80bb37612b.txt",
  section: "What are STPs?",
  line: 12,
  quote: "A total of 44 areas have been identified as the geographical ‘footprints’.",
  url: "https://example.org/stps?a=1&b=2",
};

const answered: Answer = {
  question: "How many STP areas are there?",
  answered: true,
  answer: "A total of 44 areas have been identified.",
  citations: [citation, { ...citation, section: null, url: null, line: 40, quote: "Second." }],
  suggestions: [],
  message: "",
};

const declined: Answer = {
  question: "what's the weather tomorrow",
  answered: false,
  answer: "",
  citations: [],
  suggestions: ["How many STP areas are there?", "When was the deadline for submitting plans?"],
  message: "I couldn't find an answer to that in the STP documents, so I won't guess.",
};

const value = '{"id":"a1","q":"How many STP areas are there?"}';

describe("answerMessage", () => {
  it("shows the answer, then each citation numbered with title, publisher, date, section and quote", () => {
    const { blocks } = answerMessage(answered, { buttonValue: value });
    const texts = sectionTexts({ blocks, text: "" });
    expect(texts[0]).toBe("A total of 44 areas have been identified.");
    expect(texts[1]).toBe(
      "*[1]* Sustainability and Transformation Plans — NHS Confederation, 6 October 2016 · What are STPs? · <https://example.org/stps?a=1&amp;b=2|source>\n>A total of 44 areas have been identified as the geographical ‘footprints’.",
    );
    expect(texts[2]).toBe(
      "*[2]* Sustainability and Transformation Plans — NHS Confederation, 6 October 2016\n>Second.",
    );
  });

  it("ends with 👍 and 👎 buttons carrying the given value", () => {
    const { blocks } = answerMessage(answered, { buttonValue: value });
    const actions = blocks.at(-1);
    expect(actions).toMatchObject({
      type: "actions",
      elements: [
        { action_id: "stp_vote_up", value, text: { text: "👍 Helpful" } },
        { action_id: "stp_vote_down", value, text: { text: "👎 Not helpful" } },
      ],
    });
  });

  it("adds a Post to channel button when offered, and no buttons without a value", () => {
    const offered = answerMessage(answered, { buttonValue: value, offerPost: true });
    expect(actionIds(offered)).toEqual(["stp_vote_up", "stp_vote_down", "stp_post"]);
    expect(actionIds(answerMessage(answered, { buttonValue: null }))).toEqual([]);
  });

  it("leaves out the buttons when the question itself could not be used", () => {
    const empty: Answer = { ...declined, suggestions: [], problem: "empty", message: "Type one." };
    expect(actionIds(answerMessage(empty, { buttonValue: value }))).toEqual([]);
  });

  it("gives a plain fallback text with the answer and its numbered sources", () => {
    const { text } = answerMessage(answered, { buttonValue: value });
    expect(text).toContain("A total of 44 areas have been identified.");
    expect(text).toContain("[1] Sustainability and Transformation Plans — NHS Confederation");
    expect(text).toContain("[2] ");
  });

  it("declines with the reason and the suggested questions", () => {
    const message = answerMessage(declined, { buttonValue: value });
    expect(sectionTexts(message)[0]).toBe(
      "I couldn't find an answer to that in the STP documents, so I won't guess.\nYou could ask:\n• How many STP areas are there?\n• When was the deadline for submitting plans?",
    );
    expect(message.text).toContain("You could ask:");
    expect(actionIds(message)).toEqual(["stp_vote_up", "stp_vote_down"]);
  });

  it("shows who asked what above an answer posted for them", () => {
    const message = answerMessage(answered, { buttonValue: value, askedBy: "U0ASKER" });
    expect(message.blocks[0]).toEqual({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "<@U0ASKER> asked: “How many STP areas are there?”",
          verbatim: true,
        },
      ],
    });
    expect(message.text.startsWith("<@U0ASKER> asked:")).toBe(true);
  });

  it("shows the question back without control characters or marks that reverse text", () => {
    const asked = { ...answered, question: "how many\u0007 STP areas\u202e are there?" };
    const message = answerMessage(asked, { buttonValue: value, askedBy: "U0ASKER" });
    expect(message.text).toContain("asked: “how many  STP areas are there?”");
  });

  it("escapes <!channel>, & and links from the question and the documents", () => {
    const hostile: Answer = {
      ...answered,
      question: "<!channel> Q&A <https://evil.example|click>",
      answer: "Costs <!here> & more <@U123>",
      citations: [
        {
          ...citation,
          title: "A&E <b>",
          publisher: "<!everyone>",
          section: "Ops & <maint>",
          quote: "Quote <!channel> & <https://evil.example|link>",
          url: "javascript:alert(1)",
        },
      ],
    };
    const message = answerMessage(hostile, { buttonValue: value, askedBy: "U0ASKER" });
    const shown = JSON.stringify(message, (key, v) => (key === "value" ? undefined : v));
    for (const raw of ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<https://evil", "<b>"]) {
      expect(shown).not.toContain(raw);
    }
    expect(shown).toContain("&lt;!channel&gt; Q&amp;A");
    expect(shown).toContain("Costs &lt;!here&gt; &amp; more");
    expect(shown).toContain("A&amp;E &lt;b&gt;");
    expect(shown).not.toContain("javascript:");
    expect(message.text).toContain("&lt;!channel&gt;");
  });

  it("shows a document's *, _, ~ and ` as written, not as bold, italics, strikes or code", () => {
    const marked: Answer = {
      ...answered,
      answer: "Savings of ~£2bn to ~£3bn*",
      citations: [{ ...citation, title: "*Draft* plan", quote: "See _Annex B_ and `code`." }],
    };
    const message = answerMessage(marked, { buttonValue: value });
    const shown = message.blocks
      .map((block) => (block.type === "section" ? (block.text?.text ?? "") : ""))
      .join("\n");
    // Our own "*[1]*" is the only bold left.
    expect(shown.replace("*[1]*", "")).not.toMatch(/[*_~`]/);
    expect(shown).toContain("Savings of ∼£2bn to ∼£3bn∗");
    expect(shown).toContain("*[1]* ∗Draft∗ plan");
    expect(shown).toContain("See ˍAnnex Bˍ and ˋcodeˋ.");
  });

  it("stays inside Slack's limits with a 10,000-character quote and 60 citations", () => {
    const long = "NHS England & partners ".repeat(435).slice(0, 10_000);
    const huge: Answer = {
      ...answered,
      question: "q".repeat(3000),
      answer: long,
      citations: Array.from({ length: 60 }, (_, i) => ({ ...citation, line: i, quote: long })),
    };
    const message = answerMessage(huge, { buttonValue: value, offerPost: true, askedBy: "U1" });
    expectWithinLimits(message);
    const citations = sectionTexts(message).filter((t) => /^\*\[\d+\]\*/.test(t));
    expect(citations.length).toBeGreaterThan(40);
    expect(citations.every((t) => t.endsWith("…"))).toBe(true);
    expect(JSON.stringify(message.blocks)).toContain("more citations, left out to fit in Slack");
    expect(actionIds(message)).toEqual(["stp_vote_up", "stp_vote_down", "stp_post"]);
  });

  it("trims one 10,000-character quote to fit, whole words and an ellipsis", () => {
    const long = "word ".repeat(2000);
    const one = answerMessage(
      { ...answered, citations: [{ ...citation, quote: long }] },
      {
        buttonValue: value,
      },
    );
    expectWithinLimits(one);
    const quoted = sectionTexts(one)[1] ?? "";
    expect(quoted).toMatch(/>word( word)+…$/);
    expect(quoted.length).toBeGreaterThan(2500);
  });

  it("counts escaping towards the limit: a quote of 3,000 ampersands still fits", () => {
    const message = answerMessage(
      {
        ...answered,
        answer: "&".repeat(3000),
        citations: [{ ...citation, quote: "&".repeat(3000) }],
      },
      { buttonValue: value },
    );
    expectWithinLimits(message);
  });
});

describe("other replies", () => {
  it("help lists the shared help lines and the Slack ways to ask, escaped", () => {
    const { text, blocks } = helpMessage({
      documents: [],
      examples: () => ["How many STP areas are there?"],
    });
    expect(text).toContain("How many STP areas are there?");
    expect(text).toContain("/stp &lt;question&gt;");
    expect(text).toContain("/stp define &lt;acronym&gt;");
    expect(blocks).toHaveLength(1);
  });

  it("sources lists every document with publisher and date", () => {
    const docs: DocumentMeta[] = [
      doc("a", "STPs & you", "NHS England", "2016-10-06"),
      doc("b", "Next steps", null, null),
    ];
    const message = sourcesMessage(docs);
    const text = sectionTexts(message).join("\n");
    expect(text).toContain("these 2 documents");
    expect(text).toContain("• STPs &amp; you — NHS England, 6 October 2016");
    expect(text).toContain("• Next steps — publisher not stated, undated");
  });

  it("sources stays inside the limits with 2,000 documents", () => {
    const docs = Array.from({ length: 2000 }, (_, i) =>
      doc(`d${i}`, `Document ${i} ${"long title ".repeat(20)}`, "NHS England", "2017-03"),
    );
    const message = sourcesMessage(docs);
    expectWithinLimits(message);
    expect(JSON.stringify(message.blocks)).toMatch(/and \d+ more documents/);
  });

  it("define shows the glossary entry, or says the term is not in it", () => {
    const entry = {
      term: "CCG",
      expansion: "clinical commissioning group",
      aliases: [],
      description: null,
    };
    expect(definitionMessage("ccg", entry).text).toBe("CCG: clinical commissioning group.");
    expect(definitionMessage("<!here>", null).text).toContain(
      "“&lt;!here&gt;” is not in the glossary",
    );
  });
});

function expectWithinLimits(message: SlackMessage) {
  expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
  expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
  for (const block of message.blocks) {
    if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    if (block.type === "context")
      for (const element of block.elements)
        expect("text" in element ? element.text.length : 0).toBeLessThanOrEqual(2000);
    if (block.type === "actions")
      for (const element of block.elements)
        expect("value" in element ? String(element.value).length : 0).toBeLessThanOrEqual(2000);
  }
}

function sectionTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((block) =>
    block.type === "section" && block.text ? [block.text.text] : [],
  );
}

function actionIds(message: SlackMessage): string[] {
  return message.blocks.flatMap((block) =>
    block.type === "actions"
      ? block.elements.map((e) => ("action_id" in e ? String(e.action_id) : ""))
      : [],
  );
}

function doc(
  id: string,
  title: string,
  publisher: string | null,
  date: string | null,
): DocumentMeta {
  return { id, title, publisher, date, source: `${id}.txt`, url: null, file: `${id}.md` };
}
