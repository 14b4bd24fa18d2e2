// How sentences are ranked for a question, where the answer alone would not show it: the answer
// quotes a sentence that points back together with the one before, whichever of them ranked first.
import { describe, expect, it } from "vitest";
import { rankQuestion } from "../../src/answer.ts";
import { resolveEngineOptions } from "../../src/config.ts";
import { buildCorpus } from "../../src/corpus.ts";
import { answerContext } from "../../src/engine.ts";
import { describeSentence } from "../../src/evidence.ts";
import { documentText } from "../helpers/content-folder.ts";

const fund = documentText(
  {
    title: '"Valley care: your questions answered"',
    publisher: '"Valley Health Partnership"',
    date: "2022-05-01",
  },
  `# Valley care: your questions answered

## The Riverside Fund

Councils and hospital trusts in the valley set up the Riverside Fund together. It began paying out in March 2019.

## Changes since

From April 2021 the Riverside Fund also pays for respite breaks for carers.

The Riverside Fund is overseen by a board of six. Its accounts are published every May.
`,
);

/** The sentences the question's candidates quote, best first. */
function ranked(question: string): string[] {
  const options = resolveEngineOptions({ contentDir: "unused", cacheDir: null });
  const files = [{ name: "fund.md", path: "fund.md", bytes: Buffer.from(fund) }];
  const context = answerContext(buildCorpus(files, options), options);
  const result = rankQuestion(context, question);
  if ("problem" in result) throw new Error(result.problem);
  return result.candidates.map((c) => c.evidence.text);
}

describe("a sentence that opens by pointing back", () => {
  it("is marked as standing on the sentence before", () => {
    expect(describeSentence("It began paying out in March 2019.", []).refersBack).toBe(true);
    expect(describeSentence("These plans cover five years.", []).refersBack).toBe(true);
    expect(describeSentence("Item four was deferred.", []).refersBack).toBe(false);
  });

  it("is about what the sentence before named", () => {
    // "It" is the fund, so this sentence says when the fund started; the later change does not.
    const order = ranked("when did the riverside fund first start?");
    expect(order.indexOf("It began paying out in March 2019.")).toBeLessThan(
      order.indexOf("From April 2021 the Riverside Fund also pays for respite breaks for carers."),
    );
  });
});
