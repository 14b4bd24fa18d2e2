// Passages → MiniSearch index over normalised terms, plus the term statistics answer selection needs.
import MiniSearch, { type AsPlainObject } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { aliasTerms, type GlossaryMatcher } from "./glossary.ts";
import { tokenize } from "./terms.ts";
import type { Passage } from "./types.ts";

/** The searchable form of a corpus. */
export interface SearchIndex {
  miniSearch: MiniSearch<IndexedFields>;
  /** How many passages each term occurs in (text, aliases, section or title). */
  documentFrequency: Map<string, number>;
  /** Every word as written → its term, for typo-tolerant lookup of words the index lacks. */
  vocabulary: SearchableMap<string>;
  passageCount: number;
}

/** A term to search for, with how much it should count. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The plain-data form of an index, for snapshots. */
export interface SearchIndexSnapshot {
  miniSearch: AsPlainObject;
  documentFrequency: [string, number][];
  vocabulary: [string, string][];
  passageCount: number;
}

interface IndexedFields {
  id: number;
  text: string;
  section: string;
  title: string;
}

// Fields hold terms already normalised by terms.ts, so MiniSearch only splits on spaces.
const miniSearchOptions = {
  fields: ["text", "section", "title"],
  storeFields: [],
  tokenize: (text: string) => (text ? text.split(" ") : []),
  processTerm: (term: string) => term || null,
  searchOptions: {
    tokenize: (text: string) => (text ? text.split(" ") : []),
    processTerm: (term: string) => term || null,
    // A section heading or title describes every passage under it: it helps, but less than the text.
    boost: { text: 1, section: 0.5, title: 0.3 },
  },
};

/** Indexes passages; alias terms from the glossary let acronyms and their expansions meet. */
export function buildSearchIndex(passages: Passage[], matchers: GlossaryMatcher[]): SearchIndex {
  const miniSearch = new MiniSearch<IndexedFields>(miniSearchOptions);
  const documentFrequency = new Map<string, number>();
  // A plain Map while building: most words recur, and the radix tree is built once at the end.
  const words = new Map<string, string>();
  const headings = new Map<string, { joined: string; terms: string[] }>();
  const seen = new Set<string>();
  const documents = passages.map((passage) => {
    const tokens = tokenize(passage.text);
    const terms: string[] = [];
    for (const token of tokens) {
      terms.push(token.term);
      if (!token.numeric && !words.has(token.word)) words.set(token.word, token.term);
    }
    terms.push(...aliasTerms(passage.text, terms, matchers, { caseSensitive: true }));
    const section = cachedHeading(headings, passage.section ?? "", matchers);
    // The publisher sits with the title, so "what does the King's Fund say" finds its document.
    const title = cachedHeading(
      headings,
      `${passage.doc.title} ${passage.doc.publisher ?? ""}`,
      matchers,
    );
    seen.clear();
    for (const list of [terms, section.terms, title.terms]) {
      for (const term of list) {
        if (seen.has(term)) continue;
        seen.add(term);
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    return { id: passage.id, text: terms.join(" "), section: section.joined, title: title.joined };
  });
  miniSearch.addAll(documents);
  return {
    miniSearch,
    documentFrequency,
    vocabulary: SearchableMap.from(words),
    passageCount: passages.length,
  };
}

/** Ranks passages for the given terms, best first. */
export function searchPassages(
  index: SearchIndex,
  terms: WeightedTerm[],
  limit: number,
): { id: number; score: number }[] {
  if (terms.length === 0) return [];
  const weights = new Map(terms.map(({ term, weight }) => [term, weight]));
  const results = index.miniSearch.search(terms.map(({ term }) => term).join(" "), {
    boostTerm: (term) => weights.get(term) ?? 1,
  });
  return results
    .slice(0, limit)
    .map((result) => ({ id: result.id as number, score: result.score }));
}

/** The terms of a heading or title, with their aliases, as one space-separated string. */
export function headingTerms(text: string, matchers: GlossaryMatcher[]): string[] {
  const terms = tokenize(text).map((token) => token.term);
  return [...terms, ...aliasTerms(text, terms, matchers, { caseSensitive: true })];
}

/** Turns an index into plain data for a snapshot. */
export function snapshotSearchIndex(index: SearchIndex): SearchIndexSnapshot {
  return {
    miniSearch: index.miniSearch.toJSON(),
    documentFrequency: [...index.documentFrequency],
    vocabulary: [...index.vocabulary],
    passageCount: index.passageCount,
  };
}

/** Rebuilds an index from a snapshot without re-tokenising any passage. */
export function restoreSearchIndex(snapshot: SearchIndexSnapshot): SearchIndex {
  return {
    miniSearch: MiniSearch.loadJS<IndexedFields>(snapshot.miniSearch, miniSearchOptions),
    documentFrequency: new Map(snapshot.documentFrequency),
    vocabulary: SearchableMap.from<string>(snapshot.vocabulary),
    passageCount: snapshot.passageCount,
  };
}

function cachedHeading(
  cache: Map<string, { joined: string; terms: string[] }>,
  text: string,
  matchers: GlossaryMatcher[],
): { joined: string; terms: string[] } {
  let entry = cache.get(text);
  if (!entry) {
    const terms = headingTerms(text, matchers);
    entry = { joined: terms.join(" "), terms };
    cache.set(text, entry);
  }
  return entry;
}
