// lexicon/acronyms.ts and initials.ts: acronyms the documents define or keep spelling out need no glossary entry.
import { describe, expect, it } from "vitest";
import { definitionText } from "../../src/answer/render.ts";
import { findDefinedAcronyms, withDefinedAcronyms } from "../../src/lexicon/acronyms.ts";
import { guessExpansion } from "../../src/lexicon/initials.ts";

const doc = { title: "Staffing: the hidden fault line" };
const defined = (...sentences: string[]) =>
  findDefinedAcronyms([{ sentences, doc }]).map((e) => [e.term, e.expansion]);

describe("findDefinedAcronyms", () => {
  it("reads an acronym in brackets after the words that spell it out", () => {
    expect(defined("HEE created local workforce action boards (LWABs) in 2016.")).toEqual([
      ["LWAB", "local workforce action boards"],
    ]);
  });

  it("reads the words in brackets after an acronym", () => {
    expect(defined("HEE (Health Education England) funds training.")).toEqual([
      ["HEE", "Health Education England"],
    ]);
  });

  it("reads a glossary line: the acronym, a dash, then its words", () => {
    expect(
      defined("MCP – multispecialty community provider. A model in which GPs join up."),
    ).toEqual([["MCP", "multispecialty community provider"]]);
  });

  it("finds nothing in brackets that do not spell the acronym out", () => {
    expect(
      defined("The plan (see above) was due in June (2016).", "Money for GPs (not CCGs)."),
    ).toEqual([]);
  });

  it("names the document that defines it, and leaves the editors' own entry in charge", () => {
    const entries = findDefinedAcronyms([
      { sentences: ["Footprints became integrated care systems (ICSs) in 2018."], doc },
    ]);
    expect(entries[0]).toMatchObject({ term: "ICS", definedIn: doc.title, aliases: ["ICSs"] });
    expect(definitionText("ICS", entries[0] ?? null)).toBe(
      "ICS: integrated care systems (as “Staffing: the hidden fault line” defines it).",
    );
    const editors = [
      { term: "ICS", expansion: "integrated care system", aliases: [], description: null },
    ];
    expect(withDefinedAcronyms(editors, entries)).toEqual(editors);
  });
});

describe("guessExpansion", () => {
  const texts = [
    "Integrated care boards took over on 1 July.",
    "Each integrated care board has a chair.",
    "The integrated care boards direct £100 billion.",
    "Mental health spending rose.",
    "Mental health trusts grew.",
    "Community mental health teams grew.",
    "In care by law.",
  ];

  it("reads an acronym nobody defined as the phrase the documents keep using", () => {
    expect(guessExpansion("icbs", texts)?.terms).toEqual(["integr", "care", "board"]);
  });

  it("wants a two-letter acronym's phrase three times over", () => {
    expect(guessExpansion("mh", texts)?.phrase).toMatch(/mental health/i);
    expect(guessExpansion("mh", texts.slice(0, 5))).toBeNull();
  });

  it("never builds a phrase from small words", () => {
    expect(guessExpansion("icb", ["In care by law.", "In care by law."])).toBeNull();
  });

  it("takes a phrase met only once when it is a name in capitals, not a run of ordinary words", () => {
    expect(guessExpansion("lga", ["The Local Government Association said so."])?.phrase).toBe(
      "Local Government Association",
    );
    const once = ["…how long it takes for innovations in care to become established."];
    expect(guessExpansion("icb", once)).toBeNull();
  });

  it("takes a phrase met once in lower case when a defined acronym's expansion is its family", () => {
    const texts = [
      "Beside it sits the integrated care partnership, which writes the strategy.",
      "Councils want to improve care for people at home.",
    ];
    const defined = [["integr", "care", "system"]];
    // "ICS" is "integrated care system": "ICP" is the integrated care partnership, not "improve
    // care for people".
    expect(guessExpansion("icp", texts, defined)?.phrase).toBe("integrated care partnership");
    expect(guessExpansion("icp", texts)).toBeNull();
  });

  it("reads initials spelling a name with an acronym inside it, whole names only", () => {
    const texts = ["In a Royal College of GPs survey, 39% of members said so."];
    expect(guessExpansion("rcgp", texts)?.phrase).toBe("Royal College of GPs");
    expect(guessExpansion("nhsi", ["NHS England and NHS Improvement wrote."])?.phrase).toBe(
      "NHS Improvement",
    );
    // "College of GPs" is the tail of a longer name, not a name of its own.
    expect(guessExpansion("cgp", texts)).toBeNull();
  });
});
