// answer.ts: staff questions get one or two sentences quoted word for word, with citations — or a plain decline.
// Scoring is still being tuned, so these tests check what must hold for any ranking, not exact wording.

import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { citedBy } from "../../src/answer/citations.ts";
import { answerToText } from "../../src/answer/render.ts";
import { bundledContentDir, resolveEngineOptions } from "../../src/config.ts";
import { readContentFiles } from "../../src/documents/content.ts";
import { buildEngine, type Engine, loadEngine } from "../../src/engine.ts";
import type { Answer } from "../../src/types.ts";
import { documentText, makeContentFolder, removeFolder } from "../helpers/content-folder.ts";
import {
  answerShape,
  type BundledCorpus,
  isVerbatim,
  quoteParts,
  readBundledCorpus,
} from "../helpers/corpus.ts";

let engine: Engine;
let corpus: BundledCorpus;

beforeAll(async () => {
  [engine, corpus] = await Promise.all([loadEngine(), readBundledCorpus()]);
});

/** The answer and every quote, as one text to look for a fact in. */
function everything(answer: Answer): string {
  return [answer.answer, ...answer.citations.map((c) => c.quote)].join("\n");
}

/** The bundled documents, by file name, to add a page beside. */
async function bundledDocuments(): Promise<Record<string, string>> {
  return Object.fromEntries(
    (await readdir(bundledContentDir))
      .filter((name) => name.endsWith(".md") && name !== "README.md")
      .map((name) => [name, readFileSync(path.join(bundledContentDir, name), "utf8")]),
  );
}

/** Asks one question of an engine built over `files` alone, in a folder removed afterwards. */
async function askOver(question: string, files: Record<string, string>): Promise<Answer> {
  const dir = await makeContentFolder(files);
  try {
    const options = resolveEngineOptions({ contentDir: dir, cacheDir: null });
    return buildEngine(await readContentFiles(dir), options).ask(question);
  } finally {
    await removeFolder(dir);
  }
}

/** One document (Acme Health's unless `publisher` says), as a content folder's files: `{ "<name>.md": text }`. */
function oneDocument(
  name: string,
  title: string,
  date: string,
  body: string,
  publisher = "Acme Health",
) {
  return {
    [`${name}.md`]: documentText({ title: `"${title}"`, publisher: `"${publisher}"`, date }, body),
  };
}

/** The widget audit's summary: a numbered list of findings, each opening with a bold run-in label. */
function auditFindings(items: string) {
  return oneDocument(
    "audit",
    "Summary of the widget audit",
    "2018-01-26",
    `# Summary of the widget audit\n\n## Findings\n\n${items}`,
  );
}

/** What must hold for every answer: quoted word for word, short, and cited. */
function expectTrustworthy(answer: Answer): void {
  expect(answer.answered, answer.question).toBe(true);
  expect(answer.answer.trim(), answer.question).not.toBe("");
  expect(isVerbatim(answer.answer, corpus.passages), `answer to ${answer.question}`).toBe(true);
  const shape = answerShape(answer, corpus.passages);
  expect(shape, `answer to ${answer.question} is whole sentences of one passage`).not.toBeNull();
  if (shape && !shape.listIntro) expect(shape.sentences, answer.question).toBeLessThanOrEqual(2);
  expect(answer.citations.length, answer.question).toBeGreaterThanOrEqual(1);
  expect(answer.citations.length).toBeLessThanOrEqual(engine.options.maxCitations);
  for (const citation of answer.citations) {
    for (const part of quoteParts(citation.quote)) {
      expect(isVerbatim(part, corpus.passages), `quote: ${citation.quote}`).toBe(true);
    }
  }
  // Citation 1 is where the answer was quoted from.
  expect(answer.citations[0]?.quote).toContain(answer.answer);
  expect(answer.suggestions).toEqual([]);
}

describe("answers to staff questions", () => {
  // In the voice people really type in: lower case, typos, acronyms, digits, text-speak.
  it.each<[string, RegExp]>([
    ["how many stp areas r there", /\b44\b/],
    ["how many footprints are there", /\b44\b/],
    ["whats the deadline for submiting plans", /June 2016/],
    ["who leads each stp", /named individual|leaders?\b/i],
    ["where do stp leaders come from", /clinical commissioning groups|CCGs/i],
    ["how big is the transformation fund", /£1\.8/],
    ["how much is the stf", /£1\.8/],
    ["how much will the fund grow to by 2020-21", /£3\.4bn/],
    ["average population of a footprint", /1\.2 mill?ion/],
    ["biggest footprint population", /2\.8 million/],
    ["when do stps become the single application process", /April 2017/],
    ["is the iow one of the 44 areas", /IOW|Isle of Wight/],
    ["7 day services", /seven day services/],
    ["what r the 3 gaps", /gaps/],
    ["email for rcp feedback", /STP@rcplondon\.ac\.uk/],
    ["what questions should physicians consider", /appropriate for your area|clinical input/],
    ["how can doctors get involved", /involved|feedback|lead/i],
    ["what is the role of hm treasury", /Treasury/],
    ["who has to agree how the fund is spent", /HM Treasury/],
  ])("answers %j with a quote that gives the fact", (question, fact) => {
    const answer = engine.ask(question);
    expectTrustworthy(answer);
    expect(everything(answer)).toMatch(fact);
  });

  it("gives every citation its document's title, publisher, date and source, and the passage's section, line and quote", () => {
    const answer = engine.ask("how big is the transformation fund");
    for (const citation of answer.citations) {
      // "related" marks a see-also passage, and is left out of the others.
      const { related, ...fields } = citation;
      expect([undefined, true]).toContain(related);
      expect(Object.keys(fields).sort()).toEqual(
        ["date", "line", "publisher", "quote", "section", "source", "title", "url"].sort(),
      );
      const doc = corpus.documents.find((d) => d.source === citation.source);
      expect(doc, citation.source).toBeDefined();
      expect(citation).toMatchObject({
        title: doc?.title,
        publisher: doc?.publisher,
        date: doc?.date,
        url: doc?.url,
      });
      expect(citation.line).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(citation.line)).toBe(true);
      expect(citation.section === null || typeof citation.section === "string").toBe(true);
    }
  });

  it("points each citation at the passage it quotes: same document, section and line", () => {
    for (const question of [
      "who leads each stp",
      "how much is the stf",
      "whats the deadline for submiting plans",
    ]) {
      for (const citation of engine.ask(question).citations) {
        const passage = corpus.passages.find(
          (p) => p.doc.source === citation.source && p.line === citation.line,
        );
        expect(passage, `${citation.source}:${citation.line}`).toBeDefined();
        expect(passage?.section).toBe(citation.section);
        for (const part of quoteParts(citation.quote)) expect(passage?.text).toContain(part);
      }
    }
  });

  it("quotes a near-equal answer from the same passage after a cut, each part verbatim", () => {
    const [first] = engine.ask("is the 1.8bn for deficits or for transformation").citations;
    const parts = quoteParts(first?.quote ?? "");
    expect(parts.length).toBeGreaterThan(1);
    const passage = corpus.passages.find(
      (p) => p.doc.source === first?.source && p.line === first?.line,
    );
    for (const part of parts) expect(passage?.text).toContain(part);
  });

  it("gives null as the publisher of a document that names none", () => {
    const answer = engine.ask("is the iow one of the 44 areas");
    const synopsis = answer.citations.find((c) => c.title.startsWith("Synopsis"));
    expect(synopsis?.publisher).toBeNull();
    expect(synopsis?.date).toBeNull();
  });

  it("marks a cut quote with … only where it was cut", () => {
    for (const question of [
      "who leads each stp",
      "how many stp areas r there",
      "what is the role of hm treasury",
    ]) {
      for (const citation of engine.ask(question).citations) {
        const parts = quoteParts(citation.quote);
        const passage = corpus.passages.find(
          (p) => p.doc.source === citation.source && p.line === citation.line,
        );
        expect(citation.quote.startsWith("… ")).toBe(!passage?.text.startsWith(parts[0] ?? ""));
        expect(citation.quote.endsWith(" …")).toBe(!passage?.text.endsWith(parts.at(-1) ?? ""));
      }
    }
  });

  it("cites each document at most once", () => {
    for (const question of [
      "who leads each stp",
      "how many footprints are there",
      "when were plans resubmitted",
    ]) {
      const sources = engine.ask(question).citations.map((c) => c.source);
      expect(new Set(sources).size, question).toBe(sources.length);
    }
  });

  it("keeps the question as asked", () => {
    expect(engine.ask("  how much is the STF?? ").question).toBe("  how much is the STF?? ");
  });
});

describe("acronyms and their expansions", () => {
  it.each(["what do ccgs do", "clinical commissioning groups", "CCG", "role of the ccg in stps"])(
    "finds passages about CCGs from %j",
    (question) => {
      const answer = engine.ask(question);
      expectTrustworthy(answer);
      expect(everything(answer)).toMatch(/\bCCGs?\b|clinical commission/i);
    },
  );

  it("says the glossary has a term asked what it is, as the documents may only mention it", () => {
    expect(engine.ask("what is a CCG?").message).toBe(
      "The glossary has “CCG”: ask “define CCG” for what it means.",
    );
    expect(engine.ask("what are clinical commissioning groups?").message).toContain("define CCG");
    expect(engine.ask("how many ccgs lead an stp?").message ?? "").not.toContain("glossary");
  });

  it("finds the Five Year Forward View from 5yfv", () => {
    const answer = engine.ask("wat does 5yfv mean");
    expectTrustworthy(answer);
    expect(everything(answer)).toMatch(/Five Year Forward View|forward view|5 Year View/i);
  });

  it("finds the Sustainability and Transformation Fund from stf", () => {
    expect(everything(engine.ask("how much is the stf"))).toMatch(
      /Sustainability and Transformation Fund/i,
    );
  });

  it("reads a publisher's name as a name, not a topic: The King's Fund is not about a fund", () => {
    const answer = engine.ask("what is the sustainability and transformation fund");
    expectTrustworthy(answer);
    expect(answer.answer).toMatch(/Sustainability and Transformation Fund/i);
  });

  it("still finds a publisher's documents when the question names it", () => {
    const answer = engine.ask("what does the kings fund say stps are for");
    expect(answer.citations[0]?.publisher).toBe("The King's Fund");
  });
});

describe("typos", () => {
  it.each([
    ["transfomation fund", /transformation fund/i],
    ["sustainabilty and transfomation plan deadline", /deadline/i],
    ["how many footprnts", /footprint/i],
    ["whats the deadine for submiting plans", /June 2016/],
    ["how big is the transfromation fund", /£1\.8/],
    ["how many fotoprints are there", /44/],
    // A slip in a long word whose right spelling the documents use only in another form
    // ("submitting").
    ["when was the deadline for submision", /June 2016/],
    ["has the public been consuted on the plans", /no time for public involvement/],
    // A letter dropped from a six-letter word, leaving five letters no dictionary has.
    ["does socal care need more money", /extra resources for social care/],
    // A slip in the question word: "hwo many" still asks for a count.
    ["hwo many footprints are there", /44/],
    // A slip in a verb that says how it asks: "shold" is still a duty ("must nominate").
    ["what shold the leader be able to do", /must nominate/],
    // "a" run into the next word.
    ["why do the plans need arealistic timetable", /realistic timescale/],
    // A space left out.
    ["how big is thetransformation fund", /£1\.8|£2\.1/],
    // A capital on every word, as a headline is written, marks no names.
    ["Who Leads An Stp", /named individual/],
    // A slip of an English word the documents never use (they say "timeline").
    ["has the timtable for stps been clear", /timeline for developing STPs/],
    // A long stop word misspelt ("accrding") is left out, as the word itself would be.
    ["how should stps be staffed accrding to the kings fund", /leadership and staffing of STPs/],
    // A space left out after a number.
    ["what are the 3headline areas", /three headline areas/],
    // A space left out after a possessive, and where a capital shows a word began.
    ["what does the treasury'sinvolvement suggest", /HM Treasury/],
    ["what gaps are STPssupposed to close?", /close gaps/],
    // A space left out before a word of English the documents never use ("timeline", they say).
    ["has thetimetable for stps been clear", /timeline for developing STPs/],
    // A space put in.
    ["how big is the transfo rmation fund", /£1\.8|£2\.1/],
    // A space put in a word the documents never use as written, or a stop word.
    ["do stps have any formal struc ture", /no formal organisational framework/],
    // Joined before a space is put back: "organis" is not "organ is".
    ["which organis ations sent the pre-easter checklist", /letter sent to chief executives/],
    // Two pieces that are words, neither one the documents use: "quest" and "ions".
    ["how many quest ions do stps have to answer", /more than 60/],
    // The slip is in the word that says a duty is asked for.
    [
      "I'm a CCG chief officer in Kent and might end up as our STP lead, what would I actually be resonsible for?",
      /convening and chairing/,
    ],
  ])("still answers %j", (question, fact) => {
    const answer = engine.ask(question);
    expectTrustworthy(answer);
    expect(everything(answer)).toMatch(fact);
  });

  it("says how it read a misspelt word, so a wrong guess shows", () => {
    expect(engine.ask("how big is the fnud").message).toBe("I read “fnud” as “fund”.");
    expect(engine.ask("how big is the fund").message).toBe("");
  });
});

describe("a message of nothing but manners", () => {
  it.each(["Hi all, hope you're well.", "Hope you are well. Thanks, Sarah", "hello"])(
    "is no question: %j is asked for one, rather than matched with the documents' 'best hope'",
    (message) => {
      const answer = engine.ask(message);
      expect(answer.answered).toBe(false);
      expect(answer.message).toBe(
        "Ask me a question about the STP documents, for example: How big is the transformation fund?",
      );
    },
  );

  it.each(["thanks", "hello", "Hi all, hope you're well."])(
    "is small talk, not a faulty question: %j is answered in kind on every platform",
    (message) => {
      expect(engine.ask(message).problem).toBe("small-talk");
    },
  );
});

describe("a goodbye", () => {
  it.each(["bye", "ok thanks, bye 👋", "that's all for now", "see you later", "good night"])(
    "is said back: %j ends the talk, rather than being declined with questions to ask instead",
    (message) => {
      const answer = engine.ask(message);
      expect(answer).toMatchObject({ answered: false, problem: "small-talk" });
      expect(answer.message).toBe("Goodbye. Ask me about the STPs any time.");
    },
  );

  it.each(["is that all?", "who said goodbye to the STPs?", "thanks Sarah"])(
    "is only a goodbye on its own: %j is not one",
    (message) => {
      expect(engine.ask(message).message).not.toContain("Goodbye");
    },
  );
});

describe("questions the documents don't answer", () => {
  it.each([
    "what's the weather like in leeds tomorrow",
    "who won the football last night",
    "whats the dose of paracetamol for a child",
    "max dose of amoxicillin 500mg",
    "i forgot my nhs mail password",
    "reset my password pls",
    "buy cialis online cheap",
    "best pizza near st thomas hospital",
  ])("declines %j plainly and suggests questions it can answer", (question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBe("");
    expect(answer.citations).toEqual([]);
    expect(answer.problem).toBeUndefined();
    expect(answer.message).toBe(
      "I couldn't find an answer to that in the STP documents, so I won't guess. They do answer questions like these.",
    );
    expect(answer.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
    expect(new Set(answer.suggestions).size).toBe(answer.suggestions.length);
  });

  it("only suggests questions it does answer", () => {
    const suggestions = new Set(
      [
        "who won the football last night",
        "buy cialis online cheap",
        "i forgot my nhs mail password",
      ].flatMap((question) => engine.ask(question).suggestions),
    );
    for (const suggestion of suggestions)
      expect(engine.ask(suggestion).answered, suggestion).toBe(true);
  });
});

describe("a question asking what a document's publisher thinks", () => {
  it("is answered by the publisher's own “we believe…”", async () => {
    const files = {
      ...oneDocument(
        "what-next",
        "What next for widget plans?",
        "2017-02-01",
        `# What next for widget plans?

## Our view

Widget plans were drawn up in a hurry last year. Notwithstanding these concerns, we believe that shared workshops offer the best hope for the widget trade to survive. The challenge now is to turn the plans into action.

## Money

Funds to invest in new lathes are in short supply, raising questions about the credibility of the plans.`,
        "The Widget Institute",
      ),
      ...oneDocument(
        "workshops",
        "Widget workshops explained",
        "2017-03-01",
        `# Widget workshops explained

Widget workshops bring together makers, sellers and repairers in one place. Each workshop has a lead maker who chairs its board. The first workshops opened in Northfield in 2016.`,
      ),
    };
    const answer = await askOver(
      "what does the Widget Institute reckon gives the widget trade its best chance?",
      files,
    );
    expect(answer.answered && answer.answer).toContain("we believe that shared workshops");
  });
});

describe("a question naming its source by the publisher's initials", () => {
  it("prefers that publisher's page", async () => {
    const files = {
      ...oneDocument(
        "get-involved",
        "Widget plans: get involved",
        "2016-09-01",
        `# Widget plans: get involved

The first deadline for widget plans was the end of June, but most plans will be worked on further and ready by the end of December.`,
        "Widget Makers Guild",
      ),
      ...oneDocument(
        "explained",
        "Widget plans explained",
        "2016-10-01",
        `# Widget plans explained

Most plans will be ready in the spring, when regional events begin. Each plan has a lead maker.`,
      ),
    };
    const answer = await askOver("According to the WMG, by when will most plans be ready?", files);
    expect(answer.answered && answer.answer).toContain("by the end of December");
  });
});

describe("a question asking what someone does day to day", () => {
  const leaders = {
    "leader.md": documentText(
      { title: '"Widget leaders"', publisher: '"Acme Health"', date: "2019-05-01" },
      `# Widget leaders

Each widget area has a named leader. The leader will be responsible for convening and chairing the area's meetings.

## Events

Every leader will attend a training day in March.`,
    ),
  };

  it("is answered by what they do, not by a sentence naming a day", async () => {
    // "Day to day" ending the question says routinely; it is not a day to look for.
    const routine = await askOver("what will the widget leader actually do day to day?", leaders);
    expect(routine.answer).toMatch(/convening and chairing/);
    const day = await askOver("what will the leader do on the training day?", leaders);
    expect(day.answer).toMatch(/training day in March/);
  });
});

describe("a question asking what a source said about something", () => {
  const review = {
    "review.md": documentText(
      { title: '"Widget review"', publisher: '"Acme Health"', date: "2019-05-01" },
      `# Widget review

## Findings

The Widget Audit Office judged that the widget fund had been well run in 2018, though spending rose faster than planned.

## Staff

Workshops across the county took on many new staff during the year.`,
    ),
    // A word in half of all passages is the documents' setting, not a topic: with one more
    // document "staff" is rarer.
    "colleges.md": documentText(
      { title: '"Colleges"', publisher: '"Acme Health"', date: "2019-05-01" },
      "# Colleges\n\nApprenticeships are run by colleges.",
    ),
  };

  it("is answered by what the source said about it", async () => {
    const answer = await askOver("what did the Widget Audit Office say about the fund?", review);
    expect(answer.answer).toMatch(/well run/);
  });

  it("is declined when the best sentence is the source on something else", async () => {
    // The Audit Office's sentence is about the fund; the staff are another section's, where
    // the Audit Office says nothing.
    const answer = await askOver("what did the Widget Audit Office say about staff?", review);
    expect(answer.answered).toBe(false);
  });
});

describe("a question asking for a figure", () => {
  it("is declined when the sentence that best matches its words gives no figure", () => {
    // The King's Fund names the vanguard sites but never counts them.
    const answer = engine.ask("how many vanguard sites are there in total?");
    expect(answer.answered).toBe(false);
    expect(answer.message).toMatch(/couldn't find an answer/);
  });

  it("is declined the same way when it asks when, and the sentence gives no date", () => {
    // The bundled pages list the Isle of Wight's footprint but never date a change to it.
    expect(engine.ask("when will the Isle of Wight get its own STP?").answered).toBe(false);
    expect(engine.ask("when must trusts nominate a leader?").answered).toBe(true);
  });

  it("is declined when it asks what something cost and the sentence gives a figure but no money", async () => {
    const files = {
      "roadmaps.md": documentText(
        { title: '"Widget roadmaps"', publisher: '"Acme Health"', date: "2017-02-15" },
        `# Widget roadmaps

Every workshop drew up a widget roadmap in 2016. The result was 73 roadmaps, each with a lead workshop.`,
      ),
    };
    expect((await askOver("how much did the widget roadmaps cost?", files)).answered).toBe(false);
    expect((await askOver("how many widget roadmaps were there?", files)).answered).toBe(true);
    const priced = {
      "roadmaps.md": files["roadmaps.md"].replace(
        "each with",
        "costing £2 million in all, each with",
      ),
    };
    expect((await askOver("how much did the widget roadmaps cost?", priced)).answered).toBe(true);
    // Asked as "what did … cost?", a sum of money is asked for just the same.
    expect((await askOver("what did the widget roadmaps cost?", files)).answered).toBe(false);
    expect((await askOver("what did the widget roadmaps cost?", priced)).answered).toBe(true);
    // …and with what the money was for after "cost".
    expect((await askOver("what did the widget roadmaps cost to draw up?", files)).answered).toBe(
      false,
    );
    expect((await askOver("what did the widget roadmaps cost to draw up?", priced)).answered).toBe(
      true,
    );
  });

  it("is declined when it quotes a word the answer does not say", async () => {
    const files = {
      "bands.md": documentText(
        { title: '"Widget dashboard"', publisher: '"Acme Health"', date: "2017-07-21" },
        `# Widget dashboard

Each widget area was placed in one of three bands: leading, advanced or lowest.

Two areas were put in the leading band: Westfield and Upfield. Three areas were put in the lowest band: Northfield, Southfield and Eastfield.`,
      ),
    };
    const lowest = await askOver("which areas were put in the 'lowest' band?", files);
    expect(lowest.answered && lowest.answer).toContain("Northfield");
    // The page never says which areas were advanced: the other bands' lists do not answer it.
    const advanced = await askOver("which areas were put in the 'advanced' band?", files);
    expect(advanced.answered).toBe(false);
  });

  it("is declined when it asks for an email address, website or phone number the answer does not give", async () => {
    const files = {
      "widgets.md": documentText(
        {
          title: '"The Widget Society on local plans"',
          publisher: '"Widget Society"',
          date: "2017-02-01",
        },
        `# The Widget Society on local plans

The Widget Society believes local plans must be written with makers at their core.

## Tell us what you think

Please send your views on local plans to plans@widgetsociety.example.`,
      ),
      "guild.md": documentText(
        {
          title: '"The Widget Makers Guild on local plans"',
          publisher: '"Widget Makers Guild"',
          date: "2017-03-01",
        },
        `# The Widget Makers Guild on local plans

The Widget Makers Guild thinks local plans face two big challenges.`,
      ),
    };
    const society = await askOver(
      "whats the email for sending the widget society my views?",
      files,
    );
    expect(society.answered && society.answer).toContain("plans@widgetsociety.example");
    // The guild's page gives no address: its sentence about the guild's view does not answer.
    const website = await askOver(
      "what is the widget makers guild's website about local plans?",
      files,
    );
    expect(website.answered).toBe(false);
    const phone = await askOver(
      "what's the widget makers guild's phone number for local plans?",
      files,
    );
    expect(phone.answered).toBe(false);
    // Nor does the society's address: asked by the guild's initials, it is someone else's.
    const initials = await askOver("whats the WMG email for sending views on local plans?", files);
    expect(initials.answered).toBe(false);
    // Asked what the guild thinks, that sentence answers.
    const view = await askOver("what does the widget makers guild think about local plans?", files);
    expect(view.answered && view.answer).toContain("two big challenges");
  });

  it("is declined when it asks where something is held or based and the sentence names no place", async () => {
    const files = {
      "events.md": documentText(
        { title: '"Widget events"', publisher: '"Acme Health"', date: "2018-01-26" },
        `# Widget events

The widget board will hold regional workshops for makers in April and May.

## Society meetings

The widget society meets in public at Upfield Town Hall on the first Monday of each month.`,
      ),
    };
    // The workshops' months are no place.
    const held = await askOver("where will the widget board's regional workshops be held?", files);
    expect(held.answered).toBe(false);
    const meets = await askOver("where does the widget society meet?", files);
    expect(meets.answered && meets.answer).toContain("Upfield Town Hall");
    // Asked when, the same sentence answers.
    const when = await askOver("when will the widget board hold regional workshops?", files);
    expect(when.answered && when.answer).toContain("April and May");
  });

  it("is declined when it asks how long and the sentence gives no length of time", async () => {
    const files = {
      "fund.md": documentText(
        { title: '"Widget fund"', publisher: '"Acme Health"', date: "2018-01-26" },
        `# Widget fund

The widget fund will support makers in deficit. After Easter, makers will be able to focus on the detail of their plans.

## Consultation

The consultation on the widget fund ran for 13 weeks.`,
      ),
    };
    const support = await askOver(
      "how long will the widget fund support makers in deficit?",
      files,
    );
    expect(support.answered).toBe(false);
    const consultation = await askOver(
      "how long did the consultation on the widget fund run?",
      files,
    );
    expect(consultation.answered && consultation.answer).toContain("13 weeks");
  });

  it("is declined when it asks when something will happen and the sentence tells only what happened", async () => {
    const files = {
      "dash.md": documentText(
        { title: '"Widget dashboard"', publisher: '"Acme Health"', date: "2018-01-26" },
        `# Widget dashboard

The first widget dashboard was published on 21 July 2017.

## Grants

From April 2018, makers will apply for widget grants through their local board.`,
      ),
    };
    const second = await askOver("when will the second widget dashboard be published?", files);
    expect(second.answered).toBe(false);
    const grants = await askOver(
      "when will makers apply for widget grants through their local board?",
      files,
    );
    expect(grants.answered && grants.answer).toContain("From April 2018");
    const first = await askOver("when was the first widget dashboard published?", files);
    expect(first.answered && first.answer).toContain("21 July 2017");
  });

  it("is declined when it asks how much in a year the sentence gives no figure for", async () => {
    const files = {
      "loans.md": documentText(
        { title: '"Widget loans"', publisher: '"Acme Health"', date: "2018-06-01" },
        `# Widget loans

Many workshops needed emergency loans during the year. This support rose from £2.4 million in 2015-16 to £3.1 million in 2016-17.

## Accounts

The board will publish its accounts for 2017-18 in the summer.`,
      ),
    };
    const later = await askOver("how much did workshops get in emergency loans in 2017-18?", files);
    expect(later.answered).toBe(false);
    const total = await askOver(
      "what was the total of emergency loans to workshops in 2017-18?",
      files,
    );
    expect(total.answered).toBe(false);
    const given = await askOver("how much did workshops get in emergency loans in 2016-17?", files);
    expect(given.answered && given.answer).toContain("£3.1 million in 2016-17");
  });

  it("reads the year a list of results mostly speaks of as the year of a result that gives none", async () => {
    const files = auditFindings(
      `1. **Extra money.** The department gave workshops an extra £1.8 million for 2016-17, before growth slowed from 2017-18.
2. **Overall position.** Workshops swung from a deficit of £1.2 million in 2015-16 to a surplus of £0.1 million in 2016-17.
3. **Tools raided for wages.** To balance the books, the department moved £0.4 million out of its tools budget into wages.`,
    );
    const moved = await askOver(
      "how much of the tools budget got moved into wages in 2016-17?",
      files,
    );
    expect(moved.answered && moved.answer).toContain("moved £0.4 million out of its tools budget");
    // A year the list names only in passing is not its setting.
    const later = await askOver("how much of the tools budget went on wages in 2017-18?", files);
    expect(later.answered).toBe(false);
  });

  it("is declined when it asks how many and the sentence gives only sums of money", async () => {
    const files = {
      "loans.md": documentText(
        { title: '"Widget loans"', publisher: '"Acme Health"', date: "2018-01-26" },
        `# Widget loans

Many workshops needed emergency loans during the year. This support rose from £2.4 million to £3.1 million.

## Repayments

Seven workshops repaid their loans early.`,
      ),
    };
    expect((await askOver("how many workshops needed emergency loans?", files)).answered).toBe(
      false,
    );
    expect((await askOver("how many workshops repaid their loans early?", files)).answered).toBe(
      true,
    );
  });

  it("is declined when it asks how much and the sentence only counts things", async () => {
    // "How much did our area put into the fund?" is not answered by "Each of the 151 boards…".
    const files = oneDocument(
      "pool",
      "Widget pool",
      "2017-09-14",
      "# Widget pool\n\nEach of the 151 widget boards must pool its widget budget with the council.",
    );
    expect((await askOver("how much widget budget did the boards pool?", files)).answered).toBe(
      false,
    );
    expect((await askOver("how many widget boards must pool their budget?", files)).answered).toBe(
      true,
    );
    // A part of it is how much: "half its widget budget".
    const halved = { "pool.md": (files["pool.md"] as string).replace("pool its", "pool half its") };
    expect((await askOver("how much widget budget did the boards pool?", halved)).answered).toBe(
      true,
    );
  });

  it("is declined when it asks how much and only the next sentence counts things", async () => {
    const files = oneDocument(
      "land",
      "Widget land",
      "2018-03-01",
      "# Widget land\n\nThe government asked Sir Robert Widget to advise it on the widget land the trusts hold. He wrote 17 recommendations.",
    );
    expect((await askOver("how much widget land do the trusts hold?", files)).answered).toBe(false);
    // Hectares measure the land: that is how much.
    const measured = {
      "land.md": (files["land.md"] as string).replace(
        "He wrote 17 recommendations.",
        "It covers 6,500 hectares.",
      ),
    };
    expect((await askOver("how much widget land do the trusts hold?", measured)).answered).toBe(
      true,
    );
  });

  it("is declined when it asks which stands out, and the sentence ranks nothing", async () => {
    // "Which STP area has the biggest deficit?" is not answered by a sentence about deficits.
    const files = oneDocument(
      "deficits",
      "Widget deficits",
      "2018-01-26",
      `# Widget deficits

Northfield, Southfield and Eastfield widget trusts all reported a deficit in 2016-17.

## The worst

Of the three, the Northfield trust had the worst deficit, at £40 million.`,
    );
    expect((await askOver("which widget trust had the biggest deficit?", files)).answered).toBe(
      true,
    );
    const unranked = {
      "deficits.md": (files["deficits.md"] as string).replace("the worst deficit", "a deficit"),
    };
    expect((await askOver("which widget trust had the biggest deficit?", unranked)).answered).toBe(
      false,
    );
    // "First" before a verb in the past asks for the earliest of several, as "biggest" does.
    expect((await askOver("which widget trust first reported a deficit?", unranked)).answered).toBe(
      false,
    );
  });

  it("is declined when it asks which stands out, and the sentence only hedges with “at least”", async () => {
    // "…for sustainability rather than transformation - at least for 2016/17" ranks nothing; nor
    // does "a deficit of at least £40 million".
    const files = oneDocument(
      "deficits",
      "Widget deficits",
      "2018-01-26",
      `# Widget deficits

Northfield, Southfield and Eastfield widget trusts all reported a deficit in 2016-17.

## The three

Of the three, the Northfield trust had a deficit of at least £40 million.`,
    );
    expect((await askOver("which widget trust had the biggest deficit?", files)).answered).toBe(
      false,
    );
  });

  it("is declined when it asks who holds a post, and the sentence names someone in another", async () => {
    // "Who chairs the Dorset accountable care system?" is not answered by "Simon Stevens, chief
    // executive of NHS England, confirms the first eight accountable care systems…".
    const files = oneDocument(
      "board",
      "Widget board",
      "2018-01-26",
      `# Widget board

Jo Bloggs, chief executive of Acme Health, opened the Northfield widget board in 2017.`,
    );
    expect((await askOver("who chairs the Northfield widget board?", files)).answered).toBe(false);
    const chaired = {
      "board.md": (files["board.md"] as string).replace(
        "opened the Northfield widget board",
        "chairs the Northfield widget board, opened",
      ),
    };
    expect((await askOver("who chairs the Northfield widget board?", chaired)).answer).toMatch(
      /Jo Bloggs/,
    );
  });

  it("is declined when it asks a thing's name, and the sentence gives none", async () => {
    // "What is the name of the STP leader for Kent?" is not answered by "A named individual has
    // been chosen to lead the development of each STP."
    const files = oneDocument(
      "leaders",
      "Widget plan leaders",
      "2016-03-01",
      `# Widget plan leaders

A named individual has been chosen to lead the development of each widget plan.`,
    );
    expect(
      (await askOver("what is the name of the widget plan leader for Northfield?", files)).answered,
    ).toBe(false);
    // A word of the name the question has in lower case is still the name: "what's the name of the
    // engagement guide?" is answered by "…issued Engaging local people, a guide…".
    const guide = oneDocument(
      "guide",
      "Widget guidance",
      "2016-09-01",
      `# Widget guidance

In September 2016 Acme Health issued Widgets for everyone, a guide for the widget plan teams.`,
    );
    expect(
      (await askOver("what's the name of the Acme Health widget guide?", guide)).answer,
    ).toMatch(/Widgets for everyone/);
  });

  it("is declined when it asks who took someone's place, and the sentence names only them", async () => {
    // "Who replaced George Osborne as chancellor?" is not answered by "The fund was unveiled by the
    // Chancellor, George Osborne, in the June 2013 spending round."
    const files = oneDocument(
      "fund",
      "Widget fund",
      "2016-03-01",
      `# Widget fund

The widget fund was unveiled by the chair of the widget board, Jo Bloggs, in June 2013.`,
    );
    expect(
      (await askOver("who replaced Jo Bloggs as chair of the widget board?", files)).answered,
    ).toBe(false);
  });

  /** A fund unveiled by Jo Bloggs, who is the only person its page names; `then` says what the fund did next. */
  const unveiledByJoBloggs = (then: string) =>
    oneDocument(
      "fund",
      "Widget fund",
      "2016-03-01",
      `# Widget fund

The widget fund was unveiled by the chair of the widget board, Jo Bloggs, in June 2013. The widget fund ${then} the old widget grants.`,
    );

  it("reads a name typed in lower case and ending in “s” as one person's, not a plural", async () => {
    // "who replaced simon stevens" asks about one man, not about every "stevens".
    const files = unveiledByJoBloggs("replaced");
    expect((await askOver("who replaced jo bloggs", files)).answered).toBe(false);
  });

  it("reads “who will replace…?” as asking for a person, as “who replaced…?” is", async () => {
    const files = unveiledByJoBloggs("will replace");
    expect((await askOver("who will replace Jo Bloggs?", files)).answered).toBe(false);
  });

  it("reads places listed with a comma before the last “and” as places, not people", async () => {
    // "Who replaced Simon Stevens?" is not answered by "…Simon Stevens… confirms the first eight
    // accountable care systems, among them Frimley Health, South Yorkshire and Bassetlaw, and
    // Dorset": "South Yorkshire" is a place in a list, though both its words are only capitalised.
    const files = oneDocument(
      "boards",
      "Widget boards",
      "2017-06-01",
      `# Widget boards

June 2017: Jo Bloggs, chair of the widget board, confirms the first widget systems, among them Northfield Vale, Lower Marsh and Upper Marsh, and Eastfield. The widget systems replaced the old widget groups.`,
    );
    expect((await askOver("who replaced Jo Bloggs?", files)).answered).toBe(false);
  });

  it("is declined when it asks when something ended, and the sentence tells of no end", async () => {
    // "When did Naylor leave UCL Hospitals?" is not answered by "…Sir Robert Naylor, who had
    // previously run University College London Hospitals…, to advise it…".
    const files = oneDocument(
      "review",
      "Widget review",
      "2016-03-01",
      `# Widget review

In February 2016 the widget board asked Jo Bloggs, who had previously run the Northfield widget trust, to review widget repairs.`,
    );
    expect(
      (await askOver("when did Jo Bloggs leave the Northfield widget trust?", files)).answered,
    ).toBe(false);
    // An end said in other words answers: "Comments are open until 23 March 2018".
    const ended = {
      "review.md": (files["review.md"] as string).replace(
        "who had previously run",
        "who stepped down in January 2016 after running",
      ),
    };
    expect(
      (await askOver("when did Jo Bloggs leave the Northfield widget trust?", ended)).answer,
    ).toMatch(/stepped down in January 2016/);
  });

  it("is declined when it asks about one of a series, and the sentence names another of it", async () => {
    // "When was the second annual STP progress dashboard published?" is not answered by "NHS
    // England published the first, baseline STP progress dashboard on 21 July 2017".
    const files = oneDocument(
      "dashboard",
      "Widget dashboard",
      "2017-07-21",
      `# Widget dashboard

The widget board published the first, baseline widget progress dashboard on 21 July 2017.`,
    );
    const question = "when was the second widget progress dashboard published?";
    expect((await askOver(question, files)).answered).toBe(false);
    // The one asked, named, answers: "…the second widget progress dashboard on 19 July 2018".
    const second = {
      "dashboard.md": `${files["dashboard.md"] as string} It published the second widget progress dashboard on 19 July 2018.`,
    };
    expect((await askOver(question, second)).answer).toMatch(/second widget progress dashboard/);
  });

  it("is declined when it asks what was paid or saved, and the sentence tells of no pay or saving", async () => {
    // "How much did Naylor get paid for the review?" is not answered by "…about £5 billion of that
    // is needed just to clear the maintenance backlog".
    const files = oneDocument(
      "review",
      "Widget review",
      "2017-03-31",
      `# Widget review

Jo Bloggs led the widget review, which found that about £5 billion is needed to clear the widget repair backlog.`,
    );
    expect(
      (await askOver("how much did Jo Bloggs get paid for the widget review?", files)).answered,
    ).toBe(false);
    expect((await askOver("how much did the widget review save?", files)).answered).toBe(false);
    // Pay said answers: "…was paid £20,000 for the widget review".
    const paid = {
      "review.md": `${files["review.md"] as string} Jo Bloggs was paid £20,000 for the widget review.`,
    };
    expect(
      (await askOver("how much did Jo Bloggs get paid for the widget review?", paid)).answer,
    ).toMatch(/paid £20,000/);
  });

  it("is declined when it asks who wrote something, and the sentence names no author", async () => {
    // "Who wrote the King's Fund report on STPs?" is not answered by "November 2016: The King's
    // Fund reports that patients and the public were largely missing from the process", nor by a
    // "from" that names nobody ("from prevention… through to acute services").
    const files = oneDocument(
      "report",
      "Widget report",
      "2016-11-01",
      `# Widget report

November 2016: The widget institute reports that widget users were largely missing in the widget review, from widget planning through to widget repairs.`,
    );
    const question = "who wrote the widget institute report on the widget review?";
    expect((await askOver(question, files)).answered).toBe(false);
    // An author named answers: "The report was written by Jo Bloggs".
    const written = {
      "report.md": `${files["report.md"] as string} The widget institute report on the widget review was written by Jo Bloggs.`,
    };
    expect((await askOver(question, written)).answer).toMatch(/written by Jo Bloggs/);
  });

  it("is declined when it counts one kind of thing, and the sentence counts and names another", async () => {
    // "How many homes have been built on NHS land?" is not answered by "In February 2016 the
    // government asked Sir Robert Naylor… to review the NHS estate".
    const files = oneDocument(
      "cuts",
      "Widget cuts",
      "2017-03-31",
      `# Widget cuts

In 2017 widget trusts cut 40 widget posts across the region.

## Wards

Wards keep their places open through the winter.`,
    );
    const question = "how many regional places were cut in 2017?";
    expect((await askOver(question, files)).answered).toBe(false);
    // What was asked, counted, answers: "…cut 12 widget places".
    const beds = {
      "cuts.md": (files["cuts.md"] as string).replace("40 widget posts", "12 widget places"),
    };
    expect((await askOver(question, beds)).answer).toMatch(/12 widget places/);
  });

  it("is declined when it asks when one work came out, and the sentence dates another's publishing", async () => {
    // "When was the King's Fund report on STPs published?" is not answered by "…than when the
    // Forward View was published in October 2014".
    const files = oneDocument(
      "report",
      "Widget report",
      "2017-02-01",
      `# Widget report

The widget institute report finds repairs much harder than when the Marsh Forward View was published in October 2014.`,
    );
    expect((await askOver("when was the widget institute report published?", files)).answered).toBe(
      false,
    );
    // The work the sentence names answers.
    expect((await askOver("when was the marsh forward view published?", files)).answer).toMatch(
      /October 2014/,
    );
  });

  it("reads a year that dates the source asked about as said by a document of that year", async () => {
    // "In the 2016 pre-Easter letter, how many regional development days were there?" is
    // answered by the letter of 2016, though the sentence never says "2016": the year dates the
    // letter, not the figure.
    const files = oneDocument(
      "letter",
      "Widget letter",
      "2016-02-12",
      `# Widget letter

The widget letter said each widget area will be asked to attend four regional widget days.`,
    );
    const question = "in the 2016 widget letter, how many regional widget days were there?";
    expect((await askOver(question, files)).answer).toMatch(/four regional widget days/);
    // A year asked of the figure itself is still needed near it.
    expect(
      (await askOver("how many regional widget days were there in 2016?", files)).answered,
    ).toBe(false);
  });

  it("does not take the next item of a list as naming what a count counts", async () => {
    // "How many inappropriate out-of-area placements were there nationally?" is not answered by
    // the goal "A national fall of 10% in the number of people who take their own lives…", though
    // the next goal in the list is "An end to inappropriate out-of-area placements…".
    const files = oneDocument(
      "goals",
      "Widget goals",
      "2016-02-01",
      `# Widget goals

The widget plan set these goals:

- A national fall of 10% in the number of people waiting for widget repairs in every region.
- An end to widget placements far from home.`,
    );
    expect((await askOver("how many regional widget placements were there?", files)).answered).toBe(
      false,
    );
  });

  it("is declined when it asks about one part of the country, and the sentence names another", async () => {
    // "What did the Wikipedia list say about the north?" is not answered by "STP areas identified
    // by wikipedia include the South:", though "North Somerset" is in the list after it.
    const files = oneDocument(
      "areas",
      "Widget areas",
      "2016-03-01",
      `# Widget areas

Widget areas listed by the widget index include the South: Kent; North Somerset; Berkshire West.`,
    );
    expect((await askOver("what did the widget index say about the north?", files)).answered).toBe(
      false,
    );
    // The part asked answers.
    expect((await askOver("what did the widget index say about the south?", files)).answer).toMatch(
      /the South/,
    );
  });

  it("is declined when it asks for a tally so far, and the sentence gives none up to any time", async () => {
    // "How many sites has the NHS sold since the review?" is not answered by "NHS trusts alone
    // occupy roughly 1,200 sites covering some 6,500 hectares".
    const files = oneDocument(
      "sites",
      "Widget sites",
      "2017-03-31",
      `# Widget sites

Widget trusts occupy roughly 1,200 sites, and the review found wide variation in how well they use them.`,
    );
    const question = "how many sites have widget trusts sold since the review?";
    expect((await askOver(question, files)).answered).toBe(false);
    // A tally said to be up to some time answers: "…have sold 40 sites so far".
    const sold = {
      "sites.md": (files["sites.md"] as string).replace(
        "the review found wide variation in how well they use them",
        "since the review they have sold 40 sites so far",
      ),
    };
    expect((await askOver(question, sold)).answer).toMatch(/sold 40 sites/);
    // "So far" at the end is read as the asker's manner, but it still asks for a tally.
    expect((await askOver("how many sites have widget trusts sold so far?", files)).answered).toBe(
      false,
    );
  });

  it("is declined when it counts what passes a bar, and the sentence never gives the bar", async () => {
    // "How many footprints have a population over 2 million?" is not answered by "A total of 44
    // areas… with an average population size of 1.2 million".
    const files = oneDocument(
      "areas",
      "Widget areas",
      "2016-03-01",
      `# Widget areas

A total of 44 widget areas have been identified, with an average population of 1.2 million people.`,
    );
    const question = "how many widget areas have a population over 2 million?";
    expect((await askOver(question, files)).answered).toBe(false);
    // The bar given answers: "…and 9 have more than 2 million people".
    const barred = {
      "areas.md": (files["areas.md"] as string).replace(
        "of 1.2 million people.",
        "of 1.2 million people; 9 widget areas have a population of more than 2 million.",
      ),
    };
    expect((await askOver(question, barred)).answer).toMatch(/more than 2 million/);
  });

  it("is declined when it asks how much of a sum went one way, and the sentence shows nothing of where", async () => {
    // "How much of the £1.8bn went to mental health?" is not answered by "The £1.8 billion is under
    // a separate ring-fence from other NHS money".
    const files = oneDocument(
      "fund",
      "Widget fund",
      "2016-03-01",
      `# Widget fund

The £1.8 billion widget fund is under a separate ring-fence from other widget money, and £200 million of the widget fund is held back until 2017.

## Trusts

Widget trusts pay for their own repairs.`,
    );
    const question = "how much of the £1.8 billion widget fund went to repairs?";
    expect((await askOver(question, files)).answered).toBe(false);
    // Where it went, said: "…£300 million of the widget fund went to widget repairs".
    const spent = {
      "fund.md": (files["fund.md"] as string).replace(
        "is held back until 2017.",
        "is held back until 2017, and £300 million of the widget fund went to widget repairs.",
      ),
    };
    expect((await askOver(question, spent)).answer).toMatch(/£300 million/);
    // Where it went is its rarest word: "mental health" is not shown by "Department of Health",
    // nor "ferry repairs" by "widget repairs".
    const ferries = "how much of the £1.8 billion widget fund went to ferry repairs?";
    expect((await askOver(ferries, spent)).answered).toBe(false);
  });

  it("is declined when it asks what came of something, and the sentence tells only what is to come", async () => {
    // "What did the RCP find from the feedback it collected?" is not answered by "Feedback to the
    // RCP - We will be collating feedback from physicians to identify national trends."
    const files = oneDocument(
      "feedback",
      "Widget feedback",
      "2016-09-01",
      `# Widget feedback

Feedback to the society - We will be collating feedback from widget makers to identify national trends.`,
    );
    const question = "what did the society find from the widget feedback it collected?";
    expect((await askOver(question, files)).answered).toBe(false);
    // A result told answers: "…collated feedback from widget makers and found national trends".
    const found = {
      "feedback.md": (files["feedback.md"] as string).replace(
        "We will be collating feedback from widget makers to identify national trends.",
        "We collated feedback from widget makers and found three national trends.",
      ),
    };
    expect((await askOver(question, found)).answer).toMatch(/found three national trends/);
  });

  it("reads a month beside a name as no part of it: “the NAO's February report”", async () => {
    // "What did the NAO's February 2017 report say…?" names the NAO, not an "NAO February" the
    // document must hold.
    const files = oneDocument(
      "integration",
      "The NAO on widget integration",
      "2018-01-26",
      `# The NAO on widget integration

The auditors have reported on widget integration twice. A second report in February 2017 found that widget integration had advanced more slowly than hoped.`,
    );
    const question =
      "what did the NAO's February 2017 report say about how widget integration was going?";
    expect((await askOver(question, files)).answer).toMatch(/more slowly than hoped/);
  });

  it("reads “at first” as “to begin with”, not as the first of several", async () => {
    const files = oneDocument(
      "options",
      "Widget clinic options",
      "2017-03-02",
      `# Widget clinic options

The widget board's early favourite, Option A, would have kept the repair clinic at Northfield.`,
    );
    expect(
      (await askOver("which option did the widget board favour at first?", files)).answer,
    ).toMatch(/Option A/);
  });

  it("is declined when it asks which ones, and the sentence names none", () => {
    // The letter sets conditions on trusts and the fund, but names no trust that got the most.
    expect(engine.ask("which trusts got the most bailout money?").answered).toBe(false);
    expect(engine.ask("which care home vanguards are showing promise?").answer).toMatch(/Sutton/);
    // "Which of the trusts…" asks for names as "which trusts…" does.
    expect(engine.ask("which of the trusts are in deficit?").answered).toBe(false);
    expect(engine.ask("which of the care home vanguards are showing promise?").answer).toMatch(
      /Sutton/,
    );
  });

  it("is declined when it asks which ones and the sentence names only the setting", async () => {
    // "Eastshire" is in every section: it is where the boards are, not one of them.
    const topics = ["budgets", "staff", "meetings", "training", "premises", "reports", "tools"];
    const sections = [...topics, "rotas", "audits", "complaints", "visits", "targets"].map(
      (topic) =>
        `## Widget ${topic}\n\nEvery widget board in Eastshire reviews its ${topic} each year.`,
    );
    const files = {
      "boards.md": documentText(
        { title: '"Widget boards"', publisher: '"Acme Health"', date: "2022-07-01" },
        `# Widget boards\n\n${sections.join("\n\n")}\n\n## Prizes\n\nThe Northfield widget board won the county prize for its repairs.`,
      ),
    };
    expect(
      (await askOver("which widget board has the biggest budgets each year?", files)).answered,
    ).toBe(false);
    expect((await askOver("which widget board won the county prize?", files)).answer).toMatch(
      /Northfield/,
    );
  });

  it("reads a month as a date, not a name, and common words in a run as a name", async () => {
    const topics = ["budgets", "staff", "meetings", "training", "premises", "reports", "tools"];
    const sections = [...topics, "rotas", "audits", "complaints", "visits", "targets"].map(
      (topic) =>
        `## Widget ${topic}\n\nEvery widget board in Eastshire reviews its ${topic} and services each year.`,
    );
    const files = {
      "boards.md": documentText(
        { title: '"Widget boards"', publisher: '"Acme Health"', date: "2022-07-01" },
        `# Widget boards\n\n${sections.join("\n\n")}\n\n## Repairs\n\nFrom 1 April 2017 every widget board must publish its repairs.\n\n## Prizes\n\nThe county prize went to Widget Board Services for its repairs.`,
      ),
    };
    // "April" says when, not which board.
    expect((await askOver("which widget board must publish its repairs?", files)).answered).toBe(
      false,
    );
    // "Widget Board Services" is a name, though each of its words is everywhere.
    expect((await askOver("which widget board won the county prize?", files)).answer).toMatch(
      /Widget Board Services/,
    );
  });

  it("asks a CCG, trust or council by its name, not by the places it covers", async () => {
    const files = oneDocument(
      "roadmaps",
      "Widget roadmaps",
      "2022-07-01",
      "# Widget roadmaps\n\n## Areas\n\nThe Peninsula widget roadmap is the exception, straddling Devon and Cornwall.\n\n## Consultation\n\nThe widget consultation was run by Exmoor Valley CCG over the summer.",
    );
    // "Devon and Cornwall" are places: they do not say which CCG led it.
    expect((await askOver("which ccg led the peninsula widget roadmap?", files)).answered).toBe(
      false,
    );
    expect((await askOver("which ccg ran the widget consultation?", files)).answer).toMatch(
      /Exmoor Valley CCG/,
    );
  });

  it("answers how a name did from what the clause before its list says", async () => {
    const files = oneDocument(
      "ratings",
      "Widget ratings",
      "2022-07-01",
      "# Widget ratings\n\n## Results\n\nThree widget boards were put in the lowest band: Exmoor Vale; Northfield; Southdown and Westmere.\n\n## Areas\n\nThe areas are Exmoor Vale; Northfield; Southdown and Westmere.",
    );
    // The clause says how Northfield did; a list of names alone would not.
    expect((await askOver("how did northfield do in the widget ratings?", files)).answer).toMatch(
      /lowest band/,
    );
    // It names no one, so it does not say who decided.
    expect((await askOver("who put northfield in the lowest band?", files)).answered).toBe(false);
  });

  it("answers a share asked for only with a share", async () => {
    const files = oneDocument(
      "survey",
      "Widget survey",
      "2022-07-01",
      "# Widget survey\n\n## Residents\n\nThe widget survey asked 345 residents. Fewer than 30% knew a widget plan existed.\n\n## Repairs\n\nThe number of widget repairs rose from 32 to 62.",
    );
    expect(
      (await askOver("what share of residents knew about the widget plan?", files)).answer,
    ).toMatch(/30%/);
    // A count is not a share of anything.
    expect((await askOver("what proportion of widget repairs were late?", files)).answered).toBe(
      false,
    );
  });

  it("answers what something means where a later sentence says what it meant", async () => {
    const files = oneDocument(
      "widgets",
      "Widget goals",
      "2022-07-01",
      "# Widget goals\n\n## The goal\n\nEvery widget board was given a goal for 2020, set out in the widget plan. The shorthand for the widget plan's goal became widget-free at the point of repair. The board's chair, Ann Lee, who had led the widget review since 2016, said it meant repair teams (fitters, testers, drivers) working without spare widgets on site, with parts crossing between depots by van every morning; stores and offices could keep theirs.\n\n## Repairs\n\nWidget repairs rose by a third in 2021.",
    );
    expect(
      (await askOver("what does widget-free at the point of repair mean?", files)).answer,
    ).toMatch(/working without spare widgets/);
  });

  it("answers who wrote a board paper from the line that says whose report it is", async () => {
    const files = oneDocument(
      "depots",
      "Widget depots",
      "2022-07-01",
      "# Widget depots\n\n**Agenda item 4:** Widget depots\n**Report of:** Director of Widget Services, for the depots group\n\n## Purpose\n\nThis report sets out the widget depots plan for board members, written after the depots review. Each board prepares a widget plan with its depots.\n\n## Depots\n\nWidget depots store spare parts for the boards.",
    );
    for (const question of [
      "who wrote the report on widget depots?",
      "who prepared the widget depots paper?",
    ]) {
      expect((await askOver(question, files)).answer, question).toMatch(
        /Director of Widget Services/,
      );
    }
  });

  it('counts the sentence an opening "It" leans on as shown with it, since it is quoted too', async () => {
    const files = {
      ...oneDocument(
        "levies",
        "Widget news",
        "2022-07-01",
        "# Levies\n\nIn 2019 ministers announced a new widget levy on every large trust in the country. It raises £40 million a year for sprocket depots.\n\n## Depots\n\nDepots open at weekends. Cogwheel courses run twice a year.",
      ),
      ...oneDocument(
        "gadgets",
        "Gadget report",
        "2022-07-01",
        "# Gadgets\n\nGadget trusts buy sprockets every spring. The gadget board meets in March to agree budgets. Gadget staff are paid monthly.",
      ),
    };
    // "It raises £40 million" shows only "raise" of the question; the levy is in the sentence
    // before, which the answer quotes with it.
    const answer = await askOver("how much money does the widget levy bring in?", files);
    expect(answer.answer).toMatch(/It raises £40 million a year/);
  });

  it('reads "the levy" as the Sprocket Skills Levy named before it, nearly as if it said so', async () => {
    const files = {
      ...oneDocument(
        "levies",
        "Widget news",
        "2022-07-01",
        "# Levies\n\nThe Sprocket Skills Levy pays for training courses in every widget depot across the north. Depots pay it each April. The levy raises £40 million a year.",
      ),
      ...oneDocument(
        "skills",
        "Sprocket skills",
        "2022-07-01",
        "# Sprocket skills\n\nSprocket skills courses at widget depots raise £5 million a year in fees. The skills board meets in March.",
      ),
      ...oneDocument(
        "others",
        "Other levies",
        "2022-07-01",
        "# Depot levy\n\nA depot levy funds repairs.\n\n## Cogwheel levy\n\nA cogwheel levy funds apprentices.\n\n## Gadget levy\n\nThe gadget levy funds new tools.",
      ),
    };
    // The answer names only "the levy" of the question's "sprocket skills levy" (a common
    // word here); the other sum is raised by sprocket skills courses, not by the levy.
    const answer = await askOver("how much does the sprocket skills levy raise?", files);
    expect(answer.answer).toMatch(/The levy raises £40 million a year/);
  });

  it('quotes "He suggested…" with the sentence naming him, and counts that sentence\'s words', async () => {
    const files = oneDocument(
      "estate",
      "Widget estate review",
      "2022-07-01",
      "# Where the money comes from\n\nJohn Cogswell pointed to three sources of capital for widget depots: selling depots, loans and grants. He suggested that, over a longer period, receipts from sales could exceed £5 million.\n\n## Depots\n\nDepots open at weekends. Sprocket depots close in winter.",
    );
    const answer = await askOver(
      "what could receipts from sales reach over a longer period?",
      files,
    );
    expect(answer.answer).toMatch(/^John Cogswell pointed to three sources.*He suggested/);
  });

  it('quotes "At first it was called…" after the sentence saying what "it" is', async () => {
    const files = oneDocument(
      "fund",
      "Widget news",
      "2022-07-01",
      "# The fund\n\nThe Widget Skills Fund pays for sprocket courses in every depot. At first it was called the Cogwheel Training Grant.\n\n## Depots\n\nDepots open at weekends. Sprocket depots close in winter.",
    );
    const answer = await askOver("what was the fund called at first?", files);
    expect(answer.answer).toMatch(/^The Widget Skills Fund pays.*At first it was called/);
  });

  it("answers what people thought of something with the sentence that says how it was judged", async () => {
    const files = oneDocument(
      "grants",
      "Widget grants",
      "2022-07-01",
      "# Widget grants\n\nIn March 2021 ministers set aside a widget grant of £40 million for depots in the strongest areas, the first of three such grants. Commentators called the widget grant modest beside what the depots need.\n\n## Depots\n\nDepots open at weekends. Widget grants pay for new depots.",
    );
    for (const question of [
      "what did people think of the widget grant?",
      "how was the widget grant received?",
      "what was the reaction to the widget grant?",
    ]) {
      expect((await askOver(question, files)).answer, question).toMatch(
        /called the widget grant modest/,
      );
    }
  });

  it("does not take a name from the next item of a list", async () => {
    const files = oneDocument(
      "timeline",
      "Widget timeline",
      "2022-07-01",
      "# Widget timeline\n\n## Milestones\n\n- June 2021: The first widget ratings are published, grading each widget board as good or poor.\n- July 2021: A widget depot is opened by Northfield Council.\n\n## Depots\n\nWidget depots store spare parts for the boards.",
    );
    // "July 2021: …Northfield Council" is another milestone: it says nothing of the ratings.
    expect(
      (await askOver("which widget board was graded poor in the first ratings?", files)).answered,
    ).toBe(false);
    expect((await askOver("which council opened a widget depot?", files)).answer).toMatch(
      /Northfield/,
    );
  });

  it("is answered when that sentence gives one", () => {
    const answer = engine.ask("how many footprints are there?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/44/);
  });
});

describe("a question naming a place or a year", () => {
  const files = {
    "guide.md": documentText(
      { title: '"Widget boards: a guide"', publisher: '"Acme Health"', date: "2022-07-01" },
      `# Widget boards: a guide

Every widget board has an independent chair, appointed for three years. The chair leads the board's meetings in public.`,
    ),
    "news.md": documentText(
      { title: '"Widget news"', publisher: '"Acme Health"', date: "2022-08-01" },
      `# Widget news

Workshops in Devon and Kent opened this summer, and the Devon workshop took its first orders in August.`,
    ),
  };

  it("is declined when the answer would come from a document that never names it", async () => {
    // The guide answers "who chairs a widget board", not who chairs Devon's.
    const answer = await askOver("who chairs the Devon widget board?", files);
    expect(answer.answered).toBe(false);
  });

  it("is declined when the answer's document has only a looser word for the name", async () => {
    // WordNet relates "treasury" and "fund", but a guide about a board's fund says nothing of
    // what the Treasury pays for.
    const withTreasury = {
      "guide.md": documentText(
        { title: '"Widget boards: a guide"', publisher: '"Acme Health"', date: "2022-07-01" },
        `# Widget boards: a guide

Every widget board has an independent chair. Each board keeps a fund that pays for workshop repairs.`,
      ),
      "news.md": documentText(
        { title: '"Widget news"', publisher: '"Acme Health"', date: "2022-08-01" },
        `# Widget news

The Devon workshop took its first orders in August with a loan from the Treasury.`,
      ),
    };
    const asked = await askOver("what does the Treasury pay for at a widget board?", withTreasury);
    expect(asked.answered).toBe(false);
    const fund = await askOver("what does the widget board fund pay for?", withTreasury);
    expect(fund.answer).toMatch(/pays for workshop repairs/);
  });

  it("is declined when the answer's document never names its year", async () => {
    expect((await askOver("who chaired a widget board in 2019?", files)).answered).toBe(false);
  });

  it("is answered when the document is dated in that year, though its text never says it", async () => {
    expect((await askOver("who chairs a widget board in 2022?", files)).answered).toBe(true);
  });

  it("reads a financial year shortened to '17/18' as the documents' 2017-18", async () => {
    const funds = {
      "fund.md": documentText(
        { title: '"The widget fund"', publisher: '"Acme Health"', date: "2018-01-01" },
        `# The widget fund

The widget fund grew quickly. It is due to hold £300 million in 2017-18.`,
      ),
    };
    const asked = await askOver("how big will the widget fund be in 17/18?", funds);
    expect(asked.answer).toMatch(/£300 million/);
    // The year before is one the document gives no figure for.
    expect((await askOver("how big was the widget fund in 16/17?", funds)).answered).toBe(false);
  });

  it("is declined when it names a place no document names in any form", async () => {
    const funds = {
      "fund.md": documentText(
        { title: '"The widget fund"', publisher: '"Acme Health"', date: "2022-01-01" },
        `# The widget fund

Widget workshops shared £300 million of widget money in 2022, most of it for repairs.`,
      ),
    };
    // "Leeds" is in no document: the shared total is not what Leeds got.
    const leeds = await askOver("how much widget money did Leeds get in 2022?", funds);
    expect(leeds.answered).toBe(false);
    // Without a name, the total answers.
    const total = await askOver("how much widget money did workshops get in 2022?", funds);
    expect(total.answer).toMatch(/£300 million/);
    // A document's word with a letter dropped is a slip, not a name: "Widgt" is "Widget".
    const slip = await askOver("how much money did the Widgt workshops get in 2022?", funds);
    expect(slip.answer).toMatch(/£300 million/);
  });

  it("is answered when it names no place the documents know", async () => {
    const answer = await askOver("who chairs a widget board?", files);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/independent chair/);
  });
});

describe("a question asking who chairs or leads one named thing", () => {
  const files = {
    "guide.md": documentText(
      { title: '"Widget boards: a guide"', publisher: '"Acme Health"', date: "2022-07-01" },
      `# Widget boards: a guide

The Northfield widget board gives national leadership on widget repairs. Every widget board has an independent chair.`,
    ),
    "news.md": documentText(
      { title: '"Widget news"', publisher: '"Acme Health"', date: "2022-08-01" },
      `# Widget news

The Southfield widget board is led by Mary Okonjo, a retired engineer, who took over in August.`,
    ),
  };

  it("is declined when the answer names nobody", async () => {
    // The guide says what the Northfield board does and that boards have chairs, not who chairs it.
    expect((await askOver("who chairs the Northfield widget board?", files)).answered).toBe(false);
    expect(
      (await askOver("who is the chief executive of the Northfield widget board?", files)).answered,
    ).toBe(false);
  });

  it("is declined so when it asks about the asker's own", async () => {
    // "Our" board is one board, as "the" one is: the guide names nobody who chairs it.
    expect((await askOver("who chairs our widget board?", files)).answered).toBe(false);
  });

  it("is declined so when the name is typed in lower case", async () => {
    // "Northfield" is only ever a name in the documents, so "northfield widget board" is one board.
    expect((await askOver("who chairs northfield widget board", files)).answered).toBe(false);
  });

  it("is declined so when the place is one word typed in lower case", async () => {
    // The documents write "Northfield" only as a place's name; "STP" would be an acronym.
    expect((await askOver("who leads northfield", files)).answered).toBe(false);
  });

  it("is declined so when it asks who was picked, selected or nominated for the post", async () => {
    expect(
      (await askOver("who was picked to lead the Northfield widget board?", files)).answered,
    ).toBe(false);
  });

  it("is declined so when it asks who runs it", async () => {
    expect((await askOver("who runs the Northfield widget board?", files)).answered).toBe(false);
    expect((await askOver("who ran the Southfield widget board?", files)).answer).toMatch(
      /Mary Okonjo/,
    );
  });

  it("reads one verb of going on for another after “how long”, the verb ending its clause at a comma", async () => {
    const consultation = oneDocument(
      "consult",
      "Widget consultation",
      "2019-05-01",
      "# Widget consultation\n\n## The consultation\n\nThe Harbourtown widget consultation ran for 13 weeks, from 7 October 2016 to 6 January 2017.\n\n## Earlier plans\n\nDraft plans submitted last October set out the county's widget repairs in detail.",
    );
    // "Last" asks how long it went on, as "ran for" says: not "last October".
    expect(
      (await askOver("how long did the widget consultation last, dates pls", consultation)).answer,
    ).toMatch(/ran for 13 weeks/);
  });

  it("is answered by a sentence that points back to the one naming the person", async () => {
    const review = {
      "review.md": documentText(
        { title: '"Widget repair review"', publisher: '"Acme Health"', date: "2019-05-01" },
        "# Widget repair review\n\nThe independent Widget Taskforce, chaired by Mary Okonjo of the charity Fixit, published its review in May 2019. It heard from more than 3,000 repairers and made 41 recommendations.",
      ),
    };
    // Two questions in one: "It … made 41 recommendations" is quoted with the sentence it
    // points back to, which names who led the taskforce.
    for (const question of [
      "who led the widget taskforce and how many recommendations did it make",
      "who chaired the widget taskforce and how many recommendations did it make?",
    ]) {
      const answer = await askOver(question, review);
      expect(answer.answer).toMatch(/Mary Okonjo/);
      expect(answer.answer).toMatch(/41 recommendations/);
    }
  });

  it("is declined when the only name in the answer is the one asked about", async () => {
    const watchdogs = {
      "watchdogs.md": documentText(
        { title: '"Watchdogs"', publisher: '"Acme Health"', date: "2022-07-01" },
        "# Watchdogs\n\nEastshire Property Services warned that the consultation felt rushed. Eastshire Property Services is independent of the council.",
      ),
    };
    // A body's name may end in a plural without asking about every one.
    expect((await askOver("who heads Eastshire Property Services?", watchdogs)).answered).toBe(
      false,
    );
    const forum = {
      "forum.md": documentText(
        { title: '"Patient forums"', publisher: '"Acme Health"', date: "2022-07-01" },
        "# Patient forums\n\nIn Eastshire, patients told Healthwatch Eastshire that the forum felt rushed.",
      ),
    };
    // "Healthwatch Eastshire" is two capitalised words, as a person's name is, but it is the
    // body asked about.
    expect((await askOver("who chairs Healthwatch Eastshire?", forum)).answered).toBe(false);
  });

  it("is declined when the answer only lists places", async () => {
    const places = {
      "areas.md": documentText(
        { title: '"Widget areas"', publisher: '"Acme Health"', date: "2022-07-01" },
        "# Widget areas\n\nThe areas are Northfield Valley; Southfield Downs; Eastfield Moor and Westfield Heath; Upper Dale.",
      ),
    };
    // Names in a list split by semicolons are places, not the person asked for.
    expect((await askOver("who leads Northfield Valley?", places)).answered).toBe(false);
    // Nor do they say why, when or how many: only which there are.
    expect(
      (await askOver("why are Eastfield Moor and Westfield Heath one area?", places)).answered,
    ).toBe(false);
    expect((await askOver("what are the areas?", places)).answered).toBe(true);
  });

  it("is answered by a sentence that names the person", async () => {
    const answer = await askOver("who leads the Southfield widget board?", files);
    expect(answer.answer).toMatch(/Mary Okonjo/);
  });

  it("is answered by a sentence that opens with a title of address before the name", async () => {
    // "Cllr" is capitalised only where it opens a sentence, so it reads as no name of its own;
    // the title itself says a person is named.
    const scrutiny = {
      "scrutiny.md": documentText(
        { title: '"Scrutiny news"', publisher: '"Acme Health"', date: "2022-07-01" },
        "# Scrutiny news\n\nCllr Jane Okafor, who chairs the Eastshire widget committee, asked both trusts to attend. Dr Patel said the committee would meet in March.",
      ),
    };
    const answer = await askOver("who chairs the Eastshire widget committee?", scrutiny);
    expect(answer.answer).toMatch(/Cllr Jane Okafor/);
  });

  it("is not held to a name when it asks about any one", async () => {
    expect((await askOver("who chairs a widget board?", files)).answer).toMatch(
      /independent chair/,
    );
  });
});

describe("a “which…?” question answered by a table", () => {
  it("is answered by the row whose cell, under the column it names, says which", async () => {
    const budget = oneDocument(
      "budget",
      "Widget budget",
      "2022-07-01",
      "# Widget budget\n\n| Funding stream | Amount | Purpose |\n|---|---|---|\n| Support for rural workshops | £7 million | Keeping village repair shops open |\n| Tools programme | £2 million | New lathes for every town |\n",
    );
    // "Support for rural workshops" opens its cell, so its capital is no sign of a name: the
    // column the question names says it is the answer.
    const answer = await askOver("which funding stream is for village repair shops?", budget);
    expect(answer.answer).toMatch(/Funding stream: Support for rural workshops/);
  });
});

describe("a question naming a body by a phrase in capitals", () => {
  const files = {
    "guide.md": documentText(
      { title: '"Widget boards: a guide"', publisher: '"Acme Health"', date: "2022-07-01" },
      `# Widget boards: a guide

The Widget Quality Board inspects every workshop each spring. Safety reports go to the council.`,
    ),
  };

  it("is declined when no document has those words together", async () => {
    // "Widget", "safety" and "council" are all in the guide, but never as one body's name.
    expect((await askOver("what does the Widget Safety Council inspect?", files)).answered).toBe(
      false,
    );
  });

  it("is answered where a document names it", async () => {
    const answer = await askOver("what does the Widget Quality Board inspect?", files);
    expect(answer.answer).toMatch(/inspects every workshop/);
  });

  it("is found where the document writes its acronym out", async () => {
    // The glossary's "WTP" is the page's "widget transformation plan": "the Eastshire WTP" is
    // the page's "Eastshire widget transformation plan", not a name it lacks.
    const plan = {
      "plan.md": documentText(
        { title: '"Eastshire news"', publisher: '"Acme Health"', date: "2022-07-01" },
        "# Eastshire news\n\nThe Eastshire widget transformation plan, published in May 2019, closes two workshops. Every WTP runs for five years.",
      ),
      "glossary.yml": "- term: WTP\n  expansion: widget transformation plan\n  aliases: []\n",
    };
    const answer = await askOver("when was the Eastshire WTP published?", plan);
    expect(answer.answer).toMatch(/published in May 2019/);
  });
  it("is not a name where “in” says where: “a GP in Northfield”", async () => {
    const survey = oneDocument(
      "survey",
      "Widget survey",
      "2022-07-01",
      "# Widget survey\n\nOnly 27% of people in Northfield said phoning their GP was easy. Most waited a week.",
    );
    // The page names "GP" and "Northfield" apart, as the question means them, never "GP Northfield".
    const answer = await askOver("how hard is it to phone a GP in Northfield?", survey);
    expect(answer.answer).toMatch(/27% of people in Northfield/);
  });

  it("is held to the name when typed in lower case, as the documents write the name in capitals", async () => {
    const pages = {
      "fund.md": documentText(
        { title: '"Repair news"', publisher: '"Acme Health"', date: "2022-07-01" },
        "# Repair news\n\nThe Gadget Repair Fund opened in 2019 for rural workshops.",
      ),
      "council.md": documentText(
        { title: '"Council budget"', publisher: '"Acme Council"', date: "2022-08-01" },
        "# Council budget\n\nEach gadget repair is paid for by the council's general fund.",
      ),
    };
    // "repair fund" is only ever the Gadget Repair Fund's name: the council's page, which has
    // "repair" and "fund" apart, does not say what that fund pays for.
    expect((await askOver("what does the gadget repair fund pay for", pages)).answered).toBe(false);
  });

  it("is declined when the answer names it only as one of a list of names", async () => {
    const letter = oneDocument(
      "letter",
      "Widget letter",
      "2022-07-01",
      "# Widget letter\n\nThe widget targets were sent in a letter from the bosses of Acme Repairs, Gadget Quality Watch, WIDGETCO and Spares Direct.",
    );
    // The letter lists WIDGETCO among its senders; it says nothing WIDGETCO said about targets.
    expect(
      (await askOver("what did WIDGETCO say about the widget targets?", letter)).answered,
    ).toBe(false);
    expect((await askOver("which bodies sent the widget targets letter?", letter)).answered).toBe(
      true,
    );
  });

  it("is declined when the answer names another body of the same kind instead", async () => {
    const budgets = oneDocument(
      "budgets",
      "Budgets",
      "2022-07-01",
      "# Budgets\n\nThe Spring Budget was set in March. The Autumn Budget gave gadget workshops £2 million for new tools.",
      "Acme Council",
    );
    // The page names the Spring Budget, but what it says of gadget workshops is the Autumn one's.
    expect(
      (await askOver("What did the Spring Budget give gadget workshops?", budgets)).answered,
    ).toBe(false);
    expect(
      (await askOver("What did the Autumn Budget give gadget workshops?", budgets)).answer,
    ).toMatch(/£2 million/);
  });

  it("is declined so when the name asked about is typed in lower case", async () => {
    const watch = oneDocument(
      "watch",
      "Public involvement",
      "2019-05-01",
      "# Public involvement\n\n## Surveys\n\nIn a survey of 300 residents by Healthwatch Northfield Valley, fewer than 30% knew about the plans.\n\n## Consultation\n\nHealthwatch Eastshire warned that late consultation feels tokenistic.",
    );
    // The page writes "Healthwatch Eastshire" only as a name: typed in lower case, it is still
    // that body, and the survey is another's.
    expect(
      (await askOver("how many residents answered the healthwatch eastshire survey", watch))
        .answered,
    ).toBe(false);
    expect(
      (await askOver("how many residents answered the healthwatch northfield valley survey", watch))
        .answer,
    ).toMatch(/300 residents/);
  });

  it("reads the name in the sentence an answer points back to as named", async () => {
    const estates = oneDocument(
      "estates",
      "Estates review",
      "2019-05-01",
      "# Estates review\n\n## Who would oversee it?\n\nA new Widget Property Board would give national leadership on estates. It would bring together Widget Property Services and other property functions, and be fully running by April 2018.\n\n## Land\n\nSurplus land should be sold for housing.",
    );
    // "It" is the Widget Property Board, quoted with the answer: Widget Property Services is no
    // other body answering instead.
    expect(
      (await askOver("when was the widget property board meant to be up and running", estates))
        .answer,
    ).toMatch(/April 2018/);
  });

  it("reads a capital after a hyphen as part of a word, not the start of a name", async () => {
    const letter = oneDocument(
      "letter",
      "Widget letter",
      "2022-07-01",
      "# Widget letter\n\nBefore Easter the bosses of Acme Repairs wrote to every STP asking for a single leader.",
    );
    // "pre-Easter STP" is no name the page must hold; "Easter" and "STP" are.
    expect((await askOver("who wrote the pre-Easter STP letter?", letter)).answer).toMatch(
      /Acme Repairs/,
    );
  });

  it("finds a short name the asker gives in another order", async () => {
    const survey = oneDocument(
      "survey",
      "What residents told us",
      "2022-07-01",
      "# Findings\n\nIn a survey of 300 residents by Widgetwatch Central East Ashby, fewer than 30% knew of the plans.",
    );
    // "east Ashby Widgetwatch" is Widgetwatch Central East Ashby, as remembered.
    expect(
      (await askOver("what share knew of the plans in the east Ashby Widgetwatch survey?", survey))
        .answer,
    ).toMatch(/fewer than 30%/);
  });

  it("is answered when the page's title names it, whatever else the sentence names", async () => {
    const fund = oneDocument(
      "fund",
      "The Gadget Repair Fund explained",
      "2022-07-01",
      "# Background\n\nThe fund was set up in 2013. At first it was called the Widget Mending Fund.",
    );
    // "It" is the Gadget Repair Fund, the page's subject, not another fund.
    expect((await askOver("What was the Gadget Repair Fund first called?", fund)).answer).toMatch(
      /Widget Mending Fund/,
    );
  });
});

describe("a question asking what something is", () => {
  const files = {
    "guide.md": documentText(
      { title: '"Widget boards: a guide"', publisher: '"Acme Health"', date: "2022-07-01" },
      `# Widget boards: a guide

The Widget Quality Board inspects every workshop each spring. Each board has a repair budget, and care is taken that the money goes to the workshops that need it most.`,
    ),
  };

  it("is declined when no document puts its words together", async () => {
    // "workshop", "care" and "board" are all in the guide, but never as one thing's name.
    expect((await askOver("what is the workshop care board?", files)).answered).toBe(false);
  });

  it("is answered where a document names it, or when it asks for a value of it", async () => {
    expect((await askOver("what is the widget quality board?", files)).answer).toMatch(
      /inspects every workshop/,
    );
    expect((await askOver("what's the workshop repair budget?", files)).answered).toBe(true);
  });
});

describe("a form's question with its box ticked", () => {
  const files = {
    "form.md": documentText(
      { title: '"Widget areas: our return"', publisher: '"Acme Health"', date: "2022-07-01" },
      `# Widget areas: our return

Is the valley within one of the twelve widget areas? , No;

The twelve widget areas were drawn up in 2019 so that each covers about 400,000 people.`,
    ),
  };

  it("answers that yes-or-no question", async () => {
    const answer = await askOver("is the valley one of the widget areas?", files);
    expect(answer.answer).toMatch(/, No;$/);
  });

  it("is never the answer to another question", async () => {
    const answer = await askOver("what are the widget areas?", files);
    expect(answer.answer).toMatch(/^The twelve widget areas were drawn up/);
  });
});

describe("a form's questions one after another", () => {
  const files = {
    "news.md": documentText(
      { title: '"Widget fund news"', publisher: '"Acme Health"', date: "2022-07-01" },
      "# Widget fund news\n\nThe widget fund holds £3 million for workshop repairs this year.",
    ),
    "form.md": documentText(
      { title: '"Widget fund: our return"', publisher: '"Acme Council"', date: "2022-08-01" },
      "# Widget fund: our return\n\nDoes the widget fund hold £5 million for workshop repairs? Is every workshop within reach of the fund? , No;",
    ),
  };

  it("are no source that differs from the answer", async () => {
    // The first question is followed only by another, with its box ticked: neither answers, so
    // the form's £5 million is not shown as a source disagreeing with the news's £3 million.
    const answer = await askOver("how much does the widget fund hold for repairs?", files);
    expect(answer.answer).toMatch(/^The widget fund holds £3 million/);
    expect(answer.message).not.toMatch(/sources differ/);
    expect(answer.citations.map((c) => c.title)).not.toContain("Widget fund: our return");
  });
});

describe("a question naming a day", () => {
  const files = {
    "guide.md": documentText(
      { title: '"Widget guidance"', publisher: '"Acme Health"', date: "2015-10-01" },
      "# Widget guidance\n\nGuidance issued in September 2015 asked widget boards to decide which workshops they would cover.",
    ),
    "news.md": documentText(
      { title: '"Widget news"', publisher: '"Acme Health"', date: "2017-09-20" },
      "# Widget news\n\nOn 14 September the widget board decided to close two workshops.",
    ),
  };

  it("is declined when no document gives that day of the month", async () => {
    expect(
      (await askOver("what did the widget boards decide on 3 September?", files)).answered,
    ).toBe(false);
  });

  it("is answered from the document that gives it", async () => {
    const answer = await askOver("what did the widget board decide on 14 September?", files);
    expect(answer.answer).toMatch(/close two workshops/);
  });
});

describe("answers that are all but equal", () => {
  it("also cites a passage elsewhere that answered nearly as well, each passage once", () => {
    // "delivered at a local level" (RCP) and "the local plans for delivering" (King's Fund) score
    // all but equal: both are shown, so the reader decides.
    const answer = engine.ask("can the plans actually be delivered");
    expectTrustworthy(answer);
    expect(new Set(answer.citations.map((c) => c.title)).size).toBeGreaterThan(1);
    expect(answer.citations.slice(1).some((c) => /deliver/.test(c.quote))).toBe(true);
    const passages = answer.citations.map((c) => `${c.source}:${c.line}`);
    expect(new Set(passages).size).toBe(passages.length);
  });

  it("adds no such passage to an amount or a date, which other documents confirm or dispute", () => {
    const answer = engine.ask("how big is the transformation fund");
    // Its sources all give the sum; a "see also" passage after them is only offered.
    expect(citedBy(answer).every((c) => /£|bn|billion/.test(c.quote))).toBe(true);
  });
});

describe("see also", () => {
  // The private meetings answer "how often" less well than the public ones, but a reader asking
  // may want them: they are offered after the answer's own citation, marked as not its source.
  const files = oneDocument(
    "boards",
    "Widget boards explained",
    "2022-07-01",
    "# Widget boards\n\nWidget boards meet in public four times a year.\n\n## Members\n\nEach board has twelve members, drawn from sprocket makers and councils.\n\n## Private business\n\nA board may also meet in private when it agrees sprocket prices.",
  );

  it("offers the next best passage after the answer's own, marked as not its source", async () => {
    const answer = await askOver("how often do widget boards meet?", files);
    expect(answer.answer).toBe("Widget boards meet in public four times a year.");
    const [source, ...others] = answer.citations;
    expect(source?.related).toBeUndefined();
    expect(others).toHaveLength(1);
    expect(others[0]).toMatchObject({ related: true, section: "Private business" });
    expect(answerToText(answer)).toMatch(
      /\[2\] See also: Widget boards explained — Acme Health, 1 July 2022 · Private business/,
    );
  });
});

describe("see also, when a document says a sentence twice", () => {
  // The papers' sentence closes the first paragraph and opens the second: the answer's citation
  // quotes it already, so the passage offered after it is quoted without it.
  const files = oneDocument(
    "boards",
    "Widget boards explained",
    "2022-07-01",
    "# Widget boards\n\nWidget boards meet in public four times a year. Their papers are published a week before each meeting.\n\n## Private business\n\nTheir papers are published a week before each meeting. A board may also meet in private when it agrees sprocket prices.",
  );

  it("does not show a sentence the citations already quote", async () => {
    const answer = await askOver("how often do widget boards meet?", files);
    const quotes = answer.citations.map((c) => c.quote).join(" ");
    expect(quotes.match(/Their papers are published/g)).toHaveLength(1);
    expect(answer.citations.at(-1)).toMatchObject({ related: true, section: "Private business" });
  });
});

describe("a document describing itself", () => {
  const files = oneDocument(
    "depot",
    "Widget depot recovery plan",
    "2022-07-01",
    "# Widget depot recovery plan\n\n## Purpose\n\nThis paper sets out the depot's financial position, the recovery plan and the plan for extra sprocket stock this winter.\n\n## Money\n\nThe depot has reported a deficit in each of the last three years, mostly from agency staffing.\n\n## Winter\n\nExtra sprocket stock for the winter will be bought in October.",
  );

  it("is not the answer to what it goes on to say", async () => {
    const answer = await askOver("what's the plan for extra sprocket stock this winter", files);
    expect(answer.answer).toBe("Extra sprocket stock for the winter will be bought in October.");
  });

  it("answers a question about the document itself", async () => {
    const answer = await askOver("what does the paper set out", files);
    expect(answer.answer).toMatch(/^This paper sets out/);
  });
});

describe("two words said the other way round", () => {
  it('reads "trust deficits" in "the deficit of the widget trusts"', async () => {
    const files = oneDocument(
      "finances",
      "Widget finances",
      "2022-07-01",
      "# Widget finances\n\n## Money\n\nHelped by the grant, the combined accounts of councils, boards and trusts swung from a deficit of £90 million in 2020 to a surplus in 2021.\n\nThe deficit of the widget trusts shrank from £40 million to £12 million over the same period.",
    );
    expect((await askOver("how big were trust deficits?", files)).answer).toMatch(
      /^The deficit of the widget trusts/,
    );
  });
});

describe("why questions", () => {
  it("quote the sentence giving the purpose when it follows the one that matched", () => {
    const answer = engine.ask("why use stps as the only way to apply for funding");
    expectTrustworthy(answer);
    expect(answer.answer).toMatch(/intended to reduce bureaucracy/);
  });
});

describe("lists", () => {
  it("quote an item that ends in a semicolon with the rest of its sentence, from the line introducing it", async () => {
    const answer = await askOver("which aim of widget boards is about gaps in access", {
      "widget.md": documentText(
        { title: '"Widget boards explained"', publisher: '"Acme Health"', date: "2022-07-01" },
        `# Widget boards explained

Widget boards replaced the old gadget committees in July 2022.

Four aims are usually quoted:

- improving results for local gadget makers;
- narrowing gaps in access between workshops;
- getting more value from every pound spent;
- helping the sector contribute to the local economy.`,
      ),
    });
    expect(answer.answer).toBe(
      "Four aims are usually quoted: improving results for local gadget makers; narrowing gaps in access between workshops; getting more value from every pound spent; helping the sector contribute to the local economy.",
    );
  });

  it("never end an answer with the label that opens the next item", async () => {
    const files = auditFindings(
      `1. **Overall position.** Helped by the grant, the combined accounts swung from a deficit to a surplus. Without the grant, the auditors judged, the picture would have been only slightly better.
2. **Workshops.** The deficit of the workshops shrank by half over the same period.
3. **Sellers.** Sellers underspent by £1 million.
4. **Standards.** Delivery standards were still being missed.
5. **One-off savings.** Sellers leaned harder on one-off measures to hit their targets.`,
    );
    const answer = await askOver(
      "what would the picture have been for workshops without the grant?",
      files,
    );
    expect(answer.answer).toBe(
      "Without the grant, the auditors judged, the picture would have been only slightly better.",
    );
    // A short sentence is quoted with the next only where the next carries on from it.
    const short = await askOver("were the delivery standards being met?", files);
    expect(short.answer).toBe("Delivery standards were still being missed.");
  });
});

describe("two questions in one message", () => {
  it("answers the first and says which to ask next", () => {
    const answer = engine.ask("is the STF ring-fenced? and who decides?");
    expectTrustworthy(answer);
    expect(answer.answer).toMatch(/ring-fence/);
    expect(answer.message).toBe(
      "You asked more than one question; this answers the first. Ask “who decides?” next for the other.",
    );
  });

  it("names each question left, in the order asked", () => {
    expect(engine.ask("what are stps? what are icss? what are ccgs?").message).toMatch(
      /this answers the first\. Ask “what are icss\?” next, then “what are ccgs\?”\.$/,
    );
  });

  it("reads two questions joined by “and” as two", async () => {
    // "which option did NEW Devon CCG go with and where do the beds stay?" asks two things: the
    // beds' places pulled the answer to a sentence about who drew the plan up.
    const files = oneDocument(
      "clinics",
      "Widget clinics",
      "2017-03-02",
      `# Widget clinics

The plan, put out to the public under the banner Your Widgets, was drawn up by the Northfield widget board with the beds and clinics that stay in each town.

On 2 March 2017 the Northfield widget board chose Option B: 32 benches at Tiverton and 24 at Sidmouth.`,
    );
    const answer = await askOver(
      "which option did the Northfield widget board go with and where do the beds stay?",
      files,
    );
    expect(answer.answer).toMatch(/chose Option B/);
    expect(answer.message).toMatch(/Ask “where do the beds stay\?” next for the other\./);
  });

  it("says nothing of the kind for one question", () => {
    expect(engine.ask("is the STF ring-fenced?").message).toBe("");
  });
});

describe("a message that says where the asker read something first", () => {
  it("answers the question, with the document it names helping to find the answer", () => {
    // "the RCP briefing –" is not what the answer must show, but it says which document to read.
    const answer = engine.ask("the RCP briefing - how can physicians get involved?");
    expectTrustworthy(answer);
    expect(answer.answer).toMatch(/^Identify your STP footprint and lead/);
    expect(answer.citations[0]?.publisher).toBe("Royal College of Physicians");
  });
});

describe("an answer that introduces a list", () => {
  it("goes on into the list rather than stopping at the colon", async () => {
    const answer = await askOver("what views is the gadget society collecting from members", {
      "gadgets.md": documentText(
        { title: '"Gadget boards and you"', publisher: '"Gadget Society"', date: "2022-07-01" },
        `# Gadget boards and you

## How can members get involved?

- Find your board - Use our map to find your board and its lead.
- Tell the society - We are collecting views from members to see national trends. The key questions we would like members to consider are:
  - does the board seem right for your area;
  - has there been enough input from makers?`,
      ),
    });
    expect(answer.answer).toMatch(/consider are: does the board seem right for your area;/);
    expect(answer.answer).not.toMatch(/:$/);
  });
});

describe("an answer whose first sentence leans on the paragraph above", () => {
  const fundPage = (opening: string) =>
    documentText(
      { title: '"Widget funding explained"', publisher: '"Acme Health"', date: "2022-07-01" },
      `# Widget funding explained

The new guidance contains much that is new. Already one element that has drawn comment is the new Widget Renewal Fund.

${opening}`,
    );

  it("is quoted after the sentence naming what its 'This fund' is", async () => {
    const answer = await askOver("how much will the widget renewal fund hold", {
      "widgets.md": fundPage("This fund will hold £40 million to support workshops in deficit."),
    });
    expect(answer.answer).toBe(
      "Already one element that has drawn comment is the new Widget Renewal Fund. This fund will hold £40 million to support workshops in deficit.",
    );
    expect(answer.citations[0]?.quote).toBe(
      "… Already one element that has drawn comment is the new Widget Renewal Fund. This fund will hold £40 million to support workshops in deficit.",
    );
  });

  it("stands alone when its 'It' stands for nothing above", async () => {
    const answer = await askOver("how much will the widget renewal fund hold", {
      "widgets.md": fundPage(
        "It is clear that the Widget Renewal Fund will hold £40 million to support workshops in deficit.",
      ),
    });
    expect(answer.answer).toBe(
      "It is clear that the Widget Renewal Fund will hold £40 million to support workshops in deficit.",
    );
  });
});

describe("an answer that lacks a word of the question its neighbour has", () => {
  const strategyPage = documentText(
    { title: '"Gadget planning"', publisher: '"Gadget Society"', date: "2019-04-01" },
    `# Gadget planning

In March 2019 the Gadget Board opened a consultation on its draft gadget strategy for the county to 2030, prepared with the Widget Council and local makers. Comments are open until 23 May 2019, and a final version is promised for September 2019.`,
  );

  it("is quoted after the sentence before, which shows it", async () => {
    const answer = await askOver("until when can people comment on the gadget strategy", {
      "gadgets.md": strategyPage,
    });
    expect(answer.answer).toMatch(/^In March 2019 .*Comments are open until 23 May 2019, .*\.$/);
  });

  it("goes on into the next sentence, which shows it", async () => {
    const answer = await askOver("who staffs the gadget repair clinics", {
      "gadgets.md": documentText(
        { title: '"Gadget repairs"', publisher: '"Gadget Society"', date: "2019-04-01" },
        `# Gadget repairs

The Gadget Board runs twelve gadget repair clinics across the county, in libraries, village halls and the old market building in Thornbury. Volunteers staff them on Saturday mornings.`,
      ),
    });
    expect(answer.answer).toMatch(
      /^The Gadget Board runs .*Volunteers staff them on Saturday mornings\.$/,
    );
  });
});

describe("an answer of middling length", () => {
  it("goes on into the next sentence about the same things", async () => {
    // 140 characters, then what the systems get in return: the reader sees both.
    const answer = await askOver(
      "what do widget care systems get in exchange for taking on responsibility",
      {
        "widgets.md": documentText(
          { title: '"Widget care systems"', publisher: '"Widget Society"', date: "2019-04-01" },
          `# Widget care systems

Next Year also introduced widget care systems, an evolved form of widget board taking collective responsibility for makers and their money. In return the widget care systems get more freedom over how workshops are run.`,
        ),
      },
    );
    expect(answer.answer).toMatch(
      /^Next Year also introduced .*In return the widget care systems get more freedom/,
    );
  });
});

describe("a page of questions and answers", () => {
  it("answers under the heading that asks what the question asks, and more besides", async () => {
    const faq = oneDocument(
      "faq",
      "Widget boards: questions and answers",
      "2022-07-01",
      `# Widget boards: questions and answers

## What replaced the widget groups?

Their buying role now sits with a new kind of body, the widget board.

## Who sits on the board?

The minimum line-up comes from the Act. Every one has an independent chair, a treasurer and two repairers.`,
    );
    // "Who sits on the board?" asks all of this but "as a minimum": its answer is this one.
    expect((await askOver("who has to sit on a widget board as a minimum?", faq)).answer).toMatch(
      /independent chair/,
    );
  });

  it("reads “what's the difference between…” as the heading “is … the same as…?”", async () => {
    const faq = oneDocument(
      "faq",
      "Widget systems: questions and answers",
      "2022-07-01",
      `# Widget systems: questions and answers

## What does a widget board do?

Each widget board plans repairs for its county and answers for the widget system's spending on them.

## Is a widget system the same thing as a widget board?

Not quite. The system is the umbrella: beneath it sit the widget board, which holds the money, and a partnership of councils and repairers.`,
    );
    expect(
      (await askOver("what's the difference between a widget system and a widget board?", faq))
        .answer,
    ).toMatch(/umbrella/);
  });
});

describe("a document about one thing", () => {
  it("lets the question's other words pick the sentence when the title names what it is about", async () => {
    // Beside the bundled documents, a review named after its author: every sentence is about
    // the Widgetson review, whether or not it repeats the name.
    const answer = await askOver("when did widgetson's report appear", {
      ...(await bundledDocuments()),
      "widgetson.md": documentText(
        {
          title: '"The Widgetson review of gadget estates"',
          publisher: '"Acme Health"',
          date: "2017-04-02",
        },
        `# The Widgetson review of gadget estates

In February 2016 the government asked Sir Wilf Widgetson to look at how the gadget service uses its land and buildings.

Widgetson found that a tenth of the estate was empty or badly used, and that repairs were overdue on much of the rest.

The report came out on 31 March 2017 and made 17 recommendations.

Widgetson wanted a new property company in shadow form straight away and fully running by April 2018.`,
      ),
    });
    expect(answer.answer).toBe("The report came out on 31 March 2017 and made 17 recommendations.");
  });

  it("reads a phrase one title names as said in every sentence of that document, though each word is common", async () => {
    // "Joined", "care" and "fund" are all in the bundled documents; together they name one
    // paper, so its sentences are about the Joined Care Fund whether or not they say so.
    const answer = await askOver("what was the joined care fund's original name", {
      ...(await bundledDocuments()),
      "joined-care-fund.md": documentText(
        { title: '"Paper to the health board: the Joined Care Fund"', date: "2017-09-14" },
        `# Paper to the health board

This paper reminds members how the Joined Care Fund works and what it pays for.

The Joined Care Fund pools money from the NHS and councils each year.

The scheme began in April 2015. At first it was called the Shared Budget.

Members are asked to approve the Joined Care Fund plan for the coming year.`,
      ),
    });
    expect(answer.answer).toMatch(/At first it was called the Shared Budget\.$/);
  });
});

describe("two documents whose sentences match as well", () => {
  it("answers from the document that shows more of the question elsewhere", async () => {
    // Both say when "the widget fund" opens; only the guide is about small workshops (three
    // sections further on). The news is dated and the guide is not, which alone would favour the news.
    const answer = await askOver("when does the widget fund for small workshops open?", {
      "guide.md": documentText(
        { title: '"Spring guide"', publisher: '"Acme Health"' },
        `# Spring guide

## Dates

The widget fund opens to applications in April.

## Parking

The car park is free on Sundays.

## Opening hours

The office opens at nine every weekday.

## Who can apply

Grants go to small workshops in rural areas.`,
      ),
      "news.md": documentText(
        { title: '"Spring news"', publisher: '"Acme Health"', date: "2022-03-01" },
        `# Spring news

## Dates

The widget fund opens to applications in May.

## Other news

A new gadget shop opened in the high street.`,
      ),
    });
    expect(answer.answer).toBe("The widget fund opens to applications in April.");
  });
});

describe("sources that disagree", () => {
  it("cites both the source saying October and the one saying December, and says they differ", () => {
    const answer = engine.ask("when were plans resubmitted");
    expectTrustworthy(answer);
    const quotes = answer.citations.map((c) => c.quote);
    expect(quotes.some((q) => /October/.test(q))).toBe(true);
    expect(quotes.some((q) => /December/.test(q))).toBe(true);
    expect(answer.message).toMatch(/differ/);
    expect(answer.message).toMatch(/\[1\]/);
    expect(answer.message).toMatch(/check their dates/);
  });

  it("backs an amount only with sources giving the same figure, not another number on the topic", () => {
    const answer = engine.ask("how many STP areas are there");
    expectTrustworthy(answer);
    expect(answer.message).toBe("");
    // "three headline areas" is on the topic but is not a count of STP areas.
    for (const citation of answer.citations) expect(citation.quote).toMatch(/\b44\b/);
  });

  it("says nothing of differing when the sources agree", () => {
    expect(engine.ask("email for rcp feedback").message).toBe("");
  });
});

describe("things counted by number", () => {
  it("answers “the two big problems” with the sentence counting two challenges", () => {
    // Nothing but the number says the challenges are the problems asked about.
    for (const question of [
      "what are the two big problems stps face",
      "what are the two big hurdles the kings fund thinks STPs face",
    ]) {
      const answer = engine.ask(question);
      expectTrustworthy(answer);
      expect(answer.answer, question).toMatch(/^Two major challenges face STPs\./);
    }
  });
});

describe("a figure asked of a body's dated report", () => {
  const audit = oneDocument(
    "audit",
    "Summary of the widget audit",
    "2018-01-26",
    `# Summary of the widget audit

To balance the books, the Department moved £1.2 billion out of its capital budget into day-to-day spending.`,
    "National Audit Office",
  );

  it("is answered by the body's document of that date (“NAO Jan 2018: how much…”)", async () => {
    const answer = await askOver(
      "NAO Jan 2018: how much was moved out of the capital budget?",
      audit,
    );
    expect(answer.answer).toMatch(/£1\.2 billion/);
  });

  it("is still declined where the year is asked of the figure, not of the report", async () => {
    const answer = await askOver("how much was moved out of the capital budget in 2015?", audit);
    expect(answer.answered).toBe(false);
  });
});

describe("a title typed in capitals", () => {
  const pages = {
    ...oneDocument(
      "strategy",
      "Widget workforce blog",
      "2018-01-10",
      "# Widget workforce blog\n\nThe consultation on the future of health and care widgets ran for eight weeks.",
    ),
    ...oneDocument(
      "beds",
      "Valley: changes to community beds",
      "2017-03-01",
      `# Valley: changes to community beds

The plan was put to the public under the banner Your Future Care.

## Consultation

It ran for 13 weeks, from 7 October 2016 to 6 January 2017, and the consultation drew 2,000 replies.`,
    ),
  };

  it("is looked for word for word: “Your Future Care” is not “the future of health and care”", async () => {
    const answer = await askOver("how long did the Your Future Care consultation run?", pages);
    expect(everything(answer)).not.toMatch(/eight weeks/);
  });
});

describe("a verb of two words in a document", () => {
  const fund = oneDocument(
    "fund",
    "Gadget repair fund: board update",
    "2019-05-01",
    `# Gadget repair fund: board update

The Gadget Repair Fund opened in 2019 for rural workshops. Its panel meets every month in Harbourtown.

## Requests

The panel has been turning down requests from workshops outside the county, because the fund's rules cover only local repairers. Workshops may appeal within 28 days.`,
  );

  it("is read as what WordNet says it means: “turning down” is refusing", async () => {
    for (const question of ["what has the panel been refusing?", "who has the panel refused?"]) {
      const answer = await askOver(question, fund);
      expect(answer.answered, question).toBe(true);
      expect(answer.answer, question).toMatch(/turning down requests/);
    }
  });
});

describe("hostile and odd input", () => {
  /** Whatever comes in, an Answer comes back that either answers or says why not. */
  function expectClearReply(question: string): Answer {
    let answer: Answer | undefined;
    expect(() => {
      answer = engine.ask(question);
    }).not.toThrow();
    if (!answer) throw new Error("no answer");
    expect(answer.question).toBe(question);
    if (answer.answered) {
      expect(isVerbatim(answer.answer, corpus.passages)).toBe(true);
      expect(answer.citations.length).toBeGreaterThan(0);
    } else {
      expect(answer.message.trim()).not.toBe("");
      expect(answer.answer).toBe("");
      expect(answer.citations).toEqual([]);
    }
    return answer;
  }

  it.each(["", "   ", "\n\t"])("asks for a question when given %j", (question) => {
    const answer = expectClearReply(question);
    expect(answer).toMatchObject({ answered: false, problem: "empty", suggestions: [] });
    expect(answer.message).toBe(
      "Please type a question, for example: How many STP areas are there?",
    );
  });

  it("says how long a question over 2,000 characters is, without looking it up", () => {
    const answer = expectClearReply(`how many stp areas ${"x".repeat(2000)}`);
    expect(answer).toMatchObject({ answered: false, problem: "too-long", suggestions: [] });
    expect(answer.message).toBe(
      "That question is 2,019 characters long; please ask in under 2,000.",
    );
  });

  it("says a question of one 100,000-letter word is too long, before any typo search", () => {
    const answer = expectClearReply("x".repeat(100_000));
    expect(answer).toMatchObject({ answered: false, problem: "too-long" });
  });

  it("declines a question of one 1,999-letter word, which no typo search reads", () => {
    const answer = expectClearReply("d".repeat(1999));
    expect(answer.answered).toBe(false);
    expect(answer.problem).toBeUndefined();
  });

  it("looks up a question of exactly 2,000 characters", () => {
    const question = `how many stp areas ${" ".repeat(1981)}`;
    expect(question).toHaveLength(2000);
    expect(expectClearReply(question).problem).toBeUndefined();
  });

  it("ignores control characters and NUL", () => {
    const answer = expectClearReply("how many\u0000 stp\u0007 areas\u001b r there\u0008");
    expect(answer.problem).toBeUndefined();
    expect(answer.answer).toBe(engine.ask("how many stp areas r there").answer);
  });

  it.each(["😀😀🎉", "🤔", "?!?!", "(.*)+[", "——…"])(
    "asks for words when given only %j",
    (question) => {
      const answer = expectClearReply(question);
      expect(answer).toMatchObject({ answered: false, problem: "no-words" });
      expect(answer.message).toBe(
        "I couldn't find any words in that question. Please ask in words, for example: Who leads each STP?",
      );
    },
  );

  it.each(["STP是什么", "ما هو STP", "Что такое STP?", "এসটিপি কী?"])(
    "says it reads English only when %j is written in another script",
    (question) => {
      const answer = expectClearReply(question);
      expect(answer).toMatchObject({ answered: false, problem: "not-english" });
      expect(answer.message).toBe(
        "I can only read questions in English. Please ask in English, for example: How big is the transformation fund?",
      );
    },
  );

  it("reads an English question with a name in another script", () => {
    const answer = engine.ask("what did 王 say about the transformation fund?");
    expect(answer.problem).toBeUndefined();
  });

  it.each(["<!channel>", "@everyone", "<@U12345678>", "<!here> @channel"])(
    "treats the bare mention %j as empty",
    (question) => {
      expect(expectClearReply(question).problem).toBe("empty");
    },
  );

  it("answers a question after a mention as if the mention were not there", () => {
    const plain = engine.ask("how many stp areas are there");
    expect(expectClearReply("<!channel> how many stp areas are there").answer).toBe(plain.answer);
    expect(expectClearReply("@everyone how many stp areas are there").answer).toBe(plain.answer);
  });

  it.each([
    "(.*)+[ how many areas",
    "**bold** `code` <script>alert(1)</script>",
    "[link](javascript:alert(1)) | table | ^$ \\d+ {3,}",
    "'; DROP TABLE passages; --",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder typed as text is the input under test
    "%s %d %n ${process.exit(1)} {{7*7}}",
  ])("treats regex and markup characters in %j as plain text", (question) => {
    expectClearReply(question);
  });

  it("declines markup that asks nothing about STPs", () => {
    expect(expectClearReply("**bold** `code` <script>alert(1)</script>").answered).toBe(false);
  });

  it("rejects a 100,000-character binary-ish string as too long", () => {
    const noise = Array.from({ length: 100_000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 65536),
    ).join("");
    expect(expectClearReply(noise).problem).toBe("too-long");
  });

  it("copes with binary-ish strings under the limit", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const noise = Array.from({ length: 1999 }, (_, i) =>
        String.fromCharCode((i * 7919 * seed + seed) % 65536),
      ).join("");
      expectClearReply(noise);
    }
    expectClearReply("\uD800\uDC00\uDFFF\uD800 fund \uFFFE\uFFFF");
  });

  it("copes with a question that is not a string", () => {
    for (const value of [undefined, null, 42, { toString: () => "how many stp areas" }]) {
      expect(() => engine.ask(value as unknown as string)).not.toThrow();
    }
  });

  it("answers a question asked many times the same way", () => {
    const first = engine.ask("who leads each stp");
    for (let i = 0; i < 5; i++) expect(engine.ask("who leads each stp")).toEqual(first);
  });
});

describe("why an asker should bother", () => {
  const pages = {
    ...oneDocument(
      "clinicians",
      "Widget plans: a guide for clinicians",
      "2017-02-01",
      `# Widget plans: a guide for clinicians

Clinicians are best placed to shape the widget plans, so they should get involved early.

Some clinicians said patients would not bother to travel so far for a widget clinic.`,
    ),
    ...oneDocument(
      "funding",
      "Widget funding in brief",
      "2017-03-01",
      `# Widget funding in brief

The widget fund holds £2 million for local areas.

Each area sends its plan to the regional board in June.`,
    ),
  };

  it("is asked why to do it: “bother” is framing, not what the answer must say", async () => {
    const answer = await askOver("why should clinicians bother getting involved?", pages);
    expect(answer.answer).toMatch(/^Clinicians are best placed/);
  });
});

describe("a source named as the question's context", () => {
  const pages = {
    ...oneDocument(
      "audit",
      "The widget fund audited",
      "2017-02-01",
      `# The widget fund audited

The government gave the widget service extra money through the widget fund.`,
      "Widget Audit Office",
    ),
    ...oneDocument(
      "think-tank",
      "What next for widget plans?",
      "2017-03-01",
      `# What next for widget plans?

The additional funds from the government to the widget service are being used mainly to pay off debts.`,
      "The Widget Trust",
    ),
  };

  it("prefers the named source's pages: “the Widget Trust piece –” says whose view is asked", async () => {
    const answer = await askOver(
      "widget trust piece - where is the extra government money for the widget service going?",
      pages,
    );
    expect(answer.answer).toMatch(/^The additional funds/);
  });
});
