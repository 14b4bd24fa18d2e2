// What the decision to decline reads from a question's ranked candidates (src/model/decline.ts).
import { describe, expect, it } from "vitest";
import { resolveEngineOptions } from "../../src/config.ts";
import { answerContext } from "../../src/engine.ts";
import { buildCorpus } from "../../src/indexing/corpus.ts";
import { declineFeatureNames, declineFeatures } from "../../src/model/decline.ts";
import { maxConceptWeight } from "../../src/question/concepts.ts";
import { rankQuestion } from "../../src/ranking/rank-question.ts";
import { documentText } from "../helpers/content-folder.ts";

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
  const options = resolveEngineOptions({ contentDir: "unused", cacheDir: null });
  const files = pages.map((text, i) => ({
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
  return features[declineFeatureNames.indexOf("margin")] as number;
}

describe("two sources giving the same figure", () => {
  it("agree: the second is no rival that makes the first less sure", () => {
    // The two £4.2 million sentences score within 0.01 of each other; the lead is over the
    // board's meetings instead.
    expect(margin("how much is in the riverside fund for respite breaks?")).toBeGreaterThan(1);
  });
});
