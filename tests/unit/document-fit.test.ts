// document-fit.ts: a phrase of the question that one candidate's title names says what that document is about.
import { describe, expect, it } from "vitest";
import type { Concept } from "../../src/question/concepts.ts";
import { namingTitles } from "../../src/ranking/document-fit.ts";
import type { DocumentMeta, Passage } from "../../src/types.ts";

function concept(word: string, alternatives: [string[], number][]): Concept {
  return {
    word,
    alternatives: alternatives.map(([terms]) => terms),
    credits: alternatives.map(([, credit]) => credit),
    expansion: null,
    weight: 1,
    known: true,
    fuzzy: false,
    framing: false,
  };
}

function page(id: string, title: string): DocumentMeta {
  return {
    id,
    title,
    publisher: null,
    date: null,
    source: `${id}.txt`,
    url: null,
    file: `/${id}.md`,
  };
}

const passage = (id: number, doc: DocumentMeta): Passage => ({
  id,
  doc,
  section: null,
  line: 1,
  text: "",
  sentences: [],
  list: false,
  table: false,
  itemStarts: [0],
});

describe("a title naming a phrase of the question", () => {
  // "transformation fund", where WordNet's "better" is a loose way of saying "transformation".
  const topics = [
    concept("transformation", [
      [["transform"], 1],
      [["better"], 0.45],
    ]),
    concept("fund", [[["fund"], 1]]),
  ];
  const fund = page("fund", "The Transformation Fund");
  const bcf = page("bcf", "The Better Care Fund and the STP");
  const titles = new Map<DocumentMeta, string[]>([
    [fund, ["transform", "fund"]],
    // The STP's expansion puts "transformation" in the title, apart from "fund".
    [bcf, ["better", "care", "fund", "stp", "sustain", "transform", "partnership"]],
  ]);
  const named = namingTitles(
    [{ id: 0 }, { id: 1 }],
    [passage(0, fund), passage(1, bcf)],
    (doc) => titles.get(doc) ?? [],
    topics,
  );

  it("names it by the question's own words side by side", () => {
    expect(named.has(fund)).toBe(true);
  });

  it("does not name it by a synonym beside a word the title has elsewhere", () => {
    // "Better Care Fund" is not the transformation fund.
    expect(named.has(bcf)).toBe(false);
  });
});
