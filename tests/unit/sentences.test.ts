// sentences.ts: answers quote whole sentences, so a split in the wrong place misquotes a document.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/documents/sentences.ts";

describe("splitSentences", () => {
  it.each([
    [
      "a pound amount with a decimal point",
      "A fund of £1.8bn was set up. It grows.",
      ["A fund of £1.8bn was set up.", "It grows."],
    ],
    [
      "i.e.",
      "It is for sustainability, i.e. deficits. Not transformation.",
      ["It is for sustainability, i.e. deficits.", "Not transformation."],
    ],
    [
      "i.e. before a capital",
      "Local areas (i.e. The 44 areas) must apply. Then wait.",
      ["Local areas (i.e. The 44 areas) must apply.", "Then wait."],
    ],
    [
      "e.g.",
      "Use tools, e.g. Logic models. They help.",
      ["Use tools, e.g. Logic models.", "They help."],
    ],
    [
      "a financial year",
      "Plans cover 2020/21. Next year differs.",
      ["Plans cover 2020/21.", "Next year differs."],
    ],
    [
      "Dr.",
      "The letter was from Dr. Smith. He signed it.",
      ["The letter was from Dr. Smith.", "He signed it."],
    ],
    [
      "initials such as U.K.",
      "The U.K. Government agreed. Trusts followed.",
      ["The U.K. Government agreed.", "Trusts followed."],
    ],
    [
      "a single initial",
      "Written by J. Smith in 2016. It was read.",
      ["Written by J. Smith in 2016.", "It was read."],
    ],
    [
      "a month abbreviation",
      "Due on 29 Feb. 2016 at noon. Late plans wait.",
      ["Due on 29 Feb. 2016 at noon.", "Late plans wait."],
    ],
    [
      "a closing curly quote",
      "He said “we will act.” Then he left.",
      ["He said “we will act.”", "Then he left."],
    ],
    [
      "an opening curly quote",
      "The letter confirms: “STPs will become the process.” It ends.",
      ["The letter confirms: “STPs will become the process.”", "It ends."],
    ],
    [
      "a sentence that starts with a quote",
      "Trusts agreed. “We will act,” they said.",
      ["Trusts agreed.", "“We will act,” they said."],
    ],
    [
      "a closing bracket",
      "(The smallest covers 300,000.) The largest 2.8 million.",
      ["(The smallest covers 300,000.)", "The largest 2.8 million."],
    ],
    [
      "question and exclamation marks",
      "Is it real? Yes! It is.",
      ["Is it real?", "Yes!", "It is."],
    ],
    ["an ellipsis", "Wait… What next? Nobody knows.", ["Wait…", "What next?", "Nobody knows."]],
    [
      "a sentence that starts with a digit",
      "STPs are plans. 44 areas exist.",
      ["STPs are plans.", "44 areas exist."],
    ],
    [
      "a sentence that starts with a pound sign",
      "A fund exists. £2.1 billion in total.",
      ["A fund exists.", "£2.1 billion in total."],
    ],
  ])("splits around %s", (_what, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it("does not split before a lower-case word, which continues the sentence", () => {
    expect(splitSentences("It is 3.5 per cent. of the total, roughly.")).toEqual([
      "It is 3.5 per cent. of the total, roughly.",
    ]);
  });

  it("does not split at a full stop with no space after it", () => {
    expect(splitSentences("Email STP@rcplondon.ac.uk today.")).toEqual([
      "Email STP@rcplondon.ac.uk today.",
    ]);
  });

  it("keeps a list intro ending in a colon whole", () => {
    expect(splitSentences("Covering three headline areas:")).toEqual([
      "Covering three headline areas:",
    ]);
  });

  it("keeps a bullet's text, dash and all, as one sentence", () => {
    expect(
      splitSentences(
        "Identify your STP footprint and lead - Use our guide at the bottom of this page.",
      ),
    ).toEqual(["Identify your STP footprint and lead - Use our guide at the bottom of this page."]);
  });

  it("splits a bullet item's own sentences, however the bullet was written", () => {
    expect(
      splitSentences(
        "Feedback to your STP lead - Details will be made available. You should consider it.",
      ),
    ).toEqual([
      "Feedback to your STP lead - Details will be made available.",
      "You should consider it.",
    ]);
  });

  it("returns the text as one sentence when it has no ending punctuation", () => {
    expect(splitSentences("include better integration with local authorities")).toEqual([
      "include better integration with local authorities",
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   ")).toEqual([]);
  });

  it("gives sentences that are each an exact substring of the input, in order", () => {
    const texts = [
      "It costs £1.8bn, i.e. a lot. Dr. Smith agreed. The U.K. plan covers 2020/21! Did it? “Yes.” (Mostly.)",
      "STPs five-year plan? Is the IOW within one of 44 areas identified as the geographical ‘footprints’? , No;",
      "The £1.8 billion is under a separate ring-fence from other NHS money, and provides confirmation that it is for sustainability ( i.e deficits) rather than transformation - at least for 2016/17. Agreement for applying this fund must be agreed in advance with HM Treasury and DH.",
      "  Leading and trailing space.   Two spaces between.  ",
      "Mr. A. B. Jones met Mrs. Smith etc. Then… nothing. 1. Numbered? 2. Yes.",
    ];
    for (const text of texts) {
      const sentences = splitSentences(text);
      expect(sentences.length).toBeGreaterThan(0);
      let from = 0;
      for (const sentence of sentences) {
        expect(sentence).toBe(sentence.trim());
        const at = text.indexOf(sentence, from);
        expect(at, sentence).toBeGreaterThanOrEqual(from);
        from = at + sentence.length;
      }
      // Nothing but white space is lost between sentences.
      expect(sentences.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    }
  });
});
