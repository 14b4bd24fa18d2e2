// How sentences are ranked and read for a question, where the answer alone would not show it: the
// answer quotes a sentence that points back together with the one before, whichever of them ranked
// first, and a date shows "the deadline" to the decision to answer without being one.
import { describe, expect, it } from "vitest";
import { resolveEngineOptions } from "../../src/config.ts";
import { answerContext } from "../../src/engine.ts";
import { buildCorpus } from "../../src/indexing/corpus.ts";
import { describeSentence } from "../../src/ranking/evidence.ts";
import { namedKind, subjectBeforeModal } from "../../src/ranking/question-cues.ts";
import { rankQuestion } from "../../src/ranking/rank-question.ts";
import type { Candidate } from "../../src/ranking/scoring.ts";
import { documentText } from "../helpers/content-folder.ts";

/** A page the Valley Health Partnership published, under its title as the top heading. */
function valleyPage(title: string, body: string): string {
  return documentText(
    { title: `"${title}"`, publisher: '"Valley Health Partnership"', date: "2022-05-01" },
    `# ${title}\n\n${body}`,
  );
}

const fund = valleyPage(
  "Valley care: your questions answered",
  `## The Riverside Fund

Councils and hospital trusts in the valley set up the Riverside Fund together. It began paying out in March 2019.

## Changes since

From April 2021 the Riverside Fund also pays for respite breaks for carers.

The Riverside Fund is overseen by a board of six. Its accounts are published every May.

## Have your say

The board is consulting on whether the fund should pay for day centres. The consultation runs from 3 May to 28 June 2022.

## Reports

The councils set a deadline for the fund's yearly report.
`,
);

/** The question's candidate sentences, best first, over `text` (the fund's page by default). */
function rankedCandidates(question: string, text = fund, others: string[] = []): Candidate[] {
  const options = resolveEngineOptions({ contentDir: "unused", cacheDir: null });
  const files = [text, ...others].map((page, i) => ({
    name: `page-${i}.md`,
    path: `page-${i}.md`,
    bytes: Buffer.from(page),
  }));
  const context = answerContext(buildCorpus(files, options), options);
  const result = rankQuestion(context, question);
  if ("problem" in result) throw new Error(result.problem);
  return result.candidates;
}

/** The sentences the question's candidates quote, best first, over `text`. */
function ranked(question: string, text = fund): string[] {
  return rankedCandidates(question, text).map((c) => c.evidence.text);
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

describe("a question naming the publisher of a page", () => {
  it("counts the publisher as shown by every sentence of its pages, for the decision too", () => {
    // The fund's page is the Valley Health Partnership's; its sentences do not repeat the name.
    const named = rankedCandidates(
      "When did the Valley Health Partnership's fund begin paying out?",
    );
    const unnamed = rankedCandidates("When did the fund begin paying out?");
    expect(named[0]?.evidence.text).toBe(unnamed[0]?.evidence.text);
    // Nearly as sure as without the name: its three words are not missing from the answer.
    expect(named[0]?.signals.decisionScore).toBeGreaterThan(
      0.9 * (unnamed[0]?.signals.decisionScore ?? 1),
    );
  });
});

describe("a rare word the page's title names", () => {
  // Beside other pages, "roadmap" and "dashboard" are rare words: what their page is about.
  const otherPages = Array.from({ length: 8 }, (_, i) =>
    fund.replace("Valley care: your questions answered", `Valley notes ${i + 1}`),
  );

  it("is shown by every sentence of the page, for the decision too", () => {
    // The guide's title names the roadmaps; its sentence about the one exception says "plan".
    const guide = valleyPage(
      "A short guide to local digital roadmaps",
      `## What they are

Each area was asked to write down how its services would share records by 2020. The result was 73 plans, each with a lead group.

## How they fit the map

Most areas now contain one plan or several; the Peninsula plan is the exception, straddling Devon and Cornwall.

## Money

Councils and hospital trusts set up a fund together. It began paying out in March 2019.

## Staff

The board is consulting on whether staff should work weekends. The consultation runs from 3 May to 28 June 2022.`,
    );
    const exception = rankedCandidates(
      "which roadmap spans more than one area?",
      guide,
      otherPages,
    ).find((c) => c.evidence.text.startsWith("Most areas now contain"));
    expect(exception?.signals.sentenceShare).toBe(1);
  });

  it("is shown by every sentence under a heading that names it too", () => {
    const explainer = valleyPage(
      "Next steps for valley care",
      `## What changed

Each partnership now has a board. The board meets in public every quarter.

## The progress dashboard

Each of the partnerships was placed in one of four bands. The gentler wording was a deliberate contrast with the labels used for single trusts.`,
    );
    const contrast = rankedCandidates(
      "why did the dashboard avoid harsh labels?",
      explainer,
      otherPages,
    ).find((c) => c.evidence.text.startsWith("The gentler wording"));
    expect(contrast?.signals.sentenceShare).toBe(1);
  });
});

describe("a noun that names a date", () => {
  it("is shown by a sentence giving a date, when a date is asked for", () => {
    // "The deadline" is what was asked for, and the date is it: nothing the question names is
    // missing from that sentence, so the decision to answer is not held back by the word.
    const dated = "The consultation runs from 3 May to 28 June 2022.";
    expect(candidate("whens the deadline for the consultation?", dated).signals.rarestMissed).toBe(
      0,
    );
    // Asked who set it, the date is no deadline: the word is still missing.
    expect(
      candidate("who set the deadline for the consultation?", dated).signals.rarestMissed,
    ).toBeGreaterThan(0);
  });
});

describe("a noun that names money", () => {
  it("is shown by a sentence giving a sum, when an amount is asked for", () => {
    // "Cash" is what was asked for, and "£4 million" is it; the sentence that says "cash" gives none.
    const accounts = valleyPage(
      "Valley accounts",
      `## Money

The councils say their cash is short this year.

Between them the councils direct £4 million a year.
`,
    );
    const [best] = ranked("how much cash do the councils control?", accounts);
    expect(best).toBe("Between them the councils direct £4 million a year.");
    expect(describeSentence("Between them the councils direct £4 million a year.", []).money).toBe(
      true,
    );
    expect(describeSentence("It has 44 areas and 12% of the beds.", []).money).toBe(false);
  });
});

describe("a date the question names", () => {
  it("does not answer 'when'", () => {
    // "2021" is the question's own: a sentence that gives it, and no other date, says nothing
    // about when, so a "when" it is the best answer to is declined; a month says when.
    const budgets = valleyPage(
      "Valley budgets",
      `## Spending

The valley's 2021 budget added respite care and day centres.

## Hearings

The board agreed the valley's budget for 2021 in March, after a month of hearings.
`,
    );
    const question = "when was the valley's 2021 budget agreed?";
    const byText = new Map(rankedCandidates(question, budgets).map((c) => [c.evidence.text, c]));
    const yearOnly = byText.get("The valley's 2021 budget added respite care and day centres.");
    const month = byText.get(
      "The board agreed the valley's budget for 2021 in March, after a month of hearings.",
    );
    expect(yearOnly?.signals.kindMissing).toBe(true);
    expect(month?.signals.kindMissing).toBe(false);
  });
});

describe("a change one way", () => {
  it("is shown by another word for the same way", () => {
    // "Fall" is not in the answer, but "shrank" is a fall; the other sentence only moves.
    const accounts = valleyPage(
      "Valley accounts",
      `## Outlook

Admissions may fall next winter.

## Deficits

The valley deficit swung from £4 million to £6 million between 2016 and 2018.

The valley deficit shrank from £9 million to £2 million between 2016 and 2018.
`,
    );
    const [best] = ranked("by how much did the valley deficit fall?", accounts);
    expect(best).toBe(
      "The valley deficit shrank from £9 million to £2 million between 2016 and 2018.",
    );
    // Asked either way, a word for either shows it.
    expect(ranked("did the valley deficit rise or fall?", accounts)[0]).toBe(best);
  });
});

/** The question's candidate that quotes `sentence`. */
function candidate(question: string, sentence: string): Candidate {
  const found = rankedCandidates(question).find((c) => c.evidence.text === sentence);
  if (!found) throw new Error(`not a candidate: ${sentence}`);
  return found;
}

describe("a number in the answer", () => {
  const plan = valleyPage(
    "Valley services",
    `The respite care programme is one of the aims of the board's 10 Year Plan.

The board will spend an extra £2 million a year on respite care from 2023.
`,
  );

  it("that says by how much something changed answers 'by how much', over one that only says it did", () => {
    const deficits = valleyPage(
      "Valley accounts",
      `Trust deficits fell sharply in 2021, yet 12 practices were still in deficit.

Taken together, trust deficits shrank from £24 million to £9 million in 2021.
`,
    );
    const [best] = ranked("by how much did trust deficits go down in 2021?", deficits);
    expect(best).toBe(
      "Taken together, trust deficits shrank from £24 million to £9 million in 2021.",
    );
  });

  it("counts only when it counts what the question asks to count", () => {
    // "each year" is not what is counted: the 10 of the "10 Year Plan" answers nothing here.
    const [best] = ranked("how much more is the board spending on respite care each year?", plan);
    expect(best).toBe("The board will spend an extra £2 million a year on respite care from 2023.");
  });
});

describe("a question that ends with its verb's preposition", () => {
  it("prefers the sentence where the verb and the preposition stand together", () => {
    // "to" is a stop word: without reading "sent to" as one, "deadline" and "June" win.
    const letters = valleyPage(
      "Valley letters",
      `## The June letter

The original deadline for the plans was the end of June.

The new timetable was attached to a letter sent to every practice manager.
`,
    );
    const [best] = ranked("who was the letter about the june deadline sent to?", letters);
    expect(best).toBe("The new timetable was attached to a letter sent to every practice manager.");
  });
});

describe("a question that puts its modal before the subject", () => {
  it("prefers the sentence that says the subject before the same modal", () => {
    // "what should the government do?" is answered by "the government should…", not by a
    // sentence about what someone else should do with the government.
    const grants = valleyPage(
      "Valley grants",
      `## Who does what

Councils should agree each grant with the government before the spring.

In the valley's view the government should review the grants every year.
`,
    );
    const [best] = ranked("what should the government do?", grants);
    expect(best).toBe("In the valley's view the government should review the grants every year.");
  });

  it("reads 'have to', 'has to' and 'need to' as the 'must' a document says", () => {
    const modal = subjectBeforeModal("what do the practice plans have to show?", [
      "practice",
      "plans",
    ]);
    expect(modal?.test("Practice plans must set out the hours.")).toBe(true);
    expect(modal?.test("The plans have to set out the hours.")).toBe(true);
    expect(modal?.test("The plans should set out the hours.")).toBe(false);
    // Only a modal in a question counts, and only right after one of its topic words.
    expect(subjectBeforeModal("the plans have to show the hours", ["plans"])).toBeNull();
    expect(modal?.test("Each surgery must set out the plans' hours.")).toBe(false);
  });
});

describe("a yes-or-no question", () => {
  const status = valleyPage(
    "Valley boards",
    "## Status\n\nValley boards are not legal bodies in most areas.\n\nValley boards are legal bodies in the pilot areas.\n",
  );

  it("counts a sentence saying it is not so for more than one saying it is, as taking a stance", () => {
    const [first, second] = rankedCandidates("are valley boards legal bodies?", status);
    expect(first?.evidence.text).toBe("Valley boards are not legal bodies in most areas.");
    expect(first?.evidence.negates).toBe(true);
    expect(second?.evidence.text).toBe("Valley boards are legal bodies in the pilot areas.");
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.1);
  });

  it("is not read so into a question that asks neither yes or no nor what is not so", () => {
    const [first, second] = rankedCandidates("where are valley boards legal bodies?", status);
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeLessThan(1.1);
  });
});

describe("a question about every one of something", () => {
  const leaders = valleyPage(
    "Valley leaders",
    "## Leaders\n\nSome valley boards have a leader from the council.\n\nEach valley board has a leader chosen by its members.\n",
  );

  it("is answered by a sentence that speaks of every one too", () => {
    const [first, second] = rankedCandidates("who is the leader of each valley board?", leaders);
    expect(first?.evidence.text).toBe("Each valley board has a leader chosen by its members.");
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.1);
  });

  it('reads "every year" as how often, not as every one', () => {
    const [first, second] = rankedCandidates(
      "who is the leader of valley boards every year?",
      leaders,
    );
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeLessThan(1.1);
  });
});

describe("a question asking who", () => {
  const review = valleyPage(
    "Valley review",
    "## Review\n\nThe valley review was led by Ann Lee, a former chief of the trust.\n\nThe valley review was led by Ann Lee, who had run the trust.\n",
  );

  it("is answered by a sentence describing someone, who they are", () => {
    const [first, second] = rankedCandidates("who led the valley review?", review);
    expect(first?.evidence.text).toBe(
      "The valley review was led by Ann Lee, who had run the trust.",
    );
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.1);
  });
});

describe("a question that says something is not so", () => {
  const grants = valleyPage(
    "Valley grants",
    "## Grants\n\nA valley board that agrees its plan gets its grant in April.\n\nA valley board that cannot agree its plan gets its grant a year late.\n",
  );

  it("is answered by a sentence that says so too", () => {
    const [first, second] = rankedCandidates(
      "what happens to the grant if a valley board can't agree its plan?",
      grants,
    );
    expect(first?.evidence.text).toBe(
      "A valley board that cannot agree its plan gets its grant a year late.",
    );
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.1);
  });

  it("reads falling short as saying it is not so", () => {
    const [first] = rankedCandidates(
      "what happens to a valley board whose plan lacks agreement?",
      grants,
    );
    expect(first?.evidence.text).toBe(
      "A valley board that cannot agree its plan gets its grant a year late.",
    );
  });
});

describe("a sentence that speaks to its reader", () => {
  const consultation = valleyPage(
    "Valley consultation",
    "## Consultation\n\nCheck your valley plan – if your plan has been consulted on, tell your board.\n\nThe valley plan has been consulted on twice, in May and in June.\n",
  );

  it("does not answer a question asking for a fact", () => {
    const [first, second] = rankedCandidates(
      "has the valley plan been consulted on?",
      consultation,
    );
    expect(first?.evidence.text).toBe(
      "The valley plan has been consulted on twice, in May and in June.",
    );
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.1);
  });

  it("still answers the asker who wants to know what to do", () => {
    const [first] = rankedCandidates("what should I do about my valley plan?", consultation);
    expect(first?.evidence.text).toMatch(/^Check your valley plan/);
  });
});

describe("a question asking who did something", () => {
  const fund = valleyPage(
    "Valley fund",
    "## Fund\n\nThe valley fund was praised in the Chancellor Ann Lee's spending round.\n\nThe valley fund was unveiled by the Chancellor, Ann Lee, in a spending round.\n",
  );

  it("is answered by a sentence naming who did it after “by”, whatever the verb", () => {
    const [first, second] = rankedCandidates("who announced the valley fund?", fund);
    expect(first?.evidence.text).toBe(
      "The valley fund was unveiled by the Chancellor, Ann Lee, in a spending round.",
    );
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.05);
  });

  it("is asked by “whose idea was…?” too", () => {
    const [first, second] = rankedCandidates("whose idea was the valley fund?", fund);
    expect(first?.evidence.text).toBe(
      "The valley fund was unveiled by the Chancellor, Ann Lee, in a spending round.",
    );
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.05);
  });
});

describe("a question asking where someone stands", () => {
  const review = valleyPage(
    "Valley review",
    "## Verdict\n\nThe Valley Trust reviewed the Riverside Fund for the council in 2021.\n\nThe Valley Trust believes that the Riverside Fund is the best hope for carers.\n",
  );

  it("is answered by a sentence with a verb of judging, asked “for or against” or “does… back”", () => {
    for (const question of [
      "is the Valley Trust for or against the Riverside Fund?",
      "does the Valley Trust back the Riverside Fund?",
    ]) {
      const [first, second] = rankedCandidates(question, review);
      expect(first?.evidence.text).toMatch(/believes/);
      expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.15);
    }
  });
});

describe("a question asking for an example", () => {
  const care = valleyPage(
    "Valley care",
    "## Joined-up care\n\nThe valley's plan promises more joined-up care for patients by 2020.\n\nIn practice joined-up care means services working together – for example, nurses visiting patients with the council's carers.\n",
  );

  it("is answered by a sentence that gives one", () => {
    const [first, second] = rankedCandidates(
      "can you give an example of joined-up care for patients?",
      care,
    );
    expect(first?.evidence.text).toMatch(/for example/);
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.3);
  });
});

describe("a question asking what something is", () => {
  const helpline = valleyPage(
    "Valley carers",
    `## Support

Carelink Northfield surveyed 300 carers in the valley last spring.

Every town must fund a local Carelink, an independent helpline for unpaid carers.

Carelink Southfield warned that waiting times were growing.

## Panels

- **Carers' panel.** Twelve carers meet each month to review local services.
- Minutes of the carers' panel go to the board in May.

## Forums

The forum for the valley meets twice a year in Northfield.

In 2019 the valley set up a new kind of council committee, the riverside forum.
`,
  );

  it("is answered by the sentence that says it, after its name and a comma", () => {
    expect(ranked("what is carelink?", helpline)[0]).toBe(
      "Every town must fund a local Carelink, an independent helpline for unpaid carers.",
    );
    expect(ranked("what is the riverside forum?", helpline)[0]).toBe(
      "In 2019 the valley set up a new kind of council committee, the riverside forum.",
    );
  });

  it("is answered by the item a label in bold names", () => {
    expect(ranked("what is the carers' panel?", helpline)[0]).toBe(
      "Twelve carers meet each month to review local services.",
    );
  });

  it("is asked by “what does it do?” too, and answered by the sentence saying what it is", () => {
    const training = valleyPage(
      "Valley workforce",
      "## Workforce\n\nValley Health Training must reply to the valley councils by May.\n\nValley Health Training (VHT) is the body that plans and funds the training of carers in the valley.\n",
    );
    expect(
      rankedCandidates("what does Valley Health Training do?", training)[0]?.evidence.text,
    ).toBe(
      "Valley Health Training (VHT) is the body that plans and funds the training of carers in the valley.",
    );
  });

  it("is read so when its name is three or four words, not when it asks for a value", () => {
    const kinds = (question: string) => {
      const options = resolveEngineOptions({ contentDir: "unused", cacheDir: null });
      const files = [{ name: "fund.md", path: "fund.md", bytes: Buffer.from(helpline) }];
      const result = rankQuestion(answerContext(buildCorpus(files, options), options), question);
      return "problem" in result ? [] : [...result.kinds];
    };
    expect(kinds("what is an integrated care partnership?")).toContain("definition");
    expect(kinds("what's the mental health investment standard")).toContain("definition");
    expect(kinds("what's the report's reference number?")).not.toContain("definition");
    expect(kinds("what are the parts inside an ics")).not.toContain("definition");
    expect(kinds("whats the biggest stps")).not.toContain("definition");
  });
});

describe("a question that names a year", () => {
  const timeline = valleyPage(
    "Valley carer hubs: a timeline",
    "## Timeline\n\n- May 2020: Four more open, bringing the total to 18.\n- December 2020: Another 11 are approved, taking the count to 29.\n- July 2022: The 31 hubs now share one phone line.\n",
  );

  it("is answered from its own year before a later one, even where the later one counts the same thing", () => {
    expect(ranked("how many carer hubs were there by the end of 2020?", timeline)[0]).toMatch(
      /2020/,
    );
  });
});

describe("a “which…?” question", () => {
  it("is answered by a sentence naming a thing of that kind, its name in capitals before the word", () => {
    const named = namedKind("which roadmap crosses more than one STP?");
    expect(named?.test("Most areas have one; the Peninsula roadmap is the exception.")).toBe(true);
    expect(named?.test("Most STP areas now contain one roadmap or several.")).toBe(false);
    expect(named?.test("Roadmaps were due in June.")).toBe(false);
    expect(namedKind("which footprints came bottom?")?.test("the Humber footprint")).toBe(true);
  });

  it("asking for a year, a way or one of several, names no kind of thing", () => {
    expect(namedKind("which year did the plans start?")).toBeNull();
    expect(namedKind("which of the plans was first?")).toBeNull();
  });
});

describe("a question asking how much of something measured in units", () => {
  const estate = valleyPage(
    "Valley care",
    "## Estate\n\nIn 2016 the council asked the valley trust to advise it on how much land and buildings it holds.\n\nThe valley trust alone occupies some 300 hectares over four sites.\n",
  );

  it("is answered by the figure in its unit (“300 hectares” for “how much land”)", () => {
    expect(ranked("how much land does the valley trust hold", estate)[0]).toBe(
      "The valley trust alone occupies some 300 hectares over four sites.",
    );
  });
});

describe("a question asking how to get in touch", () => {
  const feedback = valleyPage(
    "Valley plan: have your say",
    "## Your views\n\nYour views on the valley plan will shape what the board agrees in July.\n\nThe address for comments is plan@valley-health.example.org, until 30 June.\n",
  );

  it("is answered by the sentence giving an address, though it never says email", () => {
    const [first, second] = rankedCandidates(
      "whats the email for giving my views on the valley plan",
      feedback,
    );
    expect(first?.evidence.text).toBe(
      "The address for comments is plan@valley-health.example.org, until 30 June.",
    );
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(1.2);
  });
});

/** How far the candidate quoting `sentence` leads the one quoting `rival`, by score. */
function lead(question: string, page: string, sentence: string, rival: string): number {
  const candidates = rankedCandidates(question, page);
  const score = (text: string) => candidates.find((c) => c.evidence.text === text)?.score ?? 0;
  return score(sentence) / (score(rival) || 1);
}

describe("a comparative of quantity", () => {
  it("is shown by a word for the change it makes (“fewer beds” by “reduce bed numbers”)", () => {
    const beds = valleyPage(
      "Valley beds",
      "## Beds\n\nPeople doubt the valley plans for hospital beds.\n\nPeople doubt the plans to reduce hospital bed numbers.\n\nFewer staff work at night.\n",
    );
    expect(
      lead(
        "why do people doubt the plans for fewer hospital beds?",
        beds,
        "People doubt the plans to reduce hospital bed numbers.",
        "People doubt the valley plans for hospital beds.",
      ),
    ).toBeGreaterThan(1.3);
  });

  it("reads the bottom of a ranking as its lowest", () => {
    const dashboard = valleyPage(
      "Valley dashboard",
      "## Bands\n\nEach of the valley's areas was placed in one of four bands on the dashboard.\n\nTwo were put in the lowest band: Riverside and Hilltop.\n",
    );
    expect(ranked("which areas landed in the bottom band of the dashboard?", dashboard)[0]).toBe(
      "Two were put in the lowest band: Riverside and Hilltop.",
    );
  });
});

describe("a question asking when", () => {
  it("counts a date to the day over a month alone", () => {
    const timeline = valleyPage(
      "Valley timeline",
      "## Timeline\n\nMarch 2019: the Riverside Fund report came out and recast the fund.\n\n## The report\n\nOn 31 March 2019 the board sent round the Riverside Fund report.\n",
    );
    expect(
      lead(
        "when did the Riverside Fund report come out?",
        timeline,
        "On 31 March 2019 the board sent round the Riverside Fund report.",
        "March 2019: the Riverside Fund report came out and recast the fund.",
      ),
    ).toBeGreaterThan(1.08);
  });
});

describe("a question asking on what date", () => {
  it("counts the day for more than “when” does, against a sentence naming only a month", () => {
    // The month's sentence says more of the question's words; the day's gains on it (0.81 of
    // its score, 0.73 were the day counted only as for "when").
    const letter = valleyPage(
      "Valley letter",
      "## Next steps\n\nBy the end of March the board will put out the Riverside Fund's outcomes and its analytical support for areas.\n\nThe analytical support will be set out in more detail on 29 February.\n",
    );
    expect(
      lead(
        "On what date was the board going to put out more on the analytical support?",
        letter,
        "The analytical support will be set out in more detail on 29 February.",
        "By the end of March the board will put out the Riverside Fund's outcomes and its analytical support for areas.",
      ),
    ).toBeGreaterThan(0.78);
  });
});

describe("a verb that only hedges the next (“tend to save”)", () => {
  it("is not what the answer must say", () => {
    const appraisal = valleyPage(
      "Valley appraisal",
      "## Evidence\n\nValley hospitals tend to serve older patients.\n\nMajor acute reconfigurations rarely save money, the evidence shows.\n",
    );
    expect(ranked("do big shake-ups of acute hospitals tend to save cash?", appraisal)[0]).toBe(
      "Major acute reconfigurations rarely save money, the evidence shows.",
    );
  });
});

describe("a word shown in other words (“cutting” as “a fall”)", () => {
  it("counts for the passage's coverage as it does for the sentence's", () => {
    const goals = valleyPage(
      "Valley mental health plan",
      `## Goals

A fall of 10% in the number of people who take their own lives, with a suicide prevention plan in every town.

## Waiting

The plan will cut waiting times for talking therapies, and each town has a target for them.`,
    );
    const fall = rankedCandidates("is there a target for cutting suicides", goals).find((c) =>
      c.evidence.text.startsWith("A fall"),
    );
    // "Cutting" is shown by "fall" and "suicides" by "suicide"; only "target" goes unshown.
    expect(fall?.coverage).toBeGreaterThan(0.5);
  });
});

describe("a verb of going on after “how long” (“run for”, “last”)", () => {
  it("is shown by a sentence giving a length of time, which need not use it", () => {
    const plans = valleyPage(
      "Valley plans",
      `## About

Valley plans are five-year plans covering all of the valley.

## Progress

The valley plans published in May run to 40 pages each.`,
    );
    expect(ranked("how long do the valley plans run for?", plans)[0]).toMatch(/five-year plans/);
  });
});
