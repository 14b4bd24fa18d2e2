// What the decision to decline reads from a question's ranked candidates (src/model/decline.ts).
import { describe, expect, it } from "vitest";
import { resolveEngineOptions } from "../../src/config.ts";
import { readContentFiles } from "../../src/documents/content.ts";
import { answerContext, buildEngine } from "../../src/engine.ts";
import { buildCorpus } from "../../src/indexing/corpus.ts";
import { declineFeatureNames, declineFeatures } from "../../src/model/decline.ts";
import { maxConceptWeight } from "../../src/question/concepts.ts";
import { rankQuestion } from "../../src/ranking/rank-question.ts";
import type { Answer } from "../../src/types.ts";
import { documentText, makeContentFolder, removeFolder } from "../helpers/content-folder.ts";

/** Two pages that give the fund's size, each in its own words. */
const pages = [
  documentText(
    { title: '"The Riverside Fund"', publisher: '"Valley Health Partnership"', date: "2022-05-01" },
    "# The Riverside Fund\n\nThe Riverside Fund holds £4.2 million for respite breaks in the valley.\n\nIts board of six meets every May.",
  ),
  documentText(
    { title: '"Valley finances"', publisher: '"Valley Council"', date: "2022-06-01" },
    "# Valley finances\n\nCarers' respite breaks now draw on a pot of £4.2 million, the Riverside Fund.\n\nThe council's own budget fell in 2021.",
  ),
];

/** The decision's "margin" for `question` over the two pages. */
function margin(question: string): number {
  return feature("margin", question, pages);
}

/** One of the decision's features for `question` over `texts`. */
function feature(
  name: (typeof declineFeatureNames)[number],
  question: string,
  texts: string[],
): number {
  const options = resolveEngineOptions({ contentDir: "unused", cacheDir: null });
  const files = texts.map((text, i) => ({
    name: `page-${i}.md`,
    path: `page-${i}.md`,
    bytes: Buffer.from(text),
  }));
  const context = answerContext(buildCorpus(files, options), options);
  const result = rankQuestion(context, question);
  if ("problem" in result) throw new Error(result.problem);
  const features = declineFeatures(
    result.concepts,
    result.candidates,
    maxConceptWeight(context.index),
  );
  return features[declineFeatureNames.indexOf(name)] as number;
}

describe("two sources giving the same figure", () => {
  it("agree: the second is no rival that makes the first less sure", () => {
    // The two £4.2 million sentences score within 0.01 of each other; the lead is over the
    // board's meetings instead.
    expect(margin("how much is in the riverside fund for respite breaks?")).toBeGreaterThan(1);
  });
});

describe("a word the documents know only by a synonym", () => {
  const plans = documentText(
    { title: '"Widget plans"', publisher: '"Acme Health"', date: "2017-03-02" },
    "# Widget plans\n\nThe widget plans were meant to accelerate the repair of sprockets.\n\n## Depots\n\nSprocket depots close in winter.",
  );

  it("is no unknown word when the best sentence says it that way (“speed up”, “accelerate”)", () => {
    expect(feature("unknown", "what were the widget plans meant to speed up?", [plans])).toBe(0);
  });

  it("stays partly unknown when it has several senses the documents use (“union”: the North, an organisation)", () => {
    const page = documentText(
      { title: '"Widget repairs"', publisher: '"Acme Health"', date: "2017-03-02" },
      "# Widget repairs\n\nThe organisation in the north repairs sprockets.\n\n## Depots\n\nSprocket depots close in winter.",
    );
    expect(feature("unknown", "what does the union repair?", [page])).toBeGreaterThan(0);
  });
});

describe("a word the documents never use", () => {
  const page = documentText(
    { title: '"Widget plans"', publisher: '"Acme Health"', date: "2017-03-02" },
    "# Widget plans\n\nThe college wants clinicians at the core of the widget plans.\n\n## Depots\n\nSprocket depots close in winter.",
  );

  it("is shown when the best sentence says it by a synonym of a later sense (“heart”, “core”)", () => {
    expect(
      feature("unknown", "what does the college want at the heart of the widget plans?", [page]),
    ).toBe(0);
  });

  it("stays unknown when the best sentence has no synonym of it", () => {
    expect(
      feature("unknown", "what does the college want at the back of the widget plans?", [page]),
    ).toBeGreaterThan(0);
  });
});

describe("a word the documents never use, counted by a number", () => {
  const page = documentText(
    { title: '"Widget plans"', publisher: '"Acme Health"', date: "2017-03-02" },
    "# Widget plans\n\nTwo major challenges face widget plans.\n\n## Depots\n\nSprocket depots close in winter.",
  );

  it("is shown by a sentence counting things by the same number (“two hurdles”, “Two major challenges”)", () => {
    expect(feature("unknown", "what are the two big hurdles widget plans face?", [page])).toBe(0);
  });

  it("stays unknown counted by another number", () => {
    expect(
      feature("unknown", "what are the three big hurdles widget plans face?", [page]),
    ).toBeGreaterThan(0);
  });
});

/** Asks one question of an engine built over `page` alone. */
async function askOf(page: string, question: string): Promise<Answer> {
  const dir = await makeContentFolder({ "page.md": page });
  try {
    const options = resolveEngineOptions({ contentDir: dir, cacheDir: null });
    return buildEngine(await readContentFiles(dir), options).ask(question);
  } finally {
    await removeFolder(dir);
  }
}

describe("a question in the documents that nothing answers", () => {
  it("is not what the decision reads: the sentence that would be quoted is", async () => {
    // The FAQ's own question matches every word, but the bot could only quote the board's
    // meetings: it declines, as it would without the question there.
    const page = documentText(
      { title: '"Lakeside hospital changes"', publisher: '"Lakeside Health"', date: "2022-05-01" },
      `# Lakeside hospital changes

## Your questions

Why did the Lakeside board close the Heron ward?

## Meetings

The Lakeside board meets every month in public.

## Staff

Nurses from the ward moved to the day unit in 2021.`,
    );
    const answer = await askOf(page, "why did the lakeside board close the heron ward?");
    expect(answer.answered).toBe(false);
  });
});

describe("a name asked by its initials", () => {
  const page = documentText(
    { title: '"Workforce plans"', publisher: '"Acme Health"', date: "2017-03-02" },
    "# Workforce plans\n\nThe General Practice Forward View set a goal of 5,000 extra doctors by 2020.\n\n## Surgeries\n\nEvery GP surgery in the NHS is short of nurses.",
  );

  it("is the document's name when each capital starts a word of it (“GP Forward View”)", async () => {
    const answer = await askOf(page, "What was the GP Forward View's goal for extra doctors?");
    expect(answer.answered && answer.answer).toContain("5,000 extra doctors");
  });

  it("is not when the initials spell another name (“NHS Forward View”)", async () => {
    const answer = await askOf(page, "What was the NHS Forward View's goal for extra doctors?");
    expect(answer.answered).toBe(false);
  });
});

describe("a capital that opens a sentence", () => {
  const page = documentText(
    { title: '"Sprocket depots"', publisher: '"The Heron Trust"', date: "2017-03-02" },
    "# Sprocket depots\n\nThe sprocket depots in Ashby and Whitstable are showing particular promise.\n\n## Staff\n\nOn a cautious reading, every depot is short of fitters.",
  );

  it("starts no name when the message's context is read after its question (“Reading the Heron Trust…”)", async () => {
    // Read as "which depots…? Reading the Heron Trust report", "Reading" is the context's first
    // word, not part of a name "Reading the Heron Trust" the page would have to hold (its words
    // are all the page's).
    const answer = await askOf(
      page,
      "Reading the Heron Trust report on sprockets - which depots are showing promise?",
    );
    expect(answer.answered && answer.answer).toContain("Ashby and Whitstable");
  });
});

describe("a part asked of a figure the question names", () => {
  const page = documentText(
    { title: '"The Riverside Fund"', publisher: '"Valley Health Partnership"', date: "2022-05-01" },
    "# The Riverside Fund\n\nThe Riverside Fund holds £4.2 million for respite breaks in the valley.\n\n## Ashby\n\nAshby's carers were given £1.1 million of the fund in its first year.",
  );

  it("is not answered by the sentence giving the whole (“how much of the £4.2 million…”)", async () => {
    const answer = await askOf(
      page,
      "how much of the £4.2 million goes to respite breaks in the valley?",
    );
    expect(answer.answered).toBe(false);
  });

  it("is answered by a sentence giving another figure", async () => {
    const answer = await askOf(page, "how much of the £4.2 million went to Ashby's carers?");
    expect(answer.answered && answer.answer).toContain("£1.1 million");
  });
});

describe("a body typed in lower case that the documents write only as a name", () => {
  const page = documentText(
    { title: '"Sprocket milestones"', publisher: '"Acme Health"', date: "2017-03-02" },
    "# Sprocket milestones\n\nThe milestones were sent in a letter from the bosses of the CQC, Acme Education England, NICE, Widget Improvement and Sprocket England.\n\n## Depots\n\nEvery depot must publish its milestones by June.",
  );

  it("is named as surely when what it says is asked (“what did nice say…”)", async () => {
    const answer = await askOf(page, "what did nice say about the milestones in the letter?");
    expect(answer.answered).toBe(false);
  });

  it("is answered by the list when its part is asked (“was nice involved…”)", async () => {
    const answer = await askOf(page, "was nice involved in the milestones letter?");
    expect(answer.answered && answer.answer).toContain("NICE");
  });
});

describe("a person asked for by name", () => {
  const page = documentText(
    { title: '"Sprocket depots"', publisher: '"Acme Health"', date: "2017-03-02" },
    "# Sprocket depots\n\nThe depot leaders in Ashby, Whitstable, Morecambe Bay and North Farnham are showing particular promise.\n\n## Staff\n\nEvery depot is short of fitters.",
  );

  it("is not named by a list of places split by commas (“Morecambe Bay, North Farnham”)", async () => {
    const answer = await askOf(page, "who is the depot leader in Ashby?");
    expect(answer.answered).toBe(false);
  });
});

describe("the money of something named after it (“what is the budget of…”)", () => {
  const page = documentText(
    { title: '"Ashby carers"', publisher: '"Acme Health"', date: "2017-03-02" },
    "# Ashby carers\n\nThe average Ashby carers group has 40 members and meets weekly.\n\n## Staff\n\nEvery group is short of volunteers.",
  );

  it("is not answered by a sentence giving no sum of money", async () => {
    const answer = await askOf(page, "what is the average budget of an Ashby carers group?");
    expect(answer.answered).toBe(false);
  });
});
