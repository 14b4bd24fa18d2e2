// glossary.ts: "ccg" finds "clinical commissioning groups" and back, and `define` answers from the glossary.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledContentDir } from "../../src/config.ts";
import {
  aliasTerms,
  buildMatchers,
  findEntry,
  parseGlossary,
} from "../../src/documents/glossary.ts";
import { toTerms } from "../../src/lexicon/terms.ts";
import type { GlossaryEntry } from "../../src/types.ts";

const sample = `
- term: CCG
  expansion: clinical commissioning group
  aliases: [CCGs]
  description: "A clinically led NHS body."
- term: FYFV
  expansion: Five Year Forward View
  aliases: [5YFV]
- term: NICE
  expansion: National Institute for Health and Care Excellence
  aliases: []
- term: A&E
  expansion: accident and emergency
  aliases: [A and E]
`;

describe("the bundled glossary", () => {
  let entries: GlossaryEntry[];
  beforeAll(async () => {
    const file = path.join(bundledContentDir, "glossary.yml");
    const result = parseGlossary(file, await readFile(file, "utf8"));
    expect(result.warnings).toEqual([]);
    entries = result.entries;
  });

  it.each([
    ["STP", "sustainability and transformation plan"],
    ["CCG", "clinical commissioning group"],
    ["FYFV", "Five Year Forward View"],
    ["IOW", "Isle of Wight"],
    ["DH", "Department of Health"],
    ["HMT", "HM Treasury"],
    ["NHSE", "NHS England"],
    ["NHSI", "NHS Improvement"],
    ["CQC", "Care Quality Commission"],
    ["HEE", "Health Education England"],
    ["NICE", "National Institute for Health and Care Excellence"],
    ["PHE", "Public Health England"],
    ["RCP", "Royal College of Physicians"],
    ["MCP", "multispecialty community provider"],
    ["PACS", "primary and acute care system"],
    ["ACO", "accountable care organisation"],
    ["GP", "general practitioner"],
  ])("explains %s as %s", (term, expansion) => {
    expect(findEntry(entries, term)).toMatchObject({ term, expansion });
  });

  it("knows 5YFV as another way of writing FYFV", () => {
    expect(findEntry(entries, "5YFV")?.term).toBe("FYFV");
  });

  it("gives every entry a term, an expansion and a list of aliases", () => {
    for (const entry of entries) {
      expect(entry.term).not.toBe("");
      expect(entry.expansion).not.toBe("");
      expect(Array.isArray(entry.aliases)).toBe(true);
    }
  });

  it("has one entry per term", () => {
    const terms = entries.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe("parseGlossary", () => {
  it("reads each entry's term, expansion, aliases and description", () => {
    const { entries, warnings } = parseGlossary("glossary.yml", sample);
    expect(warnings).toEqual([]);
    expect(entries[0]).toEqual({
      term: "CCG",
      expansion: "clinical commissioning group",
      aliases: ["CCGs"],
      description: "A clinically led NHS body.",
    });
    expect(entries[1]).toEqual({
      term: "FYFV",
      expansion: "Five Year Forward View",
      aliases: ["5YFV"],
      description: null,
    });
  });

  it("warns about a second entry for a term, which would be ignored, and keeps the first", () => {
    const { entries, warnings } = parseGlossary(
      "/c/glossary.yml",
      "- term: CCG\n  expansion: clinical commissioning group\n- term: ccg\n  expansion: a corrected expansion\n",
    );
    expect(entries.map((e) => e.expansion)).toEqual(["clinical commissioning group"]);
    expect(warnings).toEqual([
      {
        file: "/c/glossary.yml",
        line: null,
        reason:
          "entry 2 defines ccg again (entry 1 already does): only the first is used, so merge them into one",
      },
    ]);
  });

  it("reads a single alias written without brackets as that alias", () => {
    const { entries } = parseGlossary(
      "/c/glossary.yml",
      "- term: CCG\n  expansion: clinical commissioning group\n  aliases: CCGs\n",
    );
    expect(entries[0]?.aliases).toEqual(["CCGs"]);
  });

  it("warns about an entry without an expansion, naming its number, and keeps the others", () => {
    const { entries, warnings } = parseGlossary(
      "/c/glossary.yml",
      "- term: A\n  expansion: a thing\n- term: B\n",
    );
    expect(entries.map((e) => e.term)).toEqual(["A"]);
    expect(warnings).toEqual([
      { file: "/c/glossary.yml", line: null, reason: "entry 2 needs a term and an expansion" },
    ]);
  });

  it("warns about a glossary that is not a list", () => {
    expect(parseGlossary("/c/glossary.yml", "term: CCG\n")).toEqual({
      entries: [],
      warnings: [
        { file: "/c/glossary.yml", line: null, reason: "must be a list of entries (- term: …)" },
      ],
    });
  });

  it("warns about a glossary that is not valid YAML", () => {
    const { entries, warnings } = parseGlossary(
      "/c/glossary.yml",
      '- term: "CCG\n  expansion: x\n',
    );
    expect(entries).toEqual([]);
    expect(warnings[0]?.reason).toMatch(/^is not valid YAML: /);
  });

  it("keeps only the aliases that are words", () => {
    const { entries } = parseGlossary(
      "g.yml",
      "- term: X\n  expansion: ex\n  aliases: [Y, 3, {a: b}]\n",
    );
    expect(entries[0]?.aliases).toEqual(["Y"]);
  });
});

describe("findEntry", () => {
  const { entries } = parseGlossary("glossary.yml", sample);

  it.each(["CCG", "ccg", "Ccg", "CCGs", "ccgs", " ccg ", "c.c.g."])(
    "finds CCG from %j",
    (typed) => {
      expect(findEntry(entries, typed)?.term).toBe("CCG");
    },
  );

  it("finds an entry by an alias, ignoring case", () => {
    expect(findEntry(entries, "5yfv")?.term).toBe("FYFV");
  });

  it("finds an entry by its expansion", () => {
    expect(findEntry(entries, "Five Year Forward View")?.term).toBe("FYFV");
    expect(findEntry(entries, "clinical commissioning group")?.term).toBe("CCG");
  });

  it("keeps the & in A&E", () => {
    expect(findEntry(entries, "a&e")?.term).toBe("A&E");
    expect(findEntry(entries, "A and E")?.term).toBe("A&E");
  });

  it("returns null for a term it does not have, and for nothing at all", () => {
    expect(findEntry(entries, "XYZ")).toBeNull();
    expect(findEntry(entries, "")).toBeNull();
    expect(findEntry(entries, "...")).toBeNull();
  });
});

describe("aliasTerms", () => {
  const matchers = buildMatchers(parseGlossary("glossary.yml", sample).entries);

  it("adds the expansion's terms to a question that uses the acronym", () => {
    const text = "what do ccgs do";
    const extra = aliasTerms(text, toTerms(text), matchers, { caseSensitive: false });
    expect(extra).toEqual(expect.arrayContaining(toTerms("clinical commissioning group")));
  });

  it("adds the acronym's term to a text that spells the expansion out", () => {
    const text = "Most come from clinical commissioning groups and NHS trusts.";
    const extra = aliasTerms(text, toTerms(text), matchers, { caseSensitive: true });
    expect(extra).toEqual(expect.arrayContaining(toTerms("CCG")));
  });

  it("reads an acronym in a document only in capitals, so nice is not NICE", () => {
    const lower = "a nice idea";
    expect(aliasTerms(lower, toTerms(lower), matchers, { caseSensitive: true })).toEqual([]);
    const upper = "guidance from NICE";
    expect(aliasTerms(upper, toTerms(upper), matchers, { caseSensitive: true })).toEqual(
      expect.arrayContaining(toTerms("National Institute for Health and Care Excellence")),
    );
  });

  it("finds an acronym written inside a word's capitals only as a whole word", () => {
    const inside = "the xCCG and aCCGs";
    expect(aliasTerms(inside, toTerms(inside), matchers, { caseSensitive: true })).toEqual([]);
    const whole = "the CCG said";
    expect(aliasTerms(whole, toTerms(whole), matchers, { caseSensitive: true })).toEqual(
      toTerms("clinical commissioning group"),
    );
  });

  it("finds an acronym written starting in lower case, such as eRS", () => {
    const ers = buildMatchers([
      { term: "eRS", expansion: "e-Referral Service", aliases: [], description: null },
    ]);
    const text = "Referrals go through eRS now.";
    expect(aliasTerms(text, toTerms(text), ers, { caseSensitive: true })).toEqual(
      toTerms("e-Referral Service"),
    );
  });

  it("adds nothing to a text with no acronym or expansion", () => {
    const text = "the weather is fine";
    expect(aliasTerms(text, toTerms(text), matchers, { caseSensitive: false })).toEqual([]);
  });
});

describe("buildMatchers", () => {
  it("prepares lower-case forms for questions and written forms for documents, singular and plural", () => {
    const [ccg] = buildMatchers(parseGlossary("glossary.yml", sample).entries);
    expect([...(ccg?.acronyms ?? [])]).toEqual(expect.arrayContaining(["ccg", "ccgs"]));
    expect([...(ccg?.writtenAcronyms ?? [])]).toEqual(expect.arrayContaining(["CCG", "CCGs"]));
    expect(ccg?.expansion).toEqual(toTerms("clinical commissioning group"));
  });
});
