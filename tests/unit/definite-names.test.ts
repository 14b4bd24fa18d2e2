import { describe, expect, it } from "vitest";
import { definiteNames as namesAmong, namesIn } from "../../src/ranking/definite-names.ts";

/** The names `before` gives that `sentence`'s "the X" stands for. */
const definiteNames = (sentence: string, before: string[]) =>
  namesAmong(sentence, before.flatMap(namesIn));

describe("definiteNames: the name a sentence's 'the fund' stands for", () => {
  it("finds a name given in the title by its last word after 'the'", () => {
    expect(
      definiteNames("The fund was unveiled by the Chancellor in 2013.", [
        "Background",
        "Report to the Health and Wellbeing Board: the Better Care Fund and the STP",
      ]),
    ).toEqual(["Better Care Fund"]);
  });

  it("keeps names joined by 'and' or 'of' whole", () => {
    expect(
      definiteNames("The Act received Royal Assent in April.", [
        "Parliament passed the Health and Care Act after a year of debate.",
      ]),
    ).toEqual(["Health and Care Act"]);
  });

  it("finds nothing when the sentence names it in full, or has no 'the' before the word", () => {
    const before = ["The Better Care Fund began in 2015."];
    expect(definiteNames("The Better Care Fund pools money.", before)).toEqual([]);
    expect(definiteNames("A fund pools money.", before)).toEqual([]);
  });

  it("does not read a capitalised word that only opens a sentence as part of a name", () => {
    expect(definiteNames("The plan was agreed.", ["In March the board met."])).toEqual([]);
  });
});
