// terms.ts: people's wording and the documents' wording must turn into the same index terms.
import { describe, expect, it } from "vitest";
import {
  framingWords,
  isLongStopWordSlip,
  isNearStopWord,
  splitWords,
  stopWords,
  tokenize,
  toTerms,
} from "../../src/lexicon/terms.ts";

/** The terms of a text as a set: what a passage is indexed under, order and repeats aside. */
const termSet = (text: string) => new Set(toTerms(text));

describe("toTerms", () => {
  it("folds case and punctuation, so a shouted question meets the documents' wording", () => {
    expect(toTerms("NHS England's PLANS!")).toEqual(toTerms("nhs englands plans"));
    expect(toTerms("STPs?!")).toEqual(toTerms("stps"));
  });

  it("folds accents", () => {
    expect(toTerms("Café")).toEqual(toTerms("cafe"));
  });

  it("stems word forms, so plans, planning and planned meet plan", () => {
    const plan = toTerms("plan");
    for (const form of ["plans", "planning", "planned"]) expect(toTerms(form)).toEqual(plan);
    expect(toTerms("funding")).toEqual(toTerms("funds"));
  });

  it("keeps a word ending in -us whole, so focus meets focuses and surplus meets surpluses", () => {
    // The Porter stemmer reads "focus" as a plural ("focu") but "focuses" as "focus".
    for (const form of ["focuses", "focused", "focusing"])
      expect(toTerms(form)).toEqual(toTerms("focus"));
    expect(toTerms("surpluses")).toEqual(toTerms("surplus"));
    expect(toTerms("statuses")).toEqual(toTerms("status"));
    // Adjectives in "-ous" are stemmed as before.
    expect(toTerms("various")).toEqual(["variou"]);
  });

  it("joins British and American spellings", () => {
    expect(toTerms("organisation")).toEqual(toTerms("organization"));
    expect(toTerms("prioritise")).toEqual(toTerms("prioritize"));
    expect(toTerms("programme")).toEqual(toTerms("program"));
    expect(toTerms("centre")).toEqual(toTerms("center"));
  });

  it("joins irregular verb forms to their base, so spent finds spending", () => {
    expect(toTerms("spent")).toEqual(toTerms("spending"));
    expect(toTerms("led")).toEqual(toTerms("lead"));
    // "which clinics are being sold?" is answered by "…proposes selling three surplus sites".
    expect(toTerms("sold withdrew undertook learnt")).toEqual(
      toTerms("selling withdrawing undertaking learning"),
    );
  });

  it("joins a prefixed irregular verb to its base, so underspent finds underspend", () => {
    // "How much did CCGs underspend by?" is answered by "CCGs together underspent by £154 million".
    expect(toTerms("underspent overpaid misled rewritten")).toEqual(
      toTerms("underspend overpay mislead rewrite"),
    );
  });

  it("joins irregular plurals to their singular, so children finds child", () => {
    expect(toTerms("children women feet crises")).toEqual(toTerms("child woman foot crisis"));
  });

  it("reads number words as digits, so seven day services finds 7 day services", () => {
    expect(termSet("seven day services")).toEqual(termSet("7 day services"));
    expect(termSet("three gaps")).toEqual(termSet("3 gaps"));
  });

  it("gives the same term sequence for seven day as for 7 day", () => {
    expect(toTerms("7 day")).toEqual(toTerms("seven day"));
  });

  it("reads £1.8bn and £1.8 billion alike", () => {
    expect(toTerms("£1.8bn")).toEqual(toTerms("£1.8 billion"));
    expect(toTerms("£2.9bn")).toEqual(toTerms("£2.9 billion"));
    expect(termSet("1.8m")).toEqual(termSet("1.8 million"));
    expect(termSet("10k")).toEqual(termSet("10 thousand"));
  });

  it("reads a length of time joined to its number as the words: 4hr is 4 hours", () => {
    expect(toTerms("the 4hr target")).toEqual(toTerms("the 4 hour target"));
    expect(toTerms("within 4 hrs")).toEqual(toTerms("within 4 hours"));
    expect(toTerms("a 2yr plan")).toEqual(toTerms("a 2 year plan"));
    expect(toTerms("waits of 18wks")).toEqual(toTerms("waits of 18 weeks"));
    // On its own "min" may be a minimum; after a number it is minutes.
    expect(toTerms("10min")).toEqual(toTerms("10 minutes"));
    expect(toTerms("min wage")).not.toEqual(toTerms("minute wage"));
  });

  it("reads chat shorthand as the words it stands for: avg ppl is average people", () => {
    expect(toTerms("avg ppl per hosp")).toEqual(toTerms("average people per hospital"));
    expect(toTerms("what govt dept")).toEqual(toTerms("what government department"));
    // Words run together as they are said: "kinda" is "kind (of)", which asks nothing.
    expect(toTerms("what kinda questions")).toEqual(toTerms("what kind of questions"));
    expect(toTerms("sorta new tho")).toEqual(toTerms("sort of new though"));
    // Workplace shorthand for the words reports use.
    expect(toTerms("hw many recs did it make")).toEqual(
      toTerms("how many recommendations did it make"),
    );
    expect(toTerms("admin staff reqs")).toEqual(toTerms("administrative staff requirements"));
    // A trust's CEO is its chief executive; flogging land is selling it.
    expect(toTerms("trust CEOs")).toEqual(toTerms("trust executives"));
    expect(toTerms("flogging off surplus land")).toEqual(toTerms("selling off surplus land"));
    // Rebranded is renamed.
    expect(toTerms("rebranded as ICSs")).toEqual(toTerms("renamed as ICSs"));
  });

  it("reads a month shortened as the month: from Apr 2017 is from April 2017", () => {
    expect(toTerms("from Apr 2017 to 21st Oct")).toEqual(
      toTerms("from April 2017 to 21st October"),
    );
    expect(toTerms("Sept, Nov and Dec")).toEqual(toTerms("September, November and December"));
    // "Jan" is a name and "mar" a verb too; they stay as written.
    expect(toTerms("Jan")).toEqual(["jan"]);
  });

  it("reads an initialism joined by & as one word: A&E is not the letters a and e", () => {
    expect(toTerms("A&E patients")).toEqual(["a&e", "patient"]);
    expect(toTerms("the A&E's four-hour target")).toEqual(toTerms("a&e four hour target"));
    expect(toTerms("Q&A on R&D")).toEqual(["q&a", "r&d"]);
    // A company's name spelt out with & stays two words.
    expect(toTerms("Marks & Spencer")).toEqual(toTerms("Marks Spencer"));
  });

  it("keeps 300,000 as one number rather than 300 and 000", () => {
    const terms = toTerms("300,000 people");
    expect(terms).toContain("300000");
    expect(terms).not.toContain("300");
    expect(terms).not.toContain("000");
    expect(toTerms("1,234,567")).toContain("1234567");
  });

  it("emits each number once: toTerms('300,000') is ['300000']", () => {
    expect(toTerms("300,000")).toEqual(["300000"]);
  });

  it("keeps a decimal point inside a number", () => {
    expect(toTerms("1.2 million")).toContain("1.2");
  });

  it("drops stop words and question words", () => {
    expect(toTerms("what is the")).toEqual([]);
    expect(toTerms("how many are there")).toEqual([]);
    expect(toTerms("pls tell me wat")).toEqual([]);
    expect(toTerms("what is the fund")).toEqual(toTerms("fund"));
  });

  it("joins a short prefix to its word, so co-ordinate finds coordinate", () => {
    expect(toTerms("co-ordinate")).toEqual(toTerms("coordinate"));
    expect(toTerms("re-submitted")).toEqual(toTerms("resubmitted"));
  });

  it("keeps a verb and its particle one word, singular or plural: shake-ups is no 'ups'", () => {
    expect(toTerms("sign-off")).toEqual(["signoff"]);
    expect(toTerms("shake-ups")).toEqual(toTerms("shake-up"));
  });

  it("splits other hyphenated words, so five-year is a number and a word", () => {
    expect(toTerms("five-year")).toEqual(toTerms("five year"));
  });

  it("reads -ship as its root, so leadership finds leader", () => {
    expect(toTerms("leadership")).toEqual(toTerms("leader"));
  });
});

describe("splitWords", () => {
  it("lower-cases and splits on anything that is not part of a word", () => {
    expect(splitWords("Hello, World")).toEqual(["hello", "world"]);
  });

  it("turns curly apostrophes into straight ones and drops possessive 's", () => {
    expect(splitWords("England’s")).toEqual(splitWords("England's"));
    expect(splitWords("England's")).toEqual(["england"]);
  });

  it("marks an email address and a web address by what they are", () => {
    expect(splitWords("STP@rcplondon.ac.uk")).toContain("email");
    expect(splitWords("see http://example.org")).toContain("website");
    expect(splitWords("see www.example.org")).toContain("website");
    expect(splitWords("no address here")).not.toContain("email");
  });

  it("splits a number from its unit but keeps an ordinal a number", () => {
    expect(splitWords("1.8bn")).toContain("bn");
    expect(splitWords("21st")).not.toContain("21st");
    expect(splitWords("21st")).toContain("21");
  });

  it("keeps a word that starts with a digit, such as 5yfv, whole", () => {
    expect(splitWords("5YFV")).toContain("5yfv");
  });
});

describe("tokenize", () => {
  it("turns a unit after a number into its word", () => {
    const tokens = tokenize("How big is the £1.8bn fund?");
    expect(tokens.map((t) => t.term)).toEqual(
      expect.arrayContaining(["big", "1.8", "billion", "fund"]),
    );
    expect(tokens.map((t) => t.term)).not.toContain("bn");
  });

  it("reads an area as square metres, not 'm' for million", () => {
    for (const text of ["a 4,000 m2 hub", "a 4,000 m² hub", "a 4,000 sq m hub"])
      expect(toTerms(text)).toEqual(["4000", "squar", "metr", "hub"]);
    expect(toTerms("a £4m hub")).toEqual(["4", "million", "hub"]);
  });

  it("reads a financial year shortened to '16/17' as 2016/17, and nothing else so", () => {
    expect(toTerms("spending in 16/17")).toEqual(toTerms("spending in 2016/17"));
    expect(toTerms("99/00")).toEqual(toTerms("1999/00"));
    // Not years one apart, a date, or ages with a hyphen.
    for (const text of ["16/18", "1/2", "12/05/2017", "16-17 year olds", "£16/17", "13/14 June"])
      expect(toTerms(text)).not.toContain("2016");
  });

  it("marks digits and number words as numeric and other words not", () => {
    const tokens = tokenize("seven areas");
    expect(tokens.find((t) => t.word === "7")?.numeric).toBe(true);
    expect(tokens.find((t) => t.word === "areas")?.numeric).toBe(false);
  });

  it("keeps the word as written beside the term it is indexed under", () => {
    const [token] = tokenize("organisations");
    expect(token?.word).toBe("organisations");
    expect(token?.term).toBe(toTerms("organizations")[0]);
  });

  it("returns nothing for text with no words", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("?!… —")).toEqual([]);
    expect(tokenize("😀🎉")).toEqual([]);
  });

  it("does not treat a letter after a non-number as a unit", () => {
    expect(toTerms("plan b")).not.toContain("billion");
  });
});

describe("stopWords and framingWords", () => {
  it("holds each stop word with and without its apostrophe", () => {
    expect(stopWords.has("don't")).toBe(true);
    expect(stopWords.has("dont")).toBe(true);
  });

  it("reads contractions as the function words they are, not topics", () => {
    // "whose job is it to consult people if an STP can't" had "cant" as its rarest topic.
    expect(toTerms("can't mustn't who's they'd")).toEqual([]);
    // Not where the word without its apostrophe is another word: "we'll" is not "well".
    expect(stopWords.has("well")).toBe(false);
    expect(stopWords.has("ill")).toBe(false);
  });

  it('reads every modal verb as a function word, not only "could" and "must"', () => {
    // "what might some community provider vanguards turn into" had "might" as its rarest topic.
    expect(toTerms("what might they turn into")).toEqual(toTerms("turn into"));
    expect(toTerms("who shall decide")).toEqual(toTerms("decide"));
  });

  it("holds framing words as stems, the way questions are read", () => {
    expect(framingWords.has(toTerms("biggest")[0] ?? "")).toBe(true);
    expect(framingWords.has(toTerms("roughly")[0] ?? "")).toBe(true);
    expect(framingWords.has(toTerms("paracetamol")[0] ?? "")).toBe(false);
  });
});

describe("isNearStopWord", () => {
  it.each(["meny", "waht", "teh", "whta", "thier", "bewteen", "shouuld", "betwween"])(
    "is true for %j, a misspelt function word",
    (word) => {
      expect(isNearStopWord(word)).toBe(true);
    },
  );

  // "weather" is one letter from "whether", but a word of its own.
  it.each(["fund", "plans", "footprint", "ccg", "stp", "xq", "weather", "wherever"])(
    "is false for %j",
    (word) => {
      expect(isNearStopWord(word)).toBe(false);
    },
  );
});

describe("isLongStopWordSlip", () => {
  it.each(["accrding", "withouth", "becuase"])("is true for %j", (word) => {
    expect(isLongStopWordSlip(word)).toBe(true);
  });

  // "weather" is one too, so the engine asks the dictionary before leaving a word out.
  it.each(["shold", "funding", "footprint"])("is false for %j", (word) => {
    expect(isLongStopWordSlip(word)).toBe(false);
  });
});
