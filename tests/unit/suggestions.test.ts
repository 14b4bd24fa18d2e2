// suggestions.ts: a decline offers questions the documents do answer, the sections the question came closest to first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionQuestion } from "../../src/answer/suggestions.ts";
import { resolveEngineOptions } from "../../src/config.ts";
import { readContentFiles } from "../../src/documents/content.ts";
import { loadParsers } from "../../src/documents/parsers.ts";
import { buildEngine, type Engine } from "../../src/engine.ts";
import type { Passage } from "../../src/types.ts";
import { documentText, makeContentFolder, removeFolder } from "../helpers/content-folder.ts";

let engine: Engine;
let dir: string;

beforeAll(async () => {
  dir = await makeContentFolder({
    "widget.md": documentText(
      { title: '"Widget boards explained"', publisher: '"Acme Health"', date: "2022-07-01" },
      `# Widget boards explained

Widget boards replaced the old gadget committees in July 2022.

## Who sits on a board

Every board has an independent chair, a chief executive and a finance director.

## The money

Each board receives £3 million a year from the widget levy, paid in four quarterly instalments.

## Complaints

Anyone unhappy with a board can write to the widget ombudsman within six months.`,
    ),
  });
  await loadParsers();
  engine = buildEngine(
    await readContentFiles(dir),
    resolveEngineOptions({ contentDir: dir, cacheDir: null }),
  );
});

afterAll(() => removeFolder(dir));

describe("what a decline suggests", () => {
  it("offers the section the question came closest to, asked so that the documents answer it", () => {
    // "cash" is a word the page never uses: declined, but the money section is near.
    const declined = engine.ask("where does a widget board's cash come from");
    expect(declined.answered).toBe(false);
    const suggestion = "What does “Widget boards explained” say about the money?";
    expect(declined.suggestions).toContain(suggestion);
    expect(engine.ask(suggestion).answer).toContain("£3 million a year");
  });

  it("only suggests what it answers, from the document the section is in", () => {
    for (const question of ["how do i grumble about my board", "can a board be sacked"]) {
      const { suggestions } = engine.ask(question);
      expect(suggestions.length, question).toBeGreaterThan(0);
      for (const suggestion of suggestions)
        expect(engine.ask(suggestion).answered, suggestion).toBe(true);
    }
  });
});

describe("a decline with nothing near", () => {
  it("says plainly that it found no answer, and offers nothing", () => {
    const answer = engine.ask("what is the capital of france");
    expect(answer).toMatchObject({ answered: false, suggestions: [] });
    expect(answer.message).toBe(
      "I couldn't find an answer to that in the STP documents, so I won't guess.",
    );
  });
});

describe("a section as a question", () => {
  const at = (section: string | null, title = "Widget boards explained") =>
    sectionQuestion({ section, doc: { title } } as Passage);

  it("asks what the document says about its heading, as the heading reads in a sentence", () => {
    expect(at("The money")).toBe("What does “Widget boards explained” say about the money?");
    expect(at("STP footprints")).toBe(
      "What does “Widget boards explained” say about STP footprints?",
    );
    expect(at("Eastern Devon hospitals")).toBe(
      "What does “Widget boards explained” say about Eastern Devon hospitals?",
    );
  });

  it("keeps a heading that is a question, adding the mark it lacks", () => {
    expect(at("How can physicians get involved?")).toBe("How can physicians get involved?");
    expect(at("Who sits on a board")).toBe("Who sits on a board?");
  });

  it("offers a heading that opens with a question word but names something as written", () => {
    // "What people objected to?" is no question; "What did people object to" is one.
    expect(at("What people objected to")).toBe("What people objected to");
    expect(at("How to have your say")).toBe("How to have your say");
    expect(at("Why we did this survey")).toBe("Why we did this survey");
    expect(at("What did people object to")).toBe("What did people object to?");
  });

  it("asks what the document says when the passage sits under its title alone", () => {
    expect(at(null)).toBe("What does “Widget boards explained” say?");
    expect(at("Widget boards explained")).toBe("What does “Widget boards explained” say?");
  });

  it("asks what the document says under a heading that restates its title in other words", () => {
    const title = "Widget boards and the Widget Act 2022: frequently asked questions";
    expect(at("Widget boards: your questions answered", title)).toBe(`What does “${title}” say?`);
    // A section of its own, though it shares a word with the title.
    expect(at("Relationship with the Widget Act", title)).toBe(
      `What does “${title}” say about Relationship with the Widget Act?`,
    );
  });
});
