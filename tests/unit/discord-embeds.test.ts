import { describe, expect, it } from "vitest";
import {
  answerFooter,
  answerReply,
  definitionReply,
  helpReply,
  moreSourcesReply,
  noMentions,
  rateLimitedReply,
  sourcesReply,
} from "../../adapters/discord/embeds.ts";
import { embedLength, embedLimits } from "../../adapters/discord/fit-embed.ts";
import { helpLines } from "../../src/answer/render.ts";
import type { Answer, Citation, DocumentMeta } from "../../src/types.ts";

const citation = (n: number, quote = `Quote number ${n}.`): Citation => ({
  title: `Document ${n}`,
  publisher: "The King's Fund",
  date: "2016-10-06",
  source: `00${n}.txt`,
  section: "What are STPs?",
  line: 10 + n,
  quote,
  url: null,
});

const answered = (
  citations: Citation[],
  text = "A total of 44 areas have been identified.",
): Answer => ({
  question: "How many STP areas are there?",
  answered: true,
  answer: text,
  citations,
  suggestions: [],
  message: "",
});

const declined: Answer = {
  question: "what's the weather tomorrow",
  answered: false,
  answer: "",
  citations: [],
  suggestions: ["How many STP areas are there?", "How big is the fund?"],
  message: "I couldn't find an answer to that in the STP documents, so I won't guess.",
};

/** Every limit Discord enforces on one message's embeds and buttons. */
function expectWithinLimits(reply: ReturnType<typeof answerReply>): void {
  for (const embed of reply.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(embedLimits.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(embedLimits.description);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(embedLimits.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(embedLimits.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(embedLimits.fieldValue);
    }
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(embedLimits.footerText);
  }
  expect(reply.embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(
    embedLimits.total,
  );
  for (const row of reply.components) {
    for (const button of row.components) expect(button.custom_id.length).toBeLessThanOrEqual(100);
  }
}

describe("answerReply", () => {
  it("shows the question as the title without control characters or marks that reverse text", () => {
    const asked = {
      ...answered([citation(1)]),
      question: "how many\u0007 STP areas\u202e are there?",
    };
    const [embed] = answerReply(asked, { answerId: "a1" }).embeds;
    expect(embed?.title).toBe("how many  STP areas are there?");
  });

  it("puts the quote in the description and citations in numbered fields", () => {
    const reply = answerReply(answered([citation(1), citation(2)]), { answerId: "a1" });
    const [embed] = reply.embeds;
    expect(embed?.title).toBe("How many STP areas are there?");
    expect(embed?.description).toBe("A total of 44 areas have been identified.");
    expect(embed?.fields).toEqual([
      {
        name: "[1] Document 1 — The King's Fund, 6 October 2016 · What are STPs?",
        value: "“Quote number 1.”",
      },
      {
        name: "[2] Document 2 — The King's Fund, 6 October 2016 · What are STPs?",
        value: "“Quote number 2.”",
      },
    ]);
    expect(embed?.footer?.text).toBe(answerFooter);
  });

  it("sends every reply with allowed_mentions that parse nothing", () => {
    expect(noMentions).toEqual({ parse: [], repliedUser: false });
    for (const reply of [
      answerReply(answered([citation(1)]), { answerId: "a1" }),
      answerReply(declined, { answerId: "a1" }),
      moreSourcesReply(answered([citation(1), citation(2)]), 1, {
        answerId: "a1",
        citationsPerPage: 1,
      }),
      definitionReply("CCG", null),
      sourcesReply([]),
      helpReply({ documents: [], examples: () => [] }),
      rateLimitedReply(1000, 5),
    ]) {
      expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
    }
  });

  it("shows three citations and offers the rest behind More sources", () => {
    const reply = answerReply(answered([1, 2, 3, 4, 5].map((n) => citation(n))), {
      answerId: "a1",
    });
    expect(reply.embeds[0]?.fields).toHaveLength(3);
    const buttons = reply.components[0]?.components ?? [];
    expect(buttons.map((b) => ("label" in b ? b.label : b.emoji?.name))).toEqual([
      "More sources (2)",
      "👍",
      "👎",
    ]);
    expect(buttons[0]?.custom_id).toBe("stp:more:a1:3");
  });

  it("declines with the reason and the suggested questions, and no citation fields", () => {
    const reply = answerReply(declined, { answerId: "a1" });
    const [embed] = reply.embeds;
    expect(embed?.description).toBe(
      "I couldn't find an answer to that in the STP documents, so I won't guess.\nYou could ask:\n• How many STP areas are there?\n• How big is the fund?",
    );
    expect(embed?.fields).toBeUndefined();
    expect(reply.components[0]?.components.map((b) => b.custom_id)).toEqual([
      "stp:vote:up:a1",
      "stp:vote:down:a1",
    ]);
  });

  it("offers no votes on a question that could not be used at all", () => {
    const empty: Answer = {
      ...declined,
      question: "",
      problem: "empty",
      suggestions: [],
      message: "Please type a question.",
    };
    const reply = answerReply(empty, { answerId: "a1" });
    expect(reply.embeds[0]?.title).toBeUndefined();
    expect(reply.components).toEqual([]);
  });

  it("escapes Discord markdown so a verbatim quote shows as written", () => {
    const reply = answerReply(
      answered([citation(1, "Costs *rose* by __10%__")], "It was **bold**"),
      {
        answerId: "a1",
      },
    );
    expect(reply.embeds[0]?.description).toBe("It was \\*\\*bold\\*\\*");
    expect(reply.embeds[0]?.fields?.[0]?.value).toBe("“Costs \\*rose\\* by \\_\\_10%\\_\\_”");
  });

  it("shows mentions, timestamps, headings, lists and masked links in a quote as written", () => {
    // Before, an embed showed <@…> as a member's name, <t:…:R> as "2 years ago", "# " as a
    // heading and [text](url) as a link whose address was hidden.
    const quote =
      "Ask <@123456789012345678> in <#130000000000000000> by <t:1700000000:R> <:nhs:140000000000000000>, see [the plan](https://example.org)";
    const reply = answerReply(answered([citation(1, quote)], "# Costs\n1. rose\n- fell"), {
      answerId: "a1",
    });
    expect(reply.embeds[0]?.description).toBe("\\# Costs\n1\\. rose\n\\- fell");
    expect(reply.embeds[0]?.fields?.[0]?.value).toBe(
      "“Ask \\<@123456789012345678> in \\<#130000000000000000> by \\<t:1700000000:R> \\<:nhs:140000000000000000>, see \\[the plan](https://example.org)”",
    );
    const titled: DocumentMeta = {
      id: "d1",
      title: "Plan for <@123456789012345678>",
      publisher: null,
      date: "2017-03",
      source: "",
      url: null,
      file: "",
    };
    const sources = sourcesReply([titled]);
    expect(sources.embeds[0]?.description).toContain("Plan for \\<@123456789012345678>");
  });

  it("adds the document's link under the quote when it has one", () => {
    const withUrl = { ...citation(1), url: "https://www.kingsfund.org.uk/stps" };
    const reply = answerReply(answered([withUrl]), { answerId: "a1" });
    expect(reply.embeds[0]?.fields?.[0]?.value).toBe(
      "“Quote number 1.”\nhttps://www.kingsfund.org.uk/stps",
    );
  });

  it("stays within every Discord limit with a 10,000-character quote and 40 citations", () => {
    const long = "word ".repeat(2000);
    const citations = Array.from({ length: 40 }, (_, i) => ({
      ...citation(i + 1, long),
      title: "T".repeat(300),
      section: "S".repeat(300),
      url: "https://example.org/doc",
    }));
    const answer = { ...answered(citations, long), question: "Q".repeat(3000) };
    const reply = answerReply(answer, { answerId: "a1" });
    expectWithinLimits(reply);
    expect(reply.embeds[0]?.fields?.[0]?.value).toMatch(/^“word word .*…”/s);
    for (let offset = 3; offset < 40; offset += 3) {
      expectWithinLimits(moreSourcesReply(answer, offset, { answerId: "a1" }));
    }
    expectWithinLimits(answerReply(answer, { answerId: "a1", citationsPerPage: 40 }));
  });
});

describe("moreSourcesReply", () => {
  const answer = answered([1, 2, 3, 4, 5, 6, 7].map((n) => citation(n)));

  it("numbers the next page of citations on from the offset", () => {
    const reply = moreSourcesReply(answer, 3, { answerId: "a1" });
    expect(reply.embeds[0]?.fields?.map((f) => f.name.slice(0, 3))).toEqual(["[4]", "[5]", "[6]"]);
    expect(reply.components[0]?.components.map((b) => b.custom_id)).toEqual(["stp:more:a1:6"]);
  });

  it("has no further button on the last page", () => {
    const reply = moreSourcesReply(answer, 6, { answerId: "a1" });
    expect(reply.embeds[0]?.fields?.map((f) => f.name.slice(0, 3))).toEqual(["[7]"]);
    expect(reply.components).toEqual([]);
  });

  it("says so when there are no more sources", () => {
    expect(moreSourcesReply(answer, 9, { answerId: "a1" }).embeds[0]?.description).toBe(
      "There are no more sources for this answer.",
    );
  });
});

describe("the other replies", () => {
  it("defines a glossary term, or says it is not in the glossary", () => {
    const entry = {
      term: "CCG",
      expansion: "clinical commissioning group",
      aliases: [],
      description: null,
    };
    expect(definitionReply("CCG", entry).embeds[0]?.description).toBe(
      "CCG: clinical commissioning group.",
    );
    expect(definitionReply("XYZ", null).embeds[0]?.description).toMatch(/not in the glossary/);
  });

  it("lists the sources one per line, cut short with a count when there are too many", () => {
    const doc = (n: number): DocumentMeta => ({
      id: `d${n}`,
      title: `Document ${n} ${"x".repeat(80)}`,
      publisher: null,
      date: "2017-03",
      source: "",
      url: null,
      file: "",
    });
    const few = sourcesReply([doc(1), doc(2)]).embeds[0];
    expect(few?.title).toBe("Source documents (2)");
    expect(few?.description?.split("\n")).toHaveLength(2);
    const many = sourcesReply(Array.from({ length: 100 }, (_, i) => doc(i)));
    expectWithinLimits(many);
    expect(many.embeds[0]?.description).toMatch(/…and \d+ more\.$/);
  });

  it("adds Discord's ways of asking to the shared help", () => {
    const source = { documents: [], examples: () => ["How many STP areas are there?"] };
    const description = helpReply(source, "42").embeds[0]?.description ?? "";
    expect(description).toContain(helpLines(source)[0]);
    expect(description).toContain("`/stp ask question:…`");
    expect(description).toContain("<@42>");
  });

  it("says how long to wait when rate limited", () => {
    expect(rateLimitedReply(41_200, 5).embeds[0]?.description).toBe(
      "You've asked 5 questions in the last minute, which is as many as I answer for one person. Please ask again in 42 seconds.",
    );
    expect(rateLimitedReply(10, 1).embeds[0]?.description).toMatch(
      /asked 1 question in .* in 1 second\.$/,
    );
  });
});
