// search-index.ts: passages → MiniSearch for rare terms, flat postings for common ones, ranked as one index.
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { headingTerms } from "../../src/indexing/passage-terms.ts";
import {
  buildSearchIndex,
  commonTermThreshold,
  indexFromPostings,
  nearWords,
  searchPassages,
} from "../../src/indexing/search-index.ts";
import type { DocumentMeta, Passage } from "../../src/types.ts";

const doc: DocumentMeta = {
  id: "plan",
  title: "Synthetic plan",
  publisher: "Area 1 partnership",
  date: null,
  source: "plan.txt",
  url: null,
  file: "/docs/plan.md",
};

/** Passages where "plan" and "care" are in every one (common) and the rest are rare. */
function largeCorpus(count: number): Passage[] {
  const rare = ["fund", "deficit", "footprint", "leader", "deadline", "integration", "vanguard"];
  return Array.from({ length: count }, (_, id) => {
    const text = `The plan for care ${rare[id % rare.length]} ${id % 3 === 0 ? "care care" : ""} number ${id % 11}.`;
    return {
      id,
      doc,
      section: id % 2 ? "Funding plans" : null,
      line: id + 1,
      text,
      sentences: [text],
      table: false,
      itemStarts: [0],
      list: false,
    };
  });
}

/** MiniSearch over every term, the way the index worked before common terms were split off. */
function referenceSearch(passages: Passage[]) {
  const split = (text: string) => (text ? text.split(" ") : []);
  const reference = new MiniSearch<{ id: number; text: string; section: string; title: string }>({
    fields: ["text", "section", "title"],
    tokenize: split,
    processTerm: (term) => term || null,
    searchOptions: {
      tokenize: split,
      processTerm: (term) => term || null,
      boost: { text: 1, section: 0.5, title: 0.3 },
    },
  });
  reference.addAll(
    passages.map((p) => ({
      id: p.id,
      text: headingTerms(p.text, []).join(" "),
      section: headingTerms(p.section ?? "", []).join(" "),
      title: headingTerms(`${p.doc.title} ${p.doc.publisher ?? ""}`, []).join(" "),
    })),
  );
  return reference;
}

describe("the index's MiniSearch", () => {
  it("is filled from counted postings exactly as addAll would fill it", () => {
    // 200 passages: no term is common, so every search goes through MiniSearch alone.
    const passages = largeCorpus(200);
    const index = buildSearchIndex(passages, []);
    const reference = referenceSearch(passages);
    for (const query of ["deficit", "plan care", "fund leader number", "funding plans vanguard"]) {
      expect(index.miniSearch.search(query)).toEqual(reference.search(query));
    }
    expect(index.miniSearch.documentCount).toBe(reference.documentCount);
    expect(index.miniSearch.termCount).toBe(reference.termCount);
  });
});

describe("common terms", () => {
  it("are the terms in more than 1,000 passages, or 1% of a larger corpus", () => {
    expect(commonTermThreshold(300)).toBe(1000);
    expect(commonTermThreshold(100_000)).toBe(1000);
    expect(commonTermThreshold(300_000)).toBe(3000);
  });

  it("leave a small corpus entirely to MiniSearch", () => {
    const index = buildSearchIndex(largeCorpus(200), []);
    expect(index.common.terms.size).toBe(0);
  });

  it("are kept out of MiniSearch in a large corpus, and still counted as document frequencies", () => {
    const index = buildSearchIndex(largeCorpus(3000), []);
    expect(index.common.terms.has("plan")).toBe(true);
    expect(index.common.terms.has("deficit")).toBe(false);
    expect(index.miniSearch.search("plan")).toHaveLength(0);
    expect(index.documentFrequency.get("plan")).toBe(3000);
    expect(index.miniSearch.search("deficit").length).toBeGreaterThan(0);
  });

  it("rank passages exactly as MiniSearch over every term would, rare and common terms mixed", () => {
    const passages = largeCorpus(3000);
    const index = buildSearchIndex(passages, []);
    const reference = referenceSearch(passages);
    for (const terms of [
      [
        { term: "care", weight: 1 },
        { term: "fund", weight: 0.6 },
      ],
      [
        { term: "plan", weight: 1 },
        { term: "care", weight: 0.5 },
      ],
      [{ term: "deficit", weight: 1 }],
    ]) {
      const weights = new Map(terms.map(({ term, weight }) => [term, weight]));
      const expected = reference
        .search(terms.map(({ term }) => term).join(" "), {
          boostTerm: (term) => weights.get(term) ?? 1,
        })
        .slice(0, 10);
      const found = searchPassages(index, terms, 10);
      expect(found.map((r) => r.score)).toEqual(expected.map((r) => expect.closeTo(r.score, 9)));
    }
  });
});

describe("snapshots of the index", () => {
  it("restore to an index that ranks the same", () => {
    const index = buildSearchIndex(largeCorpus(3000), []);
    const restored = indexFromPostings(structuredClone(index.postings));
    const terms = [
      { term: "care", weight: 1 },
      { term: "vanguard", weight: 1 },
    ];
    expect(searchPassages(restored, terms, 10)).toEqual(searchPassages(index, terms, 10));
    expect(restored.words).toEqual(index.words);
    expect(nearWords(restored, "partnershp", 1)).toEqual(nearWords(index, "partnershp", 1));
  });
});
