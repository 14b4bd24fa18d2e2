// synonyms.ts: a question's word also finds the documents' word for it ("doctors" → "physicians").
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledContentDir } from "../../src/config.ts";
import { parseSynonyms } from "../../src/documents/synonyms.ts";
import { toTerms } from "../../src/lexicon/terms.ts";

/** The single term a word is indexed under. */
const term = (word: string) => toTerms(word)[0] ?? "";

describe("parseSynonyms", () => {
  it("lets every word of a group find the others", () => {
    const { synonyms, warnings } = parseSynonyms(
      "synonyms.yml",
      "- [doctor, physician, clinician]\n",
    );
    expect(warnings).toEqual([]);
    expect(synonyms.get(term("doctor"))).toEqual([[term("physician")], [term("clinician")]]);
    expect(synonyms.get(term("physicians"))).toEqual([[term("doctor")], [term("clinician")]]);
  });

  it("keeps a phrase as a list of terms that must all be present", () => {
    const { synonyms } = parseSynonyms("synonyms.yml", "- [council, local authority]\n");
    expect(synonyms.get(term("council"))).toEqual([toTerms("local authority")]);
  });

  it("does not make a phrase a key of its own", () => {
    const { synonyms } = parseSynonyms("synonyms.yml", "- [council, local authority]\n");
    expect([...synonyms.keys()]).toEqual([term("council")]);
  });

  it("joins forms that stem alike, so plurals add nothing twice", () => {
    const { synonyms } = parseSynonyms("synonyms.yml", "- [plan, plans, strategy]\n");
    expect(synonyms.get(term("plan"))).toEqual([[term("strategy")]]);
  });

  it("merges a word's groups when it appears in more than one", () => {
    const { synonyms } = parseSynonyms("synonyms.yml", "- [fund, money]\n- [fund, cash]\n");
    expect(synonyms.get(term("fund"))).toEqual([[term("money")], [term("cash")]]);
  });

  it("warns about a group that is not a list of words, naming its number, and keeps the others", () => {
    const { synonyms, warnings } = parseSynonyms(
      "/c/synonyms.yml",
      "- [doctor, physician]\n- word\n- [cash, 3]\n",
    );
    expect(synonyms.has(term("doctor"))).toBe(true);
    expect(warnings).toEqual([
      {
        file: "/c/synonyms.yml",
        line: null,
        reason: "group 2 must be a list of words: - [word, word]",
      },
      {
        file: "/c/synonyms.yml",
        line: null,
        reason: "group 3 must be a list of words: - [word, word]",
      },
    ]);
  });

  it("warns about a file that is not a list", () => {
    expect(parseSynonyms("/c/synonyms.yml", "doctor: physician\n").warnings).toEqual([
      {
        file: "/c/synonyms.yml",
        line: null,
        reason: "must be a list of groups, one per line: - [word, word]",
      },
    ]);
  });

  it("warns about a file that is not valid YAML", () => {
    const { synonyms, warnings } = parseSynonyms("/c/synonyms.yml", "- [doctor, physician\n");
    expect(synonyms.size).toBe(0);
    expect(warnings[0]?.reason).toMatch(/^is not valid YAML: /);
  });
});

describe("the bundled synonyms", () => {
  it("parse without a warning and join doctors with physicians", async () => {
    const file = path.join(bundledContentDir, "synonyms.yml");
    const { synonyms, warnings } = parseSynonyms(file, await readFile(file, "utf8"));
    expect(warnings).toEqual([]);
    expect(synonyms.get(term("doctors"))).toContainEqual([term("physicians")]);
    expect(synonyms.get(term("timetable"))).toContainEqual([term("timeline")]);
  });
});
