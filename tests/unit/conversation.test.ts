// engine.ask(question, conversation): follow-ups answered in the light of earlier turns; everything else exactly as fresh.
// The ranking is being reworked, so these check what must hold for any ranking, not exact wording.
import { beforeAll, describe, expect, it } from "vitest";
import { resolveEngineOptions } from "../../src/config.ts";
import { provenanceReply } from "../../src/conversation/sources.ts";
import { readContentFiles } from "../../src/documents/content.ts";
import {
  type Answer,
  buildEngine,
  citedBy,
  type Engine,
  loadEngine,
  maxTurns,
  rememberTurn,
  type Turn,
  toTurn,
} from "../../src/index.ts";
import { documentText, makeContentFolder, removeFolder } from "../helpers/content-folder.ts";
import {
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

/** Plays messages as an adapter does, returning every reply and the turns kept. */
function converse(...messages: string[]): { replies: Answer[]; turns: Turn[] } {
  let turns: Turn[] = [];
  const replies: Answer[] = [];
  for (const message of messages) {
    const reply = engine.ask(message, turns);
    replies.push(reply);
    turns = rememberTurn(turns, toTurn(message, reply));
  }
  return { replies, turns };
}

function last<T>(items: T[]): T {
  const item = items.at(-1);
  if (item === undefined) throw new Error("expected at least one item");
  return item;
}

describe("questions that name their own topic", () => {
  it.each([
    ["who leads each stp", "how big is the transformation fund"],
    ["how big is the transformation fund", "what was the original deadline for plans"],
    ["when were plans due", "should physicians get involved"],
    ["how many stp areas are there", "what's the weather tomorrow"],
  ])("after %j, answers %j exactly as if asked fresh", (first, second) => {
    const { replies } = converse(first, second);
    expect(last(replies)).toEqual(engine.ask(second));
  });

  it("answers a greeting inside a conversation as outside one, not as the last question again", () => {
    const { turns } = converse("how big is the transformation fund");
    for (const message of ["hello", "hi there", "Hope you're well."]) {
      expect(engine.ask(message, turns)).toEqual(engine.ask(message));
      expect(engine.ask(message, turns).answered).toBe(false);
    }
  });

  it("answers define, help and an empty message inside a conversation as outside one", () => {
    const { turns } = converse("how big is the transformation fund");
    for (const message of ["define CCG", "help", "", "   "])
      expect(engine.ask(message, turns)).toEqual(engine.ask(message));
  });

  it("answers as before with no conversation, or an empty one", () => {
    const question = "How many STP areas are there?";
    expect(engine.ask(question, [])).toEqual(engine.ask(question));
    expect(engine.ask(question, undefined)).toEqual(engine.ask(question));
    expect(engine.ask(question).understood).toBeUndefined();
  });
});

describe("elliptical and pronoun follow-ups", () => {
  it("reads 'who leads them?' after 'what is an STP?' as a question about STPs' leaders", () => {
    const { replies } = converse("what is an STP?", "who leads them?");
    const reply = last(replies);
    expect(reply.question).toBe("who leads them?");
    expect(reply.understood?.toLowerCase()).toContain("stp");
    expect(reply.answered).toBe(true);
    expect(reply.answer.toLowerCase()).toMatch(/lead/);
  });

  it("reads a follow-up after an acknowledgement of the answer as the follow-up alone", () => {
    const { turns } = converse("what is an STP?");
    const plain = engine.ask("who leads them?", turns);
    for (const message of [
      "ok cool, who leads them?",
      "thanks! who leads them?",
      "Makes sense. Who leads them?",
      "Perfect, thank you! who leads them?",
    ]) {
      const reply = engine.ask(message, turns);
      expect(reply.question).toBe(message);
      expect(reply.answer).toBe(plain.answer);
      expect(reply.citations).toEqual(plain.citations);
      expect(reply.understood?.toLowerCase()).toBe(plain.understood?.toLowerCase());
    }
    expect(engine.ask("got it. tell me more", turns).answer).toBe(
      engine.ask("tell me more", turns).answer,
    );
  });

  it("reads 'how much?' after a question about the fund as a question about the fund", () => {
    const { replies } = converse("what is the sustainability and transformation fund", "how much?");
    const reply = last(replies);
    expect(reply.understood).toMatch(/fund/);
    expect(reply.answered).toBe(true);
    expect(`${reply.answer} ${reply.citations[0]?.quote}`).toMatch(/£\d/);
  });

  it("quotes the documents word for word in a follow-up, as in any answer", () => {
    const { replies } = converse("how many stp areas are there", "and how big are they");
    const reply = last(replies);
    expect(reply.answered).toBe(true);
    expect(isVerbatim(reply.answer, corpus.passages)).toBe(true);
    for (const citation of reply.citations)
      for (const part of quoteParts(citation.quote))
        expect(isVerbatim(part, corpus.passages)).toBe(true);
  });
});

describe("a follow-up about what the last answer said", () => {
  it("answers 'whats the point of that' after 'what happens from april 2017' from another passage about it", () => {
    const { replies } = converse("what happens from april 2017", "whats the point of that");
    const [first, point] = replies;
    expect(point?.understood).toMatch(/single application approval process/);
    expect(point?.answered).toBe(true);
    expect(point?.citations[0]?.quote).not.toBe(first?.citations[0]?.quote);
    expect(isVerbatim(point?.answer ?? "", corpus.passages)).toBe(true);
    for (const citation of point?.citations ?? [])
      for (const part of quoteParts(citation.quote))
        expect(isVerbatim(part, corpus.passages)).toBe(true);
  });
});

describe("the other question of a two-question message, asked next", () => {
  it("is read with the first question's topic when the documents don't answer it on its own", () => {
    expect(engine.ask("who decides?").answered).toBe(false);
    const { replies } = converse("is the STF ring-fenced? and who decides?", "who decides?");
    expect(replies[0]?.message).toMatch(/Ask “who decides\?” next/);
    const reply = last(replies);
    expect(reply.answered).toBe(true);
    expect(reply.understood).toMatch(/^who decides\?? .*\bstf\b/i);
    expect(isVerbatim(reply.answer, corpus.passages)).toBe(true);
  });

  it("is answered as typed when it names a topic the documents answer", () => {
    const other = "how big is the transformation fund?";
    const { replies } = converse(`is the STF ring-fenced? and ${other}`, other);
    expect(last(replies)).toEqual(engine.ask(other));
  });

  it("is asked fresh when the reply before did not suggest it", () => {
    const { replies } = converse("is the STF ring-fenced?", "who decides?");
    expect(last(replies)).toEqual(engine.ask("who decides?"));
  });
});

describe("tell me more", () => {
  it("shows something no earlier answer quoted, until the documents have no more", () => {
    const question = "how big is the transformation fund";
    let turns: Turn[] = [];
    let reply = engine.ask(question, turns);
    // A "see also" passage was offered, not answered with: "more" may answer with it.
    const sources = (answer: typeof reply) => citedBy(answer).map((c) => c.quote);
    const shown = [reply.answer, ...sources(reply)];
    for (let i = 0; i < 40 && reply.answered; i++) {
      turns = rememberTurn(turns, toTurn(i === 0 ? question : "tell me more", reply), 50);
      reply = engine.ask("tell me more", turns);
      if (!reply.answered) break;
      expect(reply.understood).toBe(question);
      expect(isVerbatim(reply.answer, corpus.passages)).toBe(true);
      expect(
        shown.some((text) => text.includes(reply.answer)),
        reply.answer,
      ).toBe(false);
      shown.push(reply.answer, ...sources(reply));
    }
    expect(reply.answered).toBe(false);
    expect(reply.message).toBe("That is all the documents say about it.");
  });

  /** "Tell me more" after "how big is the widget fund", over a briefing whose rest is `rest`. */
  async function moreAboutTheWidgetFund(rest: string): Promise<Answer> {
    const dir = await makeContentFolder({
      "widget.md": documentText(
        { title: '"Widget fund briefing"', publisher: '"Acme Health"', date: "2016-10-06" },
        `# Widget fund briefing\n\nThe widget fund will hold £5 billion to support gadget makers in deficit.\n\n${rest}`,
      ),
    });
    try {
      const widgets = buildEngine(
        await readContentFiles(dir),
        resolveEngineOptions({ contentDir: dir, cacheDir: null }),
      );
      const first = widgets.ask("how big is the widget fund");
      expect(first.answer).toContain("£5 billion");
      return widgets.ask("tell me more", [toTurn("how big is the widget fund", first)]);
    } finally {
      await removeFolder(dir);
    }
  }

  it("quotes the sentence after when it carries on from the one found ('For example, …')", async () => {
    const more = await moreAboutTheWidgetFund(
      "There are some reasons to be cautious about the widget fund. For example, gadget makers say its money arrives too late to save their workshops.",
    );
    expect(more.answer).toContain(
      "There are some reasons to be cautious about the widget fund. For example, gadget makers say",
    );
  });

  it("never answers with a question the documents ask and leave unanswered", async () => {
    const more = await moreAboutTheWidgetFund(
      "## Questions for the board\n\nShould the widget fund pay for new workshops in the valley?",
    );
    // The board's question is asked, not answered: nothing more to say.
    expect(more.answered).toBe(false);
    expect(more.message).toBe("That is all the documents say about it.");
  });

  it("says there is nothing to add after a question the documents did not answer", () => {
    const { replies } = converse("what's the weather tomorrow", "go on");
    expect(last(replies).answered).toBe(false);
    expect(last(replies).message).toMatch(/no answer to that/);
  });

  it("is an ordinary question with no conversation", () => {
    expect(engine.ask("tell me more")).toEqual(engine.ask("tell me more", []));
    expect(engine.ask("tell me more").understood).toBeUndefined();
  });
});

describe("where does that come from, is that still true", () => {
  it("gives the last answer again with a note naming its source", () => {
    const { replies } = converse("when were plans due", "where does that come from?");
    const [answer, sources] = replies;
    expect(sources?.answer).toBe(answer?.answer);
    expect(sources?.citations).toEqual(answer?.citations);
    expect(sources?.message).toContain(`That is quoted from [1], ${answer?.citations[0]?.title}`);
  });

  it("says how old each source is for 'is that still true?'", () => {
    const { replies } = converse("who leads each stp", "is that still true?");
    expect(last(replies).message).toMatch(/\[1\] is (from .*\d{4}, .*ago|undated)/);
    expect(last(replies).message).toContain("check current NHS England guidance");
  });

  it("says each note once however often it is asked, keeping what the answer itself said", () => {
    const { replies } = converse(
      "how big is the fund?",
      "is that still true?",
      "is that still true?",
      "where does that come from?",
    );
    const [, age, ageAgain, sources] = replies;
    expect(ageAgain?.message).toBe(age?.message);
    expect(age?.message.match(/check current NHS England guidance/g)).toHaveLength(1);
    // The sources note replaces the age note: neither was the answer's own.
    expect(sources?.message).toMatch(/^That is quoted from \[1\]/);
    expect(sources?.message).not.toContain("check current NHS England guidance");
  });

  it("looks past a thanks to the answer before it", () => {
    const { replies } = converse("when were plans due", "thanks!", "where does that come from?");
    expect(replies[1]?.message).toBe("You're welcome. Ask me anything else about the STPs.");
    expect(replies[2]?.answered).toBe(true);
    expect(replies[2]?.citations).toEqual(replies[0]?.citations);
  });

  it("takes thanks and goodbye after an answer as small talk, not as questions declined", () => {
    const { replies } = converse("when were plans due", "thanks!", "ok bye");
    expect(replies[1]).toMatchObject({ problem: "small-talk", answered: false });
    expect(replies[2]).toMatchObject({
      problem: "small-talk",
      message: "Goodbye. Ask me about the STPs any time.",
    });
  });

  it("says you're welcome to a thank-you with nothing before it, not to a bare 'ok'", () => {
    expect(engine.ask("thanks so much!").message).toBe(
      "You're welcome. Ask me anything else about the STPs.",
    );
    expect(engine.ask("Many thanks, Sarah 🙏").message).toBe(
      "You're welcome. Ask me anything else about the STPs.",
    );
    expect(engine.ask("ok").message).not.toContain("welcome");
  });

  it("works from a kept summary of the last turn, by asking its question again", () => {
    const { turns } = converse("when were plans due");
    const summary = turns.map(({ answer: _answer, ...rest }) => rest);
    expect(engine.ask("who said that", summary)).toEqual(engine.ask("who said that", turns));
  });

  it("reads 'when was it published?' as about the thing asked about, where a sentence names it", () => {
    const { replies } = converse(
      "how do stps relate to the five year forward view",
      "when was it published?",
    );
    expect(last(replies).understood).toMatch(/forward view published/);
    expect(last(replies).answer).toMatch(/Forward View published in October 2014/);
    expect(last(replies).message).not.toMatch(/is from/);
  });

  it("reads 'when was it published?' as about the source when no sentence names the thing asked about", () => {
    const { replies } = converse("how big is the transformation fund", "when was it published?");
    expect(last(replies).answer).toBe(replies[0]?.answer);
    expect(last(replies).message).toMatch(/^\[1\] is from \d+ \w+ \d{4}/);
  });
});

describe("provenanceReply", () => {
  const answer: Answer = {
    question: "q",
    answered: true,
    answer: "A total of 44 areas have been identified.",
    citations: [
      citation("Sustainability and Transformation Plans", null, "2016-10-06"),
      citation("Synopsis", null, null),
      citation("Background", "Royal College of Physicians", "2017-03"),
    ],
    suggestions: [],
    message: "",
  };

  it("counts each source's age in whole years to the given date", () => {
    const reply = provenanceReply("age", "still true?", answer, new Date("2026-10-05T12:00:00Z"));
    expect(reply.message).toBe(
      "[1] is from 6 October 2016, 9 years ago; [2] is undated; [3] is from March 2017, 9 years ago. The documents can't say whether that is still true: check current NHS England guidance before relying on it.",
    );
  });

  it("leaves out the passages offered to see also, which are not sources", () => {
    const withRelated: Answer = {
      ...answer,
      citations: [
        ...answer.citations.slice(0, 2),
        { ...citation("Background", "Royal College of Physicians", "2017-03"), related: true },
      ],
    };
    const now = new Date("2026-10-05T12:00:00Z");
    expect(provenanceReply("age", "still true?", withRelated, now).message).toMatch(
      /^\[1\] is from 6 October 2016, 9 years ago; \[2\] is undated\. The documents can't say/,
    );
    expect(provenanceReply("sources", "source?", withRelated, now).message).toContain(
      "The other document cited with it is below.",
    );
  });

  it("names the source with its publisher and date, and keeps a note about differing sources", () => {
    const reply = provenanceReply(
      "sources",
      "source?",
      { ...answer, citations: answer.citations.slice(2), message: "The sources differ on this." },
      new Date(),
    );
    expect(reply.message).toBe(
      "That is quoted from [1], Background — Royal College of Physicians, March 2017. The sources differ on this.",
    );
  });

  it("says there is nothing to source after a decline", () => {
    const declined = { ...answer, answered: false, answer: "", citations: [] };
    const reply = provenanceReply("sources", "source?", declined, new Date());
    expect(reply.answered).toBe(false);
    expect(reply.message).toMatch(/^My last reply quoted no document/);
  });
});

describe("turns", () => {
  it("keeps the last five turns, and the full answer of the latest only", () => {
    const { turns } = converse("a", "b", "c", "d", "e", "f", "g");
    expect(turns.map((t) => t.question)).toEqual(["c", "d", "e", "f", "g"]);
    expect(turns).toHaveLength(maxTurns);
    expect(turns.slice(0, -1).every((t) => t.answer === undefined)).toBe(true);
    expect(last(turns).answer?.question).toBe("g");
  });

  it("remembers what a follow-up was understood as, and which passages were cited", () => {
    const answer = engine.ask("how many stp areas are there");
    const turn = toTurn("how many stp areas are there", { ...answer, understood: "x" });
    expect(turn.understood).toBe("x");
    expect(turn.cited).toEqual(answer.citations.map(({ source, line }) => ({ source, line })));
  });
});

function citation(title: string, publisher: string | null, date: string | null) {
  return {
    title,
    publisher,
    date,
    source: `${title}.txt`,
    section: null,
    line: 1,
    quote: "…",
    url: null,
  };
}
